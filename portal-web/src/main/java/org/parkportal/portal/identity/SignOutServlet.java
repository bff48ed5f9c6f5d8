package org.parkportal.portal.identity;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.audit.domain.AuditEvent;
import org.parkportal.portal.csrf.CsrfToken;
import org.parkportal.portal.navigation.PortalUrlCodec;

/**
 * POST /signout with the session's CSRF token: ends the session (and with it the single sign-on of every WAR)
 * and goes to the home page. A GET or a request without the token changes nothing, so another site cannot sign
 * the user out.
 */
@WebServlet(SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {

    public static final String PATH = "/signout";
    private static final long serialVersionUID = 1L;

    @EJB
    private transient AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (!CsrfToken.matches(session, request.getParameter(PortalUrlCodec.CSRF_PARAMETER))) {
            response.sendError(403);
            return;
        }
        String user = request.getRemoteUser();
        if (user != null) {
            audit.record(new AuditEvent(user, AuditAction.LOGOUT, "user:" + user, null, request.getRemoteAddr()));
        }
        request.logout();
        session.invalidate();
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(405);
    }
}
