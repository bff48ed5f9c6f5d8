package org.parkportal.portal.identity;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Logger;
import org.parkportal.analytics.application.UsageRecorder;
import org.parkportal.analytics.domain.UsageEvent;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.audit.domain.AuditEvent;
import org.parkportal.portal.driver.PortalRuntime;

/**
 * /signin?next=PATH: protected (web.xml), so the container shows the login page first and returns here once the
 * user has signed in; then the user goes on to the page they wanted. "next" must be a path inside the portal:
 * anything else (another site, a protocol-relative //host) sends the user home instead (no open redirect).
 */
@WebServlet(SignInServlet.PATH)
public class SignInServlet extends HttpServlet {

    public static final String PATH = "/signin";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());
    private static final String SIGNED_IN = SignInServlet.class.getName() + ".recorded";

    @EJB
    private transient AuditLog audit;

    /** Sign-ins for the usage analytics; queued, never waited for. */
    @EJB
    private transient UsageRecorder usage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getRemoteUser();
        // Recorded once per session: /signin is also where a signed-in user's "sign in" link lands.
        if (user != null && request.getSession().getAttribute(SIGNED_IN) == null) {
            request.getSession().setAttribute(SIGNED_IN, Boolean.TRUE);
            PortalRuntime.of(getServletContext()).loginAttempts().succeeded(user);
            PortalRuntime.of(getServletContext()).profileChoices().forget(user);
            audit.record(new AuditEvent(user, AuditAction.LOGIN, "user:" + user, null, request.getRemoteAddr()));
            usage.record(UsageEvent.login(Instant.now(), user, Visitor.of(request).tenant()));
            LOG.fine(() -> "Signed in: " + user + " from " + request.getRemoteAddr());
        }
        response.sendRedirect(safeNext(request.getContextPath(), request.getParameter("next")));
    }

    public static String safeNext(String contextPath, String next) {
        String home = contextPath + "/";
        if (next == null || !next.startsWith(home) || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return home;
        }
        return next;
    }

    /** The sign-in link for a visitor who is at {@code currentUrl} (path and query). */
    public static String linkFrom(String contextPath, String currentUrl) {
        return contextPath + PATH + "?next=" + java.net.URLEncoder.encode(currentUrl, java.nio.charset.StandardCharsets.UTF_8);
    }
}
