package org.parkportal.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parkportal.billing.domain.InvoiceStatus;
import org.parkportal.billing.domain.Unit;
import org.parkportal.billing.domain.UsageType;
import org.parkportal.portal.catalog.PortletCatalogServlet;
import org.parkportal.portal.search.SuggestionServlet;
import org.parkportal.workflow.application.TaskDetails;
import org.parkportal.workflow.domain.FormField;
import org.parkportal.workflow.domain.FormFieldType;
import org.parkportal.workflow.domain.TaskComment;
import org.parkportal.workflow.domain.TaskForm;
import org.parkportal.workflow.domain.TaskSummary;

/**
 * Keeps openapi.json honest: its operations are exactly the JAX-RS resource methods of {@code org.parkportal.portal.api}
 * (found by reflection in the compiled classes) plus the servlets named here, with the parameters the code reads
 * and the sign-in the code demands; every $ref resolves; the schemas of records written by JSON-B name the records'
 * components, and enumerations list the Java enums' constants. A new resource cannot be added without documenting it.
 */
class OpenApiDocumentTest {

    private static final String PACKAGE = "org.parkportal.portal.api";
    private static final String PORTAL = "org.parkportal.portal";
    private static final String DOCUMENT_RESOURCE = "/org/parkportal/portal/api/openapi.json";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /**
     * The API operations that are servlets, not JAX-RS methods: search's suggestions for the theme's search box and
     * the portlet catalogue. Any other servlet under the API's path fails {@link #theApiServletsAreTheNamedOnes}.
     */
    private static final Map<String, Class<? extends HttpServlet>> SERVLETS = Map.of(
            "GET /search/suggestions", SuggestionServlet.class,
            "GET /portlets", PortletCatalogServlet.class);

    private static final JsonObject DOCUMENT = read();
    private static final Map<String, ResourceMethod> CODE = resourceMethods();

    @Test
    void isAnOpenApi303DocumentOfTheApiApplication() {
        assertEquals("3.0.3", DOCUMENT.getString("openapi"));
        assertEquals("Park Portal API", DOCUMENT.getJsonObject("info").getString("title"));
        assertEquals("1", DOCUMENT.getJsonObject("info").getString("version"));
        String applicationPath = ApiApplication.class.getAnnotation(ApplicationPath.class).value();
        assertEquals("/portal/" + applicationPath, DOCUMENT.getJsonArray("servers").getJsonObject(0).getString("url"));
        JsonObject schemes = DOCUMENT.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("basic", schemes.getJsonObject("basicAuth").getString("scheme"));
        assertEquals("cookie", schemes.getJsonObject("portalSession").getString("in"));
        assertEquals("JSESSIONID", schemes.getJsonObject("portalSession").getString("name"));
        assertTrue(schemes.getJsonObject("portalSession").getString("description").contains(SignedInFilter.TOKEN_HEADER));
    }

    @Test
    void documentsEveryResourceMethodAndTheApiServletsAndNothingElse() {
        assertTrue(CODE.containsKey("POST /tasks/{id}/complete"), "the scan found the task resource: " + CODE.keySet());
        assertTrue(CODE.containsKey("GET /billing/invoices/{id}/pdf"), "the scan found the billing resource: " + CODE.keySet());
        Set<String> inCode = new TreeSet<>(CODE.keySet());
        inCode.addAll(SERVLETS.keySet());
        Set<String> documented = documentedOperations().keySet();

        Set<String> undocumented = new TreeSet<>(inCode);
        undocumented.removeAll(documented);
        Set<String> gone = new TreeSet<>(documented);
        gone.removeAll(inCode);
        assertTrue(undocumented.isEmpty(), "operations missing from openapi.json: " + undocumented);
        assertTrue(gone.isEmpty(), "openapi.json documents operations the code does not have: " + gone);
    }

