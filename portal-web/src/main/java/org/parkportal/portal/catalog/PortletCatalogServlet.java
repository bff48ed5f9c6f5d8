package org.parkportal.portal.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pluto.container.driver.DriverPortletConfig;
import org.apache.pluto.container.driver.DriverPortletContext;
import org.apache.pluto.container.driver.PlutoServices;
import org.apache.pluto.container.driver.PortletContextService;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.apache.pluto.container.om.portlet.Supports;
import org.parkportal.portal.access.PageAccess;
import org.parkportal.portal.driver.Locales;
import org.parkportal.portal.driver.PortalRuntime;
import org.parkportal.portal.identity.Visitor;

/**
 * GET /portal/api/v1/portlets: the portlet catalogue, every portlet deployed on the server (in the EAR or as a
 * legacy WAR) with the name a page set uses ("application/portlet"), its title in the caller's language and its
 * modes; only the portlets the caller may use (portlets without grants of their own are open to all).
 */
@WebServlet("/api/v1/portlets")
public class PortletCatalogServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Locales.resolve(request);
        PageAccess access = new PageAccess(PortalRuntime.of(getServletContext()).access(), Visitor.of(request));
        PortletContextService contexts = PlutoServices.getServices().getPortletContextService();
        List<Entry> entries = new ArrayList<>();
        for (Iterator<DriverPortletContext> it = contexts.getPortletContexts(); it.hasNext(); ) {
            DriverPortletContext context = it.next();
            for (PortletDefinition portlet : context.getPortletApplicationDefinition().getPortlets()) {
                if (access.canUse(context.getApplicationName() + "/" + portlet.getPortletName())) {
                    entries.add(entry(contexts, context.getApplicationName(), portlet, locale));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::name));
        JsonArrayBuilder portlets = Json.createArrayBuilder();
        for (Entry e : entries) {
            JsonArrayBuilder modes = Json.createArrayBuilder();
            e.modes().forEach(modes::add);
            portlets.add(Json.createObjectBuilder().add("name", e.name()).add("application", e.application())
                    .add("portlet", e.portlet()).add("title", e.title()).add("modes", modes));
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(Json.createObjectBuilder().add("portlets", portlets).build().toString());
    }

    private static Entry entry(PortletContextService contexts, String application, PortletDefinition portlet,
                               Locale locale) {
        String title = portlet.getPortletName();
        try {
            DriverPortletConfig config = contexts.getPortletConfig(application, portlet.getPortletName());
            ResourceBundle bundle = config.getResourceBundle(locale);
            String t = bundle.getString("javax.portlet.title");
            if (t != null && !t.isBlank()) {
                title = t;
            }
        } catch (Exception e) {
            // No title in the bundle: the portlet name stands in.
        }
        List<String> modes = new ArrayList<>(List.of("view"));
        Supports html = portlet.getSupports("text/html");
        if (html != null) {
            html.getPortletModes().stream().map(m -> m.toLowerCase(Locale.ROOT)).filter(m -> !modes.contains(m))
                    .forEach(modes::add);
        }
        return new Entry(application + "/" + portlet.getPortletName(), application, portlet.getPortletName(),
                title, modes);
    }

    private record Entry(String name, String application, String portlet, String title, List<String> modes) {
    }
}
