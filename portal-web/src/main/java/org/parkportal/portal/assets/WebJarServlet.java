package org.parkportal.portal.assets;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the WebJars in this WAR's WEB-INF/lib (their META-INF/resources/webjars/...) at /portal/webjars/..., e.g.
 * /portal/webjars/chart.js/4.4.1/dist/chart.umd.js, once for all portlet applications. The portal driver is mapped
 * to "/", which replaces the container's default servlet, so these files need a servlet of their own. Versioned
 * paths never change content: cached for a year.
 */
@WebServlet("/webjars/*")
public class WebJarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.contains("//") || path.endsWith("/") || path.contains("\\")) {
            response.sendError(404);
            return;
        }
        // getResourceAsStream finds META-INF/resources of the WAR's jars (Servlet 3.0 resource jars).
        try (InputStream in = getServletContext().getResourceAsStream("/webjars" + path)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            String type = getServletContext().getMimeType(path);
            response.setContentType(type != null ? type : "application/octet-stream");
            if (type != null && (type.startsWith("text/") || type.contains("javascript"))) {
                response.setCharacterEncoding("UTF-8");
            }
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
