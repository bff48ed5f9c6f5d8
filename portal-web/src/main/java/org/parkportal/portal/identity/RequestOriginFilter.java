package org.parkportal.portal.identity;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parkportal.audit.application.RequestOrigin;

/**
 * Tells the back office which address the current request comes from, for the audit log, for the length of
 * the request (portlets of other WARs run within it on the same thread). Only requests that may change
 * something: page views (GET, HEAD) record nothing and skip the two calls.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        origin.enter(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            origin.leave();
        }
    }
}
