package org.parkportal.portal.personal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import org.parkportal.layout.application.LayoutChangeRefused;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.application.PersonalizationService;
import org.parkportal.layout.application.WindowDescriptor;
import org.parkportal.portal.access.PageAccess;
import org.parkportal.portal.csrf.CsrfToken;
import org.parkportal.portal.driver.ErrorPages;
import org.parkportal.portal.driver.Locales;
import org.parkportal.portal.driver.PortalRuntime;
import org.parkportal.portal.identity.SignInServlet;
import org.parkportal.portal.identity.Visitor;
import org.parkportal.portal.navigation.PortalUrlCodec;

/**
 * POST /personal: a signed-in user arranges a page for themselves (the customise panel and the window controls
 * of the theme, and its drag and drop). Needs the session's CSRF token and the customise grant on the page (on a
 * private page, being its owner). A form post goes back to the page; the script's fetch gets 204, or 409 with a
 * translated message.
 *
 * Operations (parameter op): add (portlet, column), move (window, then either column and index, or to =
 * up|down|left|right), remove (window), layout (layout), theme (theme), reset, create-page (name, title),
 * delete-page.
 */
@WebServlet("/personal")
public class PersonalizationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PersonalizationServlet.class.getName());

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Locales.resolve(request);
        ErrorPages errors = new ErrorPages(request, response, locale);
        Visitor visitor = Visitor.of(request);
        if (!CsrfToken.matches(request.getSession(false), request.getParameter(PortalUrlCodec.CSRF_PARAMETER))) {
            errors.send(403, "csrf");
            return;
        }
        if (visitor.isGuest()) {
            errors.send(403, "forbidden");
            return;
        }
        PortalRuntime runtime = PortalRuntime.of(getServletContext());
        PersonalizationService personal = runtime.personalization();
        PageAccess access = new PageAccess(runtime.access(), visitor);
        String op = String.valueOf(request.getParameter("op"));
        String back = SignInServlet.safeNext(request.getContextPath(), request.getParameter("back"));
        try {
            if (op.equals("create-page")) {
                String path = personal.createPrivatePage(request.getParameter("name"), request.getParameter("title"),
                        "two-columns-50-50");
                finish(request, response, request.getContextPath() + "/" + path);
                return;
            }
            String pagePath = request.getParameter("page");
            PageDescriptor page = pagePath == null ? null
                    : pagePath.startsWith(PageDescriptor.PRIVATE_ROOT + "/")
                    ? personal.privatePage(visitor.name(), pagePath).orElse(null)
                    : runtime.pages().page(pagePath).orElse(null);
            if (page == null) {
                errors.send(404, "notFound");
                return;
            }
            if (!access.canView(page) || !access.canCustomise(page)) {
                errors.send(403, "forbidden");
                return;
            }
            switch (op) {
                case "add" -> {
                    String portlet = request.getParameter("portlet");
                    if (portlet == null || !access.canUse(portlet) || !deployed(portlet)) {
                        errors.send(400, "layoutInvalid");
                        return;
                    }
                    personal.addWindow(page, portlet, number(request, "column"));
                }
                case "move" -> move(personal, visitor, page, request);
                case "remove" -> personal.removeWindow(page, request.getParameter("window"));
                case "layout" -> personal.changeLayout(page, request.getParameter("layout"));
                case "theme" -> personal.changeTheme(page, request.getParameter("theme"));
                case "reset" -> personal.reset(page.path());
                case "delete-page" -> {
                    personal.deletePrivatePage(page.path());
                    back = request.getContextPath() + "/";
                }
                default -> {
                    errors.send(400, "badRequest");
                    return;
                }
            }
        } catch (LayoutChangeRefused refused) {
            LOG.fine(() -> visitor.name() + ": " + refused.getMessage());
            String key = switch (refused.reason()) {
                case LOCKED -> "layoutLocked";
                case LIMIT -> "layoutLimit";
                case ALREADY_EXISTS -> "layoutExists";
                case NOT_FOUND -> "notFound";
                default -> "layoutInvalid";
            };
            int status = refused.reason() == LayoutChangeRefused.Reason.NOT_FOUND ? 404 : 409;
            if (fetched(request)) {
                response.setStatus(status);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(java.util.ResourceBundle.getBundle("org.parkportal.portal.messages", locale)
                        .getString("error." + key + ".text"));
            } else {
                errors.send(status, key);
            }
            return;
        }
        finish(request, response, back);
    }

    private static void move(PersonalizationService personal, Visitor visitor, PageDescriptor page,
                             HttpServletRequest request) {
        String windowId = request.getParameter("window");
        String to = request.getParameter("to");
        if (to == null) {
            personal.moveWindow(page, windowId, number(request, "column"), number(request, "index"));
            return;
        }
        WindowDescriptor w = personal.arrangedFor(visitor.name(), page).window(windowId);
        if (w == null) {
            throw new LayoutChangeRefused(LayoutChangeRefused.Reason.NOT_FOUND, windowId);
        }
        switch (to) {
            case "up" -> personal.moveWindow(page, windowId, w.column(), w.position() - 1);
            case "down" -> personal.moveWindow(page, windowId, w.column(), w.position() + 1);
            case "left" -> personal.moveWindow(page, windowId, w.column() - 1, w.position());
            case "right" -> personal.moveWindow(page, windowId, w.column() + 1, w.position());
            default -> throw new LayoutChangeRefused(LayoutChangeRefused.Reason.INVALID, "to " + to);
        }
    }

    private static boolean deployed(String portlet) {
        var services = org.apache.pluto.container.driver.PlutoServices.getServices();
        int slash = portlet.indexOf('/');
        try {
            return services != null && services.getPortletContextService()
                    .getPortletConfig(portlet.substring(0, slash), portlet.substring(slash + 1)) != null;
        } catch (Exception notDeployed) {
            return false;
        }
    }

    private static int number(HttpServletRequest request, String name) {
        try {
            return Integer.parseInt(request.getParameter(name));
        } catch (NumberFormatException e) {
            throw new LayoutChangeRefused(LayoutChangeRefused.Reason.INVALID, name);
        }
    }

    private static boolean fetched(HttpServletRequest request) {
        return "fetch".equals(request.getHeader("X-Requested-With"));
    }

    private static void finish(HttpServletRequest request, HttpServletResponse response, String next)
            throws IOException {
        if (fetched(request)) {
            response.setStatus(204);
        } else {
            response.sendRedirect(next);
        }
    }
}
