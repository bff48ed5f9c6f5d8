package org.parkportal.portal.health;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.pluto.container.driver.PlutoServices;
import org.parkportal.directory.application.DirectoryService;
import org.parkportal.workflow.application.WorkflowStatus;

/** GET /portal/health: overall status plus one entry per component; 200 when all are up, 503 otherwise. */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private transient DataSource dataSource;

    @EJB
    private transient DirectoryService directory;

    @EJB
    private transient WorkflowStatus workflow;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Component> components = new LinkedHashMap<>();
        components.put("database", database());
        components.put("portletContainer", portletContainer());
        components.put("directory", directory());
        components.put("workflow", workflow());
        boolean up = components.values().stream().allMatch(Component::up);

        JsonObjectBuilder details = Json.createObjectBuilder();
        components.forEach((name, c) -> details.add(name, Json.createObjectBuilder()
                .add("status", c.up() ? "UP" : "DOWN").add("detail", c.detail())));
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN").add("components", details).build().toString());
    }

    private Component database() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2) ? new Component(true, c.getMetaData().getDatabaseProductName())
                    : new Component(false, "connection not valid");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Health check: database unavailable", e);
            return new Component(false, "unavailable");
        }
    }

    private Component portletContainer() {
        PlutoServices services = PlutoServices.getServices();
        if (services == null) {
            return new Component(false, "not started");
        }
        int applications = 0;
        for (Iterator<String> names = services.getPortletRegistryService().getRegisteredPortletApplicationNames();
             names.hasNext(); names.next()) {
            applications++;
        }
        return new Component(true, applications + " portlet application(s)");
    }

    private Component directory() {
        try {
            return directory != null && directory.reachable() ? new Component(true, "LDAP")
                    : new Component(false, "unavailable");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Health check: directory unavailable", e);
            return new Component(false, "unavailable");
        }
    }

    private Component workflow() {
        try {
            return workflow != null ? new Component(true, workflow.deployedProcesses() + " process definition(s)")
                    : new Component(false, "not started");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Health check: workflow engine unavailable", e);
            return new Component(false, "unavailable");
        }
    }

    private record Component(boolean up, String detail) {
    }
}
