package org.parkportal.portal.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.parkportal.portal.csrf.CsrfToken;
import org.parkportal.portal.driver.Locales;

/**
 * Guards {@link SignedIn} resources: a caller without a user gets 401 with a Basic challenge. A change (any method
 * but GET/HEAD/OPTIONS) made with the portal's session cookie must carry the session's CSRF token in the header
 * {@code X-CSRF-Token}, as a browser page's script does; one made with Basic credentials is refused when a
 * browser says it comes from another site (the Origin header), since browsers resend cached Basic credentials.
 */
@Provider
@SignedIn
public class SignedInFilter implements ContainerRequestFilter {

    static final String TOKEN_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getUserPrincipal() == null) {
            context.abortWith(ApiProblem.response(401, "unauthorized", Locales.resolve(request)));
            return;
        }
        if (SAFE.contains(context.getMethod())) {
            return;
        }
        if (BasicAuthentication.usedBy(request)) {
            if (!sameOrigin(request.getHeader("Origin"))) {
                context.abortWith(ApiProblem.response(403, "crossSite", Locales.resolve(request)));
            }
        } else if (!CsrfToken.matches(request.getSession(false), request.getHeader(TOKEN_HEADER))) {
            context.abortWith(ApiProblem.response(403, "csrf", Locales.resolve(request)));
        }
    }

    /** No Origin (a non-browser client) or this server's own. */
    private boolean sameOrigin(String origin) {
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
