package org.parkportal.portlets.admin;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.pluto.container.driver.DriverPortletContext;
import org.apache.pluto.container.driver.PlutoServices;
import org.apache.pluto.container.om.portlet.PortletDefinition;

/**
 * The portlets deployed right now, as "application/portlet", from the one Pluto of the EAR: what an administrator may
 * place in a window or give catalogue grants on. Empty before the portal has started Pluto.
 */
public final class DeployedPortlets {

    private DeployedPortlets() {
    }

    public static List<String> names() {
        PlutoServices services = PlutoServices.getServices();
        List<String> names = new ArrayList<>();
        if (services == null) {
            return names;
        }
        for (Iterator<DriverPortletContext> it = services.getPortletContextService().getPortletContexts(); it.hasNext(); ) {
            DriverPortletContext context = it.next();
            for (PortletDefinition portlet : context.getPortletApplicationDefinition().getPortlets()) {
                names.add(context.getApplicationName() + "/" + portlet.getPortletName());
            }
        }
        names.sort(null);
        return names;
    }
}
