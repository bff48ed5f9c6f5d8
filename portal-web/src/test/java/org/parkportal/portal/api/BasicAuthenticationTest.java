package org.parkportal.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Basic credentials are checked for the API's resources, but not for the public OpenAPI document. */
class BasicAuthenticationTest {

    private static final String WRONG = "Basic " + Base64.getEncoder().encodeToString("bob:wrong".getBytes(StandardCharsets.UTF_8));

    @Test
    void doesNotCheckCredentialsSentWithTheOpenApiDocument() throws Exception {
        List<String> calls = filter("/portal/api/v1/openapi.json");

        assertEquals(List.of("chain"), calls, "no sign-in attempt, straight on to the document");
    }

    @Test
    void checksCredentialsSentWithAnyOtherApiAddress() throws Exception {
        List<String> calls = filter("/portal/api/v1/tasks");

        assertEquals(List.of("login bob wrong", "chain", "logout"), calls);
    }

    /** Runs the filter on a GET with Basic bob:wrong whose sign-in the server accepts; lists what it did. */
    private List<String> filter(String uri) throws Exception {
        List<String> calls = new ArrayList<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) a[0]) ? WRONG : null;
                    case "getContextPath" -> "/portal";
                    case "getRequestURI" -> uri;
                    case "getMethod" -> "GET";
                    case "login" -> {
                        calls.add("login " + a[0] + " " + a[1]);
                        yield null;
                    }
                    case "logout" -> {
                        calls.add("logout");
                        yield null;
                    }
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> null);
        FilterChain chain = (req, res) -> calls.add("chain");

        new BasicAuthentication().doFilter(request, response, chain);
        return calls;
    }
}
