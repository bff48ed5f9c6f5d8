package org.parkportal.portal.driver;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;
import org.parkportal.layout.application.ImportResult;
import org.parkportal.layout.application.InvalidPageSet;
import org.parkportal.layout.interfaces.PageSetReader;

/**
 * POST /portal/admin/pages/import: imports a page-set file on a running portal (used by ./portal import).
 * Only for the local administrator: the request must present the token the portal wrote to $PORTAL_DATA/run.
 */
@WebServlet("/admin/pages/import")
public class PageSetImportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageSetImportServlet.class.getName());

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        PortalRuntime runtime = PortalRuntime.of(getServletContext());
        String presented = request.getHeader("X-Portal-Admin-Token");
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                runtime.adminToken().getBytes(StandardCharsets.UTF_8))) {
            LOG.warning(() -> "Page-set import refused: bad admin token from " + request.getRemoteAddr());
            error(response, 403, "missing or wrong admin token");
            return;
        }
        // JSON is UTF-8 (RFC 8259); application/json carries no charset parameter to say so.
        request.setCharacterEncoding("UTF-8");
        try {
            ImportResult result = runtime.pages().importPageSet(PageSetReader.read(request.getReader()));
            response.getWriter().write(Json.createObjectBuilder().add("created", result.created())
                    .add("updated", result.updated()).add("unchanged", result.unchanged()).build().toString());
        } catch (InvalidPageSet e) {
            error(response, 400, e.getMessage());
        }
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.getWriter().write(Json.createObjectBuilder().add("error", message).build().toString());
    }
}
