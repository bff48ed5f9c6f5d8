package org.parkportal.portlets.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.servlet.jsp.jstl.fmt.LocalizationContext;

import javax.portlet.MimeResponse;
import javax.portlet.PortletRequest;
import javax.portlet.PortletRequestDispatcher;
import javax.portlet.PortletResponse;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceResponse;

import org.junit.jupiter.api.Test;

class PortletViewTest {

    private static final String JSTL_REQUEST_CONTEXT = "jakarta.servlet.jsp.jstl.fmt.localizationContext.request";

    /** The request and response state a view touches: attributes, locale, content type. */
    private final Map<String, Object> attributes = new HashMap<>();
    private final Map<String, String> contentType = new HashMap<>();
    /** Each include as "path" plus what JSTL would have found in the request at that moment. */
    private final List<String> includes = new ArrayList<>();
    private final List<Object> contextsAtInclude = new ArrayList<>();
    private final List<Locale> bundlesAskedFor = new ArrayList<>();

    private final PortletView view = new PortletView(this::bundle, this::dispatcher);

    private ResourceBundle bundle(Locale locale) {
        bundlesAskedFor.add(locale);
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"title", "title in " + locale}};
            }
        };
    }

    private PortletRequestDispatcher dispatcher(String path) {
        return new PortletRequestDispatcher() {
            @Override
            public void include(RenderRequest request, RenderResponse response) {
                include((PortletRequest) request, response);
            }

            @Override
            public void include(PortletRequest request, PortletResponse response) {
                includes.add(path);
                contextsAtInclude.add(request.getAttribute(JSTL_REQUEST_CONTEXT));
            }

            @Override
            public void forward(PortletRequest request, PortletResponse response) {
                throw new UnsupportedOperationException("views are included, never forwarded");
            }
        };
    }

    private RenderRequest request(Locale locale) {
        return fake(RenderRequest.class, (name, args) -> switch (name) {
            case "getLocale" -> locale;
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "getAttribute" -> attributes.get((String) args[0]);
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private <R extends MimeResponse> R response(Class<R> type) {
        return fake(type, (name, args) -> switch (name) {
            case "getContentType" -> contentType.get("type");
            case "setContentType" -> contentType.put("type", (String) args[0]);
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private interface Calls {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Calls calls) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> calls.answer(method.getName(), args)));
    }

    @Test
    void includesTheJspUnderWebInfWithTheBundleOfTheRequestsLocale() throws Exception {
        view.include("audit-log.jsp", request(Locale.JAPANESE), response(RenderResponse.class));

        assertEquals(List.of("/WEB-INF/jsp/audit-log.jsp"), includes);
        assertEquals(List.of(Locale.JAPANESE), bundlesAskedFor);
        LocalizationContext context = (LocalizationContext) contextsAtInclude.get(0);
        assertEquals(Locale.JAPANESE, context.getLocale());
        assertEquals("title in ja", context.getResourceBundle().getString("title"));
    }

    @Test
    void viewsInSubfoldersKeepTheirPath() throws Exception {
        view.include("jobs/view.jsp", request(Locale.GERMAN), response(RenderResponse.class));

        assertEquals(List.of("/WEB-INF/jsp/jobs/view.jsp"), includes);
    }

    @Test
    void aRenderResponseWithoutContentTypeBecomesHtml() throws Exception {
        view.include("view.jsp", request(Locale.ENGLISH), response(RenderResponse.class));

        assertEquals("text/html", contentType.get("type"));
    }

    @Test
    void aContentTypeThePortletSetIsKept() throws Exception {
        contentType.put("type", "application/xhtml+xml");

        view.include("view.jsp", request(Locale.ENGLISH), response(RenderResponse.class));

        assertEquals("application/xhtml+xml", contentType.get("type"));
    }

    @Test
    void aResourceResponseGetsNoContentTypeFromTheView() throws Exception {
        view.include("lobby/count.jsp", request(Locale.FRENCH), response(ResourceResponse.class));

        assertNull(contentType.get("type"));
        assertEquals(List.of("/WEB-INF/jsp/lobby/count.jsp"), includes);
    }

    @Test
    void theBundleIsTheOneTheViewWasMadeWith() {
        ResourceBundle bundle = view.bundle(Locale.TRADITIONAL_CHINESE);

        assertEquals("title in zh_TW", bundle.getString("title"));
        assertSame(Locale.TRADITIONAL_CHINESE, bundlesAskedFor.get(0));
    }
}
