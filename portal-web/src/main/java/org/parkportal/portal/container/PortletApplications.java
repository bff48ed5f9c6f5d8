package org.parkportal.portal.container;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.apache.pluto.container.ContainerInfo;
import org.apache.pluto.container.PortletContainerException;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.RequestDispatcherService;
import org.apache.pluto.container.driver.DriverPortletConfig;
import org.apache.pluto.container.driver.DriverPortletContext;
import org.apache.pluto.container.driver.PortletContextService;
import org.apache.pluto.container.driver.PortletRegistryEvent;
import org.apache.pluto.container.driver.PortletRegistryListener;
import org.apache.pluto.container.driver.PortletRegistryService;
import org.apache.pluto.container.om.portlet.PortletApplicationDefinition;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.apache.pluto.container.om.portlet.impl.ConfigurationHolder;

/**
 * The portlet applications deployed on the server. Each portlet WAR registers itself when Pluto's invoker servlet
 * starts in it (the container initializer parsed its portlet.xml and annotations into a ConfigurationHolder);
 * the application name is the WAR's context path without the slash, e.g. "samples".
 */
public final class PortletApplications implements PortletContextService, PortletRegistryService {

    private static final Logger LOG = Logger.getLogger(PortletApplications.class.getName());

    private final ContainerInfo containerInfo;
    private final RequestDispatcherService dispatchers;
    private final Map<String, DriverPortletContext> contexts = new ConcurrentHashMap<>();
    private final Map<String, DriverPortletConfig> configs = new ConcurrentHashMap<>();
    private final Map<String, ClassLoader> classLoaders = new ConcurrentHashMap<>();
    private final List<PortletRegistryListener> listeners = new CopyOnWriteArrayList<>();

    public PortletApplications(ContainerInfo containerInfo, RequestDispatcherService dispatchers) {
        this.containerInfo = containerInfo;
        this.dispatchers = dispatchers;
    }

    @Override
    public String register(ServletConfig config) throws PortletContainerException {
        ServletContext servletContext = config.getServletContext();
        String contextPath = servletContext.getContextPath();
        String name = contextPath.startsWith("/") ? contextPath.substring(1) : contextPath;
        if (contexts.containsKey(name)) {
            return name;
        }
        ConfigurationHolder holder = (ConfigurationHolder) servletContext.getAttribute(ConfigurationHolder.ATTRIB_NAME);
        if (holder == null || holder.getPad() == null) {
            throw new PortletContainerException("No portlet descriptor was read for " + contextPath
                    + " (is WEB-INF/portlet.xml valid?)");
        }
        PortletApplicationDefinition application = holder.getPad();
        application.setContextPath(contextPath);
        application.setName(name);
        PortletApplicationContext context =
                new PortletApplicationContext(servletContext, application, containerInfo, dispatchers);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (PortletDefinition portlet : application.getPortlets()) {
            configs.put(name + "/" + portlet.getPortletName(), new PortalPortletConfig(context, portlet, loader));
        }
        classLoaders.put(name, loader);
        contexts.put(name, context);
        LOG.info(() -> "Registered portlet application '" + name + "' with portlets "
                + application.getPortlets().stream().map(PortletDefinition::getPortletName).toList());
        PortletRegistryEvent event = new PortletRegistryEvent();
        event.setPortletApplication(application);
        listeners.forEach(l -> l.portletApplicationRegistered(event));
        return name;
    }

    @Override
    public void unregister(DriverPortletContext context) {
        String name = context.getApplicationName();
        // Every invoker servlet of the application calls this when it stops; only the first one counts.
        if (contexts.remove(name) == null) {
            return;
        }
        classLoaders.remove(name);
        configs.keySet().removeIf(key -> key.startsWith(name + "/"));
        PortletRegistryEvent event = new PortletRegistryEvent();
        event.setPortletApplication(context.getPortletApplicationDefinition());
        listeners.forEach(l -> l.portletApplicationRemoved(event));
        LOG.info(() -> "Unregistered portlet application '" + name + "'");
    }

    @Override
    public Iterator<DriverPortletContext> getPortletContexts() {
        return List.copyOf(contexts.values()).iterator();
    }

    @Override
    public DriverPortletContext getPortletContext(String applicationName) {
        return contexts.get(applicationName);
    }

    @Override
    public DriverPortletContext getPortletContext(PortletWindow window) {
        return contexts.get(window.getPortletDefinition().getApplication().getName());
    }

    @Override
    public DriverPortletConfig getPortletConfig(String applicationName, String portletName)
            throws PortletContainerException {
        DriverPortletConfig config = configs.get(applicationName + "/" + portletName);
        if (config == null) {
            throw new PortletContainerException("Portlet " + applicationName + "/" + portletName + " is not deployed");
        }
        return config;
    }

    @Override
    public ClassLoader getClassLoader(String applicationName) {
        return classLoaders.get(applicationName);
    }

    @Override
    public Iterator<String> getRegisteredPortletApplicationNames() {
        return List.copyOf(contexts.keySet()).iterator();
    }

    @Override
    public PortletApplicationDefinition getPortletApplication(String applicationName)
            throws PortletContainerException {
        DriverPortletContext context = contexts.get(applicationName);
        if (context == null) {
            throw new PortletContainerException("Portlet application " + applicationName + " is not deployed");
        }
        return context.getPortletApplicationDefinition();
    }

    @Override
    public PortletDefinition getPortlet(String applicationName, String portletName) throws PortletContainerException {
        return getPortletConfig(applicationName, portletName).getPortletDefinition();
    }

    /** The portlet's definition, or null when its application or the portlet is not deployed. */
    public PortletDefinition findPortlet(String applicationName, String portletName) {
        DriverPortletConfig config = configs.get(applicationName + "/" + portletName);
        return config == null ? null : config.getPortletDefinition();
    }

    @Override
    public void addPortletRegistryListener(PortletRegistryListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removePortletRegistryListener(PortletRegistryListener listener) {
        listeners.remove(listener);
    }
}
