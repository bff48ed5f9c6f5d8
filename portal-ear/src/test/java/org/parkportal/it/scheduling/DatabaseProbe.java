package org.parkportal.it.scheduling;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;

/**
 * it-scheduling.war, deployed beside the portal for {@link ScheduledJobsIT}: reads and changes the portal database
 * behind the application's back. GET /timers lists WildFly's persistent EJB timers (table JBOSS_EJB_TIMER) as
 * "timed object | timeout method | next date (ISO instant) | partition" lines; POST /audit-entry?id=N[&detail=D]
 * overwrites an audit entry's detail (null without the parameter), as someone with database access would, and
 * answers the detail it had.
 */
@WebServlet({"/timers", "/audit-entry"})
public class DatabaseProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT TIMED_OBJECT_ID, TIMEOUT_METHOD_NAME, NEXT_DATE, "
                     + "PARTITION_NAME FROM JBOSS_EJB_TIMER ORDER BY TIMED_OBJECT_ID");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                Timestamp next = rows.getTimestamp(3);
                out.println(rows.getString(1) + "|" + rows.getString(2) + "|"
                        + (next == null ? "" : next.toInstant().toString()) + "|" + rows.getString(4));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Long.parseLong(request.getParameter("id"));
        response.setContentType("text/plain;charset=UTF-8");
        try (Connection c = database.getConnection()) {
            String before;
            try (PreparedStatement read = c.prepareStatement("SELECT detail FROM audit_entry WHERE id = ?")) {
                read.setLong(1, id);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        response.sendError(404, "no audit entry " + id);
                        return;
                    }
                    before = row.getString(1);
                }
            }
            try (PreparedStatement write = c.prepareStatement("UPDATE audit_entry SET detail = ? WHERE id = ?")) {
                write.setString(1, request.getParameter("detail"));
                write.setLong(2, id);
                write.executeUpdate();
            }
            response.setHeader("X-Detail-Was-Null", String.valueOf(before == null));
            response.getWriter().write(before == null ? "" : before);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
