package org.parkportal.it.search;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.parkportal.search.application.SearchPublisher;
import org.parkportal.search.domain.SearchDocument;

/**
 * it-search.war's stand-in for the services that will publish web content and knowledge articles: POST
 * /it-search/documents publishes (or withdraws) a document through the real SearchPublisher in a transaction of
 * its own, committed or, with rollback=true, rolled back. op=orphan writes a document row straight into the table
 * without a change-log entry, as if an index had lost it, for the rebuild test.
 */
@WebServlet("/documents")
public class SearchFixtureServlet extends HttpServlet {

    private static final String PUBLISHER = "java:global/portal/ejb-services/DefaultSearchPublisher!"
            + SearchPublisher.class.getName();

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String op = request.getParameter("op");
        try {
            if ("orphan".equals(op)) {
                orphan(document(request));
            } else {
                SearchPublisher publisher = (SearchPublisher) new InitialContext().lookup(PUBLISHER);
                transaction.begin();
                if ("withdraw".equals(op)) {
                    publisher.withdraw(request.getParameter("id"));
                } else {
                    publisher.publish(document(request));
                }
                if (Boolean.parseBoolean(request.getParameter("rollback"))) {
                    transaction.rollback();
                } else {
                    transaction.commit();
                }
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("ok");
        } catch (NamingException | SQLException | jakarta.transaction.NotSupportedException
                 | jakarta.transaction.SystemException | jakarta.transaction.RollbackException
                 | jakarta.transaction.HeuristicMixedException | jakarta.transaction.HeuristicRollbackException e) {
            throw new IOException(e);
        }
    }

    private static SearchDocument document(HttpServletRequest r) {
        String tenant = r.getParameter("tenant");
        return new SearchDocument(r.getParameter("id"), r.getParameter("type"), r.getParameter("title"),
                r.getParameter("body"), r.getParameter("language"), r.getParameter("url"),
                Set.copyOf(Arrays.asList(r.getParameter("viewers").split(","))),
                tenant == null || tenant.isEmpty() ? null : tenant);
    }

    private void orphan(SearchDocument d) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into search_document"
                     + " (id, doc_type, title, body, language, url, viewers, tenant, titles, published_at)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, null, ?)")) {
            insert.setString(1, d.id());
            insert.setString(2, d.type());
            insert.setString(3, d.title());
            insert.setString(4, d.body());
            insert.setString(5, d.language());
            insert.setString(6, d.url());
            insert.setString(7, String.join(" ", d.viewers()));
            insert.setString(8, d.tenant());
            insert.setLong(9, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }
}
