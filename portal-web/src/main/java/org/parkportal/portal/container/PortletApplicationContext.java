package org.parkportal.portal.container;

import jakarta.servlet.ServletContext;
import java.util.List;
import org.apache.pluto.container.ContainerInfo;
import org.apache.pluto.container.RequestDispatcherService;
import org.apache.pluto.container.driver.DriverPortletContext;
import org.apache.pluto.container.impl.PortletContextImpl;
import org.apache.pluto.container.om.portlet.PortletApplicationDefinition;

/** The PortletContext of one registered portlet application (one WAR). */
final class PortletApplicationContext extends PortletContextImpl implements DriverPortletContext {

    PortletApplicationContext(ServletContext servletContext, PortletApplicationDefinition application,
                              ContainerInfo containerInfo, RequestDispatcherService dispatchers) {
        super(servletContext, application, containerInfo, List.of(), dispatchers);
    }

    @Override
    public String getApplicationName() {
        return getPortletApplicationDefinition().getName();
    }
}
