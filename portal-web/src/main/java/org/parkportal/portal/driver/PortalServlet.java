package org.parkportal.portal.driver;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.parkportal.analytics.domain.UsageEvent;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.application.PersonalizationService;
import org.parkportal.layout.application.WindowDescriptor;
import org.parkportal.portal.access.PageAccess;
import org.parkportal.portal.aggregation.PageAggregator;
import org.parkportal.portal.container.PortalWindow;
import org.parkportal.portal.container.RequestState;
import org.parkportal.portal.csrf.CsrfToken;
import org.parkportal.portal.hub.HubActions;
import org.parkportal.portal.identity.SignInServlet;
import org.parkportal.portal.identity.Visitor;
import org.parkportal.portal.navigation.MalformedPortalUrl;
import org.parkportal.portal.navigation.PortalUrl;
import org.parkportal.portal.navigation.PortalUrlCodec;

/**
 * The portal driver: every page URL below /portal/ comes here. It decodes the navigational state, resolves the
 * page and its windows, then runs the lifecycle the URL asks for: an action (CSRF token checked first, then
 * redirect to the resulting render URL), a resource, or the render of the whole page.
 * Async-supported because a portlet may serve a resource asynchronously (startPortletAsync): every servlet and
 * filter the request passes must allow it. The response is then finished by the portlet's async context.
 */
