package org.parkportal.portal.container;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.portlet.PortalContext;
import javax.portlet.PortletMode;
import javax.portlet.PortletURLGenerationListener;
import javax.portlet.WindowState;
import org.apache.pluto.container.CCPPProfileService;
import org.apache.pluto.container.ContainerInfo;
import org.apache.pluto.container.EventCoordinationService;
import org.apache.pluto.container.FilterManagerService;
import org.apache.pluto.container.NamespaceMapper;
import org.apache.pluto.container.PortletEnvironmentService;
import org.apache.pluto.container.PortletInvokerService;
import org.apache.pluto.container.PortletPreferencesService;
import org.apache.pluto.container.PortletRequestContextService;
import org.apache.pluto.container.PortletURLListenerService;
import org.apache.pluto.container.RequestDispatcherService;
import org.apache.pluto.container.UserInfoService;
import org.parkportal.portal.identity.DirectoryUserInfo;
import org.apache.pluto.container.driver.PortalAdministrationService;
import org.apache.pluto.container.driver.PortalDriverServices;
import org.apache.pluto.container.driver.PortletContextService;
import org.apache.pluto.container.driver.PortletRegistryService;
import org.apache.pluto.container.impl.PortletEnvironmentServiceImpl;
import org.apache.pluto.container.impl.RequestDispatcherServiceImpl;
import org.apache.pluto.container.om.portlet.Listener;
import org.apache.pluto.container.om.portlet.PortletApplicationDefinition;
import org.parkportal.layout.application.PreferenceService;

/** The services the portal supplies to Pluto's container; Pluto's own environment and dispatcher are reused. */
public final class ParkPortalServices implements PortalDriverServices {

    private static final Logger LOG = Logger.getLogger(ParkPortalServices.class.getName());
    private static final String PORTAL_INFO = "Park Portal/0.1";

    private final RequestDispatcherService dispatchers = new RequestDispatcherServiceImpl();
    private final PortletApplications applications = new PortletApplications(new Info(), dispatchers);
    private final PortletEnvironmentService environment = new PortletEnvironmentServiceImpl();
    private final PortletInvokerService invoker = new PortletInvoker(applications);
    private final PortletRequestContextService contexts = new RequestContexts();
    private final EventCoordinationService events = new EventDispatcher(applications);
    private final FilterManagerService filters = new PortletFilters(applications);
    private final NamespaceMapper namespaces = new WindowNamespaces();
    private final PortletPreferencesService preferences;
    private final PortalContext portalContext = new ParkPortalContext();
    private final UserInfoService userInfo = new DirectoryUserInfo();
    private final Map<String, List<PortletURLGenerationListener>> urlListeners = new ConcurrentHashMap<>();

    public ParkPortalServices(PreferenceService preferenceService) {
        this.preferences = new PreferencesStore(preferenceService, applications);
    }

    public PortletApplications applications() {
        return applications;
    }

    @Override public PortalContext getPortalContext() { return portalContext; }
    @Override public EventCoordinationService getEventCoordinationService() { return events; }
    @Override public PortletRequestContextService getPortletRequestContextService() { return contexts; }
    @Override public FilterManagerService getFilterManagerService() { return filters; }
    @Override public PortletPreferencesService getPortletPreferencesService() { return preferences; }
    @Override public PortletEnvironmentService getPortletEnvironmentService() { return environment; }
    @Override public PortletInvokerService getPortletInvokerService() { return invoker; }
    @Override public NamespaceMapper getNamespaceMapper() { return namespaces; }
    @Override public RequestDispatcherService getRequestDispatcherService() { return dispatchers; }
    @Override public PortletContextService getPortletContextService() { return applications; }
    @Override public PortletRegistryService getPortletRegistryService() { return applications; }
    @Override public CCPPProfileService getCCPPProfileService() { return request -> null; }

    /** User information from the directory, as far as each portlet application declares it. */
    @Override
    public UserInfoService getUserInfoService() {
        return userInfo;
    }

    @Override
    public PortalAdministrationService getPortalAdministrationService() {
        return new PortalAdministrationService() {
            @Override public List<org.apache.pluto.container.driver.AdministrativeRequestListener> getAdministrativeRequestListeners() { return List.of(); }
            @Override public List<org.apache.pluto.container.driver.PortletInvocationListener> getPortletInvocationListeners() { return List.of(); }
        };
    }

    /** URL generation listeners declared in portlet.xml, created once per application. */
    @Override
    public PortletURLListenerService getPortletURLListenerService() {
        return this::listeners;
    }

    private List<PortletURLGenerationListener> listeners(PortletApplicationDefinition app) {
        return urlListeners.computeIfAbsent(app.getName(), name -> {
            List<PortletURLGenerationListener> created = new ArrayList<>();
            ClassLoader loader = applications.getClassLoader(name);
            for (Listener l : app.getListeners()) {
                try {
                    created.add((PortletURLGenerationListener) Class.forName(l.getListenerClass(), true, loader)
                            .getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException | ClassCastException e) {
                    LOG.warning(() -> "URL generation listener " + l.getListenerClass() + " of " + name
                            + " cannot be created: " + e);
                }
            }
            return List.copyOf(created);
        });
    }

    private static final class Info implements ContainerInfo {
        @Override public String getServerInfo() { return PORTAL_INFO; }
        @Override public String getPortletContainerName() { return "Apache Pluto"; }
        @Override public String getPortletContainerVersion() { return "3.1.0"; }
        @Override public int getMajorSpecificationVersion() { return 3; }
        @Override public int getMinorSpecificationVersion() { return 0; }
    }

    private static final class ParkPortalContext implements PortalContext {
        @Override public String getProperty(String name) { return null; }
        @Override public Enumeration<String> getPropertyNames() { return Collections.emptyEnumeration(); }

        @Override
        public Enumeration<PortletMode> getSupportedPortletModes() {
            return Collections.enumeration(List.of(PortletMode.VIEW, PortletMode.EDIT, PortletMode.HELP));
        }

        @Override
        public Enumeration<WindowState> getSupportedWindowStates() {
            return Collections.enumeration(List.of(WindowState.NORMAL, WindowState.MAXIMIZED, WindowState.MINIMIZED));
        }

        @Override public String getPortalInfo() { return PORTAL_INFO; }
    }
}
