package org.parkportal.portal.identity;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.audit.domain.AuditEvent;
import org.parkportal.portal.driver.Locales;
import org.parkportal.portal.driver.PortalRuntime;

/**
 * The FORM login page (web.xml's form-login-page and form-error-page): a form that posts j_username and
 * j_password to the container's j_security_check, in the visitor's language. On the error page it counts the
 * failure and says either that the name or password is wrong or that the name is locked for a while.
 */
@WebServlet({LoginServlet.LOGIN_PATH, LoginServlet.FAILED_PATH})
public class LoginServlet extends HttpServlet {

    static final String LOGIN_PATH = "/login";
    static final String FAILED_PATH = "/login/failed";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LoginServlet.class.getName());

    @EJB
    private transient AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        show(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        show(request, response);
    }

    private void show(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        boolean failed = FAILED_PATH.equals(request.getServletPath());
        if (!failed && request.getUserPrincipal() != null && request.getAttribute("jakarta.servlet.forward.request_uri") == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        Locale locale = Locales.resolve(request);
        ResourceBundle messages = ResourceBundle.getBundle("org.parkportal.portal.messages", locale);
        String userName = failed ? request.getParameter("j_username") : null;
        if (failed) {
            LoginAttempts attempts = PortalRuntime.of(getServletContext()).loginAttempts();
            attempts.failed(userName);
            boolean locked = attempts.isLocked(userName);
            LOG.info(() -> "Failed sign-in for '" + printable(userName) + "' from " + request.getRemoteAddr()
                    + (locked ? " (locked)" : ""));
            audit.record(new AuditEvent(userName, AuditAction.LOGIN_FAILED, "user:" + userName,
                    locked ? "locked" : "wrong user name or password", request.getRemoteAddr()));
            request.setAttribute("loginError", locked
                    ? new MessageFormat(messages.getString("login.locked"), locale)
                            .format(new Object[] {attempts.lockoutMinutes()})
                    : messages.getString("login.failed"));
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        request.setAttribute("lang", locale.toLanguageTag());
        request.setAttribute("loginAction", request.getContextPath() + "/j_security_check");
        request.setAttribute("loginUserName", userName);
        request.setAttribute("homeUrl", request.getContextPath() + "/");
        for (String key : new String[] {"title", "intro", "username", "password", "submit"}) {
            request.setAttribute("login_" + key, messages.getString("login." + key));
        }
        request.setAttribute("portalName", messages.getString("portal.name"));
        request.setAttribute("backHomeLabel", messages.getString("error.backHome"));
        response.setContentType("text/html;charset=UTF-8");
        request.getRequestDispatcher("/themes/default/login.jsp").include(request, response);
    }

    /** A user name as it may appear in a log line: no line breaks, bounded. */
    static String printable(String userName) {
        if (userName == null) {
            return "";
        }
        String flat = userName.replaceAll("[\\p{Cntrl}]", "?");
        return flat.length() > 64 ? flat.substring(0, 64) + "..." : flat;
    }
}
