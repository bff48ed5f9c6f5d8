package org.parkportal.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The benchmark baseline: a plain servlet on the same WildFly that writes exactly the bytes of the page the
 * portal rendered ({@code ${portal.data.dir}/bench/page.html}, saved by {@code bench/run.sh}).
 * The file is read once, on the first request that finds it, and then served from memory.
 */
@WebServlet(urlPatterns = "/page")
public class BaselinePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String DATA_DIR_PROPERTY = "portal.data.dir";
    static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private transient volatile byte[] page;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = page;
        if (body == null) {
            body = load(response);
            if (body == null) {
                return;
            }
        }
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private synchronized byte[] load(HttpServletResponse response) throws IOException {
        if (page != null) {
            return page;
        }
        String dataDir = System.getProperty(DATA_DIR_PROPERTY);
        if (dataDir == null || dataDir.isBlank()) {
            unavailable(response, "System property " + DATA_DIR_PROPERTY + " is not set");
            return null;
        }
        Path file = Path.of(dataDir, "bench", "page.html");
        try {
            page = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            unavailable(response, "No page to serve yet: " + file + " does not exist (bench/run.sh writes it)");
            return null;
        }
        return page;
    }

    private static void unavailable(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println(message);
    }
}
