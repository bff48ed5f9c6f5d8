package org.parkportal.it.notification;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * it-queries.war: counts the portal's SQL statements with H2's own query statistics, so a test can measure how many
 * queries a page costs. POST /statistics starts counting afresh; GET /statistics?contains=A&amp;contains=B answers
 * (text/plain) how often statements containing all of those texts (case does not matter) were executed since.
 */
@WebServlet("/statistics")
public class QueryStatisticsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private transient DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!h2()) {
            // Only H2 counts statements without a server extension (PostgreSQL's pg_stat_statements is not loaded).
            response.sendError(501, "query statistics need H2");
            return;
        }
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            // Switching the statistics off drops what was collected.
            s.execute("SET QUERY_STATISTICS FALSE");
            s.execute("SET QUERY_STATISTICS TRUE");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setStatus(204);
    }

    private boolean h2() throws IOException {
        try (Connection c = database.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] texts = request.getParameterValues("contains");
        StringBuilder sql = new StringBuilder(
                "SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE 1 = 1");
        int n = texts == null ? 0 : texts.length;
        for (int i = 0; i < n; i++) {
            sql.append(" AND UPPER(SQL_STATEMENT) LIKE ?");
        }
        try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < n; i++) {
                q.setString(i + 1, "%" + texts[i].toUpperCase(Locale.ROOT) + "%");
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                response.setContentType("text/plain");
                response.getWriter().print(r.getLong(1));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
