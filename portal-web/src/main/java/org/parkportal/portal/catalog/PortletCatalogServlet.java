package org.parkportal.portal.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
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
        JsonArrayBuilder portlets = Json.createArrayBuilder();
        for (PortletCatalog.Entry e : PortletCatalog.usableBy(access, locale)) {
            JsonArrayBuilder modes = Json.createArrayBuilder();
            e.modes().forEach(modes::add);
            portlets.add(Json.createObjectBuilder().add("name", e.name()).add("application", e.application())
                    .add("portlet", e.portlet()).add("title", e.title()).add("modes", modes));
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(Json.createObjectBuilder().add("portlets", portlets).build().toString());
    }
}
