package org.parkportal.portal.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;
import org.parkportal.portal.driver.Locales;

/**
 * HTTP Basic for API clients that hold no portal session: the credentials are checked by the server's security
 * domain (the same directory, the same lockout as the login form) for this one request, which then runs as that
 * user, EJB calls included. Nothing is kept: no session is created and the identity ends with the request.
 */
@WebFilter(urlPatterns = "/api/*")
public class BasicAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BasicAuthentication.class.getName());
    static final String ATTRIBUTE = BasicAuthentication.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        // The public OpenAPI document is answered whatever credentials a tool sends along with it.
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6) || request.getUserPrincipal() != null
                || OpenApiDocument.requested(request)) {
            chain.doFilter(request, response);
            return;
        }
        String[] credentials = decode(header.substring(6).strip());
        boolean hadSession = request.getSession(false) != null;
        try {
            request.login(credentials[0], credentials[1]);
        } catch (ServletException refused) {
            LOG.fine(() -> "API sign-in refused for " + credentials[0]);
            ApiProblem.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", Locales.resolve(request));
            return;
        }
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            request.logout();
            HttpSession session = request.getSession(false);
            if (!hadSession && session != null) {
                session.invalidate();
            }
        }
    }

    /** User name and password; an unreadable header gives names no account has. */
    private static String[] decode(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 1 ? new String[] {"", ""} : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return new String[] {"", ""};
        }
    }

    /** Whether this request was authenticated by its Basic header (rather than by the session). */
    static boolean usedBy(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }
}