@WebServlet(urlPatterns = "/", loadOnStartup = 1, asyncSupported = true)
public class PortalServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PortalServlet.class.getName());
    /** Marks an action sent by the Portlet Hub: answered with the new page state, not a redirect. */
    private static final String HUB_PARAMETER = "p_hub";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/themes/")) {
            serveThemeResource(path, response);
            return;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(405);
            return;
        }
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Pages hold action forms: no framing by other sites (clickjacking).
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        PortalRuntime runtime = PortalRuntime.of(getServletContext());
        Locale locale = Locales.resolve(request);
        request.setAttribute(Locale.class.getName(), locale);
        ErrorPages errors = new ErrorPages(request, response, locale);

        PortalUrl url;
        try {
            url = PortalUrlCodec.decode(path, request.getParameterMap());
        } catch (MalformedPortalUrl e) {
            LOG.fine(() -> e.getMessage());
            errors.send(400, "badRequest");
            return;
        }
        Visitor visitor = Visitor.of(request);
        PersonalizationService personal = runtime.personalization();
        PageAccess access = new PageAccess(runtime.access(), visitor,
                visitor.isGuest() ? 0 : personal.version(visitor.name()));
        PageDescriptor page;
        if (url.page() != null && url.page().startsWith(PageDescriptor.PRIVATE_ROOT + "/")) {
            if (visitor.isGuest()) {
                refuse(access, errors, request, response);
                return;
            }
            page = personal.privatePage(visitor.name(), url.page()).orElse(null);
        } else {
            page = url.page() == null
                    ? runtime.pages().pages().stream().filter(p -> !p.hidden() && access.canView(p)).findFirst().orElse(null)
                    : runtime.pages().page(url.page()).orElse(null);
        }
        if (page == null) {
            if (url.page() == null && visitor.isGuest()) {
                response.sendRedirect(SignInServlet.linkFrom(request.getContextPath(), request.getContextPath() + "/"));
            } else {
                errors.send(404, "notFound");
            }
            return;
        }
        if (!access.canView(page)) {
            refuse(access, errors, request, response);
            return;
        }
        // A signed-in user sees the shared page as they arranged it.
        if (!visitor.isGuest()) {
            page = personal.arrangedFor(visitor.name(), page);
        }
        if (url.page() == null) {
            url.page(page.path());
        }
        Map<String, PortalWindow> windows = windows(runtime, page, url, access);
        // The session is created here, in the portal's context: a session created later, while a portlet renders
        // inside its own WAR, would belong to that WAR, and the action token would not be found again.
        jakarta.servlet.http.HttpSession session = request.getSession(true);
        RequestState state = new RequestState(url, windows, request.getContextPath(), () -> CsrfToken.of(session));
        state.bind(request);

        try {
            switch (url.lifecycle()) {
                case ACTION, PARTIAL -> action(runtime, page, url, windows, state, request, response, errors);
                case RESOURCE -> resource(runtime, page, url, windows, request, response, errors);
                case RENDER -> {
                    new PageAggregator(runtime.pages(), getServletContext(), runtime.windowRenderer(),
                            runtime.renderCaches(), runtime.tokenPlaceholder(), personal, runtime.notifications())
                            .render(page, url, windows, state, locale, access, request, response);
                    recordView(runtime, page, url, windows, visitor, request);
                }
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Request " + path + " failed", e);
            if (!response.isCommitted()) {
                errors.send(500, "server");
            }
        }
    }

    private static void action(PortalRuntime runtime, PageDescriptor page, PortalUrl url,
                               Map<String, PortalWindow> windows, RequestState state,
                               HttpServletRequest request, HttpServletResponse response, ErrorPages errors)
            throws Exception {
        if (!CsrfToken.matches(request.getSession(false), request.getParameter(PortalUrlCodec.CSRF_PARAMETER))) {
            LOG.warning(() -> "Action refused (missing or wrong CSRF token) for window " + url.target()
                    + " from " + request.getRemoteAddr());
            errors.send(403, "csrf");
            return;
        }
        PortalWindow target = windows.get(url.target());
        if (target == null) {
            errors.send(onPage(page, url.target()) ? 403 : 404, onPage(page, url.target()) ? "forbidden" : "notFound");
            return;
        }
        runtime.renderCaches().afterAction(page.path(), windows.keySet(), request.getSession().getId());
        Visitor visitor = Visitor.of(request);
        record(runtime, UsageEvent.portletAction(Instant.now(), page.path(), portletOf(page, target.getId().getStringId()),
                target.getId().getStringId(), visitor.name(), visitor.tenant()));
        if (url.lifecycle() == PortalUrl.Lifecycle.PARTIAL) {
            new HubActions(runtime.container()).partialAction(target, state, request, response);
        } else if (request.getParameter(HUB_PARAMETER) != null) {
            new HubActions(runtime.container()).action(target, state, request, response);
        } else {
            runtime.container().doAction(target, request, response, true);
        }
    }

    private static void resource(PortalRuntime runtime, PageDescriptor page, PortalUrl url,
                                 Map<String, PortalWindow> windows, HttpServletRequest request,
                                 HttpServletResponse response, ErrorPages errors) throws Exception {
        PortalWindow target = windows.get(url.target());
        if (target == null) {
            errors.send(onPage(page, url.target()) ? 403 : 404, onPage(page, url.target()) ? "forbidden" : "notFound");
            return;
        }
        runtime.container().doServeResource(target, request, response);
    }

    /**
     * Captures the view (usage analytics): the page, the theme it was drawn with, and each window shown (only the
     * maximized one when a window is maximized). Queued, never waited for.
     */
    private static void recordView(PortalRuntime runtime, PageDescriptor page, PortalUrl url,
                                   Map<String, PortalWindow> windows, Visitor visitor, HttpServletRequest request) {
        Instant now = Instant.now();
        String maximized = url.maximizedWindow();
        List<UsageEvent> events = new ArrayList<>();
        events.add(UsageEvent.pageView(now, page.path(), visitor.name(), visitor.tenant(),
                Themes.resolve(request, page.theme())));
        for (WindowDescriptor w : page.windows()) {
            if (windows.containsKey(w.id()) && (maximized == null || maximized.equals(w.id()))) {
                events.add(UsageEvent.portletRender(now, page.path(), w.portlet(), w.id(), visitor.name(),
                        visitor.tenant()));
            }
        }
        record(runtime, events.toArray(UsageEvent[]::new));
    }

    /** Analytics must never cost a page: a recorder that is not there (the application stopping) is only logged. */
    private static void record(PortalRuntime runtime, UsageEvent... events) {
        try {
            runtime.usage().record(events);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Usage not recorded", e);
        }
    }

    private static String portletOf(PageDescriptor page, String windowId) {
        return page.windows().stream().filter(w -> w.id().equals(windowId)).map(WindowDescriptor::portlet)
                .findFirst().orElse(null);
    }

    /** A guest is sent to sign in and then back here; a signed-in user gets the translated 403 page. */
    private static void refuse(PageAccess access, ErrorPages errors, HttpServletRequest request,
                               HttpServletResponse response) throws IOException {
        if (access.visitor().isGuest() && "GET".equals(request.getMethod())) {
            String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(SignInServlet.linkFrom(request.getContextPath(), here));
        } else {
            errors.send(403, "forbidden");
        }
    }

    private static boolean onPage(PageDescriptor page, String windowId) {
        return page.windows().stream().anyMatch(w -> w.id().equals(windowId));
    }

    /**
     * The page's windows that this visitor may view and whose portlets are deployed, with the mode and state the
     * URL gives them (no edit mode for visitors who may not customise the page).
     */
    private static Map<String, PortalWindow> windows(PortalRuntime runtime, PageDescriptor page, PortalUrl url,
                                                     PageAccess access) {
        Map<String, PortalWindow> windows = new LinkedHashMap<>();
        boolean customisable = access.canCustomise(page);
        for (WindowDescriptor w : page.windows()) {
            if (!access.canView(w)) {
                continue;
            }
            PortletDefinition definition = runtime.services().applications().findPortlet(w.application(), w.portletName());
            if (definition != null) {
                var nav = url.windowOrDefault(w.id());
                // Edit mode writes the user's own preferences: for those who may customise the page only.
                String mode = "edit".equals(nav.mode()) && !customisable ? "view" : nav.mode();
                windows.put(w.id(), new PortalWindow(w.id(), definition, mode, nav.state()));
            }
        }
        return windows;
    }

    private void serveThemeResource(String path, HttpServletResponse response) throws IOException {
        if (path.endsWith(".jsp") || path.contains("..")) {
            response.sendError(404);
            return;
        }
        try (InputStream in = getServletContext().getResourceAsStream(path)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            String type = getServletContext().getMimeType(path);
            response.setContentType(type != null ? type : "application/octet-stream");
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