    @Test
    void theApiServletsAreTheNamedOnes() {
        String api = "/" + ApiApplication.class.getAnnotation(ApplicationPath.class).value();
        Map<String, Class<?>> found = new TreeMap<>();
        for (Class<?> type : classesOfPackage(PORTAL)) {
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet == null) {
                continue;
            }
            for (String pattern : Stream.concat(Arrays.stream(servlet.value()), Arrays.stream(servlet.urlPatterns())).toList()) {
                if (!pattern.startsWith(api + "/")) {
                    continue;
                }
                // Each doXxx the servlet declares is an operation at that address.
                for (Method m : type.getDeclaredMethods()) {
                    if (m.getName().startsWith("do") && Arrays.equals(m.getParameterTypes(),
                            new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class})) {
                        found.put(m.getName().substring(2).toUpperCase(java.util.Locale.ROOT) + " "
                                + pattern.substring(api.length()), type);
                    }
                }
            }
        }
        assertEquals(new TreeMap<>(SERVLETS), found, "servlets answering under " + api);
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(DOCUMENT, refs);
        assertTrue(refs.size() > 20, "the document uses components: " + refs.size());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), "only references into this document: " + ref);
            assertNotNull(pointer(ref), "$ref " + ref + " resolves");
        }
    }

    @Test
    void documentsTheQueryAndPathParametersTheCodeReads() {
        documentedOperations().forEach((operation, documented) -> {
            ResourceMethod code = CODE.get(operation);
            if (code == null) {
                return; // a servlet: it reads what it likes
            }
            Map<String, Set<String>> params = parameters(operation, documented);
            assertEquals(code.queryParams(), params.getOrDefault("query", Set.of()), operation + ": query parameters");
            assertEquals(code.pathParams(), params.getOrDefault("path", Set.of()), operation + ": path parameters");
            assertEquals(templateNames(operation), code.pathParams(), operation + ": the path's templates are read");
        });
    }

    @Test
    void signedInOperationsAskForCredentialsAndTheOthersDoNot() {
        JsonArray global = DOCUMENT.getJsonArray("security");
        documentedOperations().forEach((operation, documented) -> {
            ResourceMethod code = CODE.get(operation);
            boolean signedIn = code != null && code.signedIn();
            JsonArray security = documented.operation().containsKey("security")
                    ? documented.operation().getJsonArray("security") : global;
            boolean optional = security.isEmpty() || security.stream().anyMatch(r -> r.asJsonObject().isEmpty());
            JsonObject responses = documented.operation().getJsonObject("responses");
            if (signedIn) {
                assertFalse(optional, operation + " is @SignedIn: credentials are required");
                assertTrue(responses.containsKey("401"), operation + " documents 401");
                if (operation.startsWith("POST ")) {
                    assertTrue(responses.containsKey("403"), operation + " documents the CSRF / cross-site 403");
                    assertTrue(parameters(operation, documented).getOrDefault("header", Set.of())
                            .contains(SignedInFilter.TOKEN_HEADER), operation + " documents the X-CSRF-Token header");
                }
            } else {
                assertTrue(optional, operation + " needs no sign-in, so the document must not ask for it");
            }
        });
    }

    @Test
    void schemasOfRecordsWrittenByJsonbNameTheirComponents() {
        Map<String, Class<? extends Record>> written = Map.of("Task", TaskSummary.class, "TaskDetail", TaskDetails.class,
                "TaskForm", TaskForm.class, "FormField", FormField.class, "TaskComment", TaskComment.class);
        written.forEach((schema, record) -> assertEquals(
                Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet()),
                schema(schema).getJsonObject("properties").keySet(), schema + " is JSON-B of " + record.getSimpleName()));
    }

    @Test
    void enumerationsListTheJavaEnumsConstants() {
        assertEquals(names(FormFieldType.values()), strings(property("FormField", "type").getJsonArray("enum")));
        assertEquals(names(TaskDetails.TaskOperation.values()),
                strings(property("TaskDetail", "allowed").getJsonObject("items").getJsonArray("enum")));
        assertEquals(names(UsageType.values()), strings(schema("UsageType").getJsonArray("enum")));
        assertEquals(names(Unit.values()), strings(schema("Unit").getJsonArray("enum")));
        assertEquals(names(InvoiceStatus.values()), strings(property("Invoice", "status").getJsonArray("enum")));
    }

    // ---- the document

    /** An operation of the document with the parameters declared on its path item. */
    private record DocumentedOperation(JsonObject operation, JsonArray pathParameters) {
    }

    private static Map<String, DocumentedOperation> documentedOperations() {
        Map<String, DocumentedOperation> operations = new TreeMap<>();
        DOCUMENT.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method)) {
                JsonArray shared = item.asJsonObject().containsKey("parameters")
                        ? item.asJsonObject().getJsonArray("parameters") : JsonValue.EMPTY_JSON_ARRAY;
                operations.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path,
                        new DocumentedOperation(operation.asJsonObject(), shared));
            }
        }));
        return operations;
    }

    /** Parameter names by location ("query", "path", "header", ...), references resolved. */
    private static Map<String, Set<String>> parameters(String operation, DocumentedOperation documented) {
        Map<String, Set<String>> byLocation = new TreeMap<>();
        List<JsonValue> all = new ArrayList<>(documented.pathParameters());
        if (documented.operation().containsKey("parameters")) {
            all.addAll(documented.operation().getJsonArray("parameters"));
        }
        for (JsonValue value : all) {
            JsonObject parameter = value.asJsonObject();
            if (parameter.containsKey("$ref")) {
                parameter = pointer(parameter.getString("$ref")).asJsonObject();
            }
            boolean added = byLocation.computeIfAbsent(parameter.getString("in"), k -> new TreeSet<>())
                    .add(parameter.getString("name"));
            assertTrue(added, operation + " declares parameter " + parameter.getString("name") + " twice");
        }
        return byLocation;
    }

    private static JsonObject schema(String name) {
        JsonObject schema = DOCUMENT.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        assertNotNull(schema, "schema " + name);
        return schema;
    }

    private static JsonObject property(String schema, String property) {
        return schema(schema).getJsonObject("properties").getJsonObject(property);
    }

    private static void collectRefs(JsonValue value, List<String> refs) {
        if (value instanceof JsonObject object) {
            object.forEach((name, member) -> {
                if (name.equals("$ref")) {
                    refs.add(((JsonString) member).getString());
                } else {
                    collectRefs(member, refs);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(element -> collectRefs(element, refs));
        }
    }

    /** The value a local JSON pointer reference names, or null. */
    private static JsonValue pointer(String ref) {
        JsonValue at = DOCUMENT;
        for (String token : ref.substring(2).split("/")) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!(at instanceof JsonObject object) || !object.containsKey(name)) {
                return null;
            }
            at = object.get(name);
        }
        return at;
    }

    private static Set<String> templateNames(String operation) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(operation);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.toSet());
    }

    private static Set<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
    }

    private static JsonObject read() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(DOCUMENT_RESOURCE)) {
            assertNotNull(in, DOCUMENT_RESOURCE + " on the classpath");
            return Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---- the code

    /** A JAX-RS resource method: what it reads and whether it needs a signed-in caller. */
    private record ResourceMethod(String where, Set<String> queryParams, Set<String> pathParams, boolean signedIn) {
    }

    /** Every resource method of the package's root resource classes, by "METHOD /path" (relative to the application). */
    private static Map<String, ResourceMethod> resourceMethods() {
        Map<String, ResourceMethod> methods = new TreeMap<>();
        for (Class<?> type : classesOfPackage(PACKAGE)) {
            Path root = type.getAnnotation(Path.class);
            if (root == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Method annotated = jaxrsAnnotated(type, method);
                if (annotated == null) {
                    continue;
                }
                String httpMethod = httpMethod(annotated);
                Path path = annotated.getAnnotation(Path.class);
                if (httpMethod == null) {
                    fail(type.getName() + "." + method.getName() + " is a sub-resource locator, which this test does "
                            + "not follow: document and test its sub-resource here");
                }
                String where = type.getName() + "." + method.getName();
                String key = httpMethod + " " + join(root.value(), path == null ? "" : path.value());
                Set<String> query = new TreeSet<>();
                Set<String> pathParams = new TreeSet<>();
                for (Annotation[] annotations : annotated.getParameterAnnotations()) {
                    for (Annotation a : annotations) {
                        if (a instanceof QueryParam q) {
                            query.add(q.value());
                        } else if (a instanceof PathParam p) {
                            pathParams.add(p.value());
                        } else if (a instanceof BeanParam || a instanceof MatrixParam) {
                            fail(where + ": @BeanParam and @MatrixParam are not followed by this test");
                        }
                    }
                }
                boolean signedIn = type.isAnnotationPresent(SignedIn.class) || annotated.isAnnotationPresent(SignedIn.class);
                ResourceMethod previous = methods.put(key, new ResourceMethod(where, query, pathParams, signedIn));
                assertTrue(previous == null, key + " twice: " + where + " and " + (previous == null ? "" : previous.where()));
            }
        }
        return methods;
    }

    /** The method or the one it overrides that carries the JAX-RS annotations (they are inherited from supertypes). */
    private static Method jaxrsAnnotated(Class<?> type, Method method) {
        if (method.getDeclaringClass() == Object.class) {
            return null;
        }
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            types.add(t);
            Collections.addAll(types, t.getInterfaces());
        }
        for (Class<?> t : types) {
            try {
                Method candidate = t.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (httpMethod(candidate) != null || candidate.isAnnotationPresent(Path.class)) {
                    return candidate;
                }
            } catch (NoSuchMethodException e) {
                // not declared here
            }
        }
        return null;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Class and method paths as one, with template regular expressions dropped ({id: [0-9]+} is {id}). */
    private static String join(String classPath, String methodPath) {
        String path = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        path = path.replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The classes of the package and its sub-packages, from directories and jars of the test classpath. */
    private static List<Class<?>> classesOfPackage(String pkg) {
        String folder = pkg.replace('.', '/');
        Set<String> names = new TreeSet<>();
        try {
            for (URL root : Collections.list(OpenApiDocumentTest.class.getClassLoader().getResources(folder))) {
                if (root.getProtocol().equals("file")) {
                    java.nio.file.Path base = java.nio.file.Path.of(root.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(base)) {
                        files.map(f -> base.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                                .filter(f -> f.endsWith(".class"))
                                .forEach(f -> names.add(folder + "/" + f));
                    }
                } else if (root.getProtocol().equals("jar")) {
                    var jar = ((JarURLConnection) root.openConnection()).getJarFile();
                    jar.stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> n.startsWith(folder + "/") && n.endsWith(".class")).forEach(names::add);
                } else {
                    fail("cannot list classes under " + root);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new AssertionError(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            try {
                classes.add(Class.forName(className, false, OpenApiDocumentTest.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError("cannot load " + className, e);
            }
        }
        return classes;
    }
}
