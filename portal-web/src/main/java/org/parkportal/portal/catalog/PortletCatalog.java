package org.parkportal.portal.catalog;

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

/**
 * The portlets deployed on the server (in the EAR or as legacy WARs) that a visitor may use, with their titles in
 * the visitor's language: what the catalogue API lists and what the customise panel offers to add.
 */
public final class PortletCatalog {

    private PortletCatalog() {
    }

    public static List<Entry> usableBy(PageAccess access, Locale locale) {
        PlutoServices services = PlutoServices.getServices();
        if (services == null) {
            return List.of();
        }
        PortletContextService contexts = services.getPortletContextService();
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
        return entries;
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

    /** One portlet: "application/portlet", its parts, its title and its modes. */
    public record Entry(String name, String application, String portlet, String title, List<String> modes) {
    }
}
