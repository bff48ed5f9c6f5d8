package org.parkportal.portal.driver;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletContainerException;
import org.apache.pluto.container.driver.PlutoServices;
import org.apache.pluto.container.impl.PortletContainerImpl;
import org.parkportal.access.application.AccessService;
import org.parkportal.analytics.application.UsageRecorder;
import org.parkportal.billing.application.BillingDemo;
import org.parkportal.cloud.inventory.application.CloudDemo;
import org.parkportal.directory.application.ProfileChoices;
import org.parkportal.layout.application.PageService;
import org.parkportal.layout.application.PersonalizationService;
import org.parkportal.layout.application.PreferenceService;
import org.parkportal.layout.interfaces.PageSetReader;
import org.parkportal.portal.aggregation.RenderCaches;
import org.parkportal.portal.aggregation.WindowRenderer;
import org.parkportal.portal.container.ParkPortalServices;
import org.parkportal.portal.csrf.TokenPlaceholder;
import org.parkportal.portal.deploy.LegacyWarDeployer;
import org.parkportal.portal.identity.LoginAttempts;
import org.parkportal.notification.application.Notifications;

/**
 * Starts the portlet container with the portal's services before any portlet WAR (the EAR initialises the
 * portal WAR first), loads the demo page set (and the demo's billing data and cloud) into an empty database, and writes the
 * local admin token.
 */
@WebListener
public class PortalRuntime implements ServletContextListener {

    static final String ATTRIBUTE = PortalRuntime.class.getName();
    private static final Logger LOG = Logger.getLogger(PortalRuntime.class.getName());
    private static final String DEMO_PAGES = "/pages/demo-pages.json";
    /** The EAR's file name, which names its module for WARs that depend on its lib/. */
    private static final String EAR_NAME = "portal.ear";

    @EJB
    private PageService pages;

    @EJB
    private PreferenceService preferences;

    @EJB
    private AccessService access;

    @EJB
    private PersonalizationService personalization;

    @EJB
    private ProfileChoices profileChoices;

    @EJB
    private BillingDemo billingDemo;

    @EJB
    private CloudDemo cloudDemo;

    /** The signed-in visitor's unread count for the theme's bell. */
    @EJB
    private Notifications notifications;

    /** Page views, portlet use and sign-ins, queued off the request path (analytics). */
    @EJB
    private UsageRecorder usage;

    /** Interrupts a window that overruns the window timeout. */
    @Resource
    private ManagedScheduledExecutorService watchdogs;

    private PortletContainer container;
    private ParkPortalServices services;
    private String adminToken;
    private LegacyWarDeployer legacyDeployer;
    private final RenderCaches renderCaches = new RenderCaches();
    private WindowRenderer windowRenderer;
    private final TokenPlaceholder tokenPlaceholder = new TokenPlaceholder();
    private final LoginAttempts loginAttempts = LoginAttempts.fromSystemProperties();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        services = new ParkPortalServices(preferences);
        new PlutoServices(services);
        container = new PortletContainerImpl("Park Portal", services);
        try {
            container.init();
        } catch (PortletContainerException e) {
            throw new IllegalStateException("The portlet container did not start", e);
        }
        windowRenderer = new WindowRenderer(container, services.getPortletContextService(), renderCaches, watchdogs,
                Long.getLong("portal.window.timeout.ms", 10_000L), tokenPlaceholder);
        loadDemoPagesIfEmpty();
        adminToken = writeAdminToken();
        startLegacyDeployer(event.getServletContext());
        event.getServletContext().setAttribute(ATTRIBUTE, this);
        LOG.info("Portal driver started");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (legacyDeployer != null) {
            legacyDeployer.stop();
        }
        if (container != null) {
            try {
                container.destroy();
            } catch (PortletContainerException e) {
                LOG.log(Level.WARNING, "Portlet container did not stop cleanly", e);
            }
        }
    }

    public static PortalRuntime of(ServletContext context) {
        return (PortalRuntime) context.getAttribute(ATTRIBUTE);
    }

    PortletContainer container() { return container; }
    ParkPortalServices services() { return services; }
    public PageService pages() { return pages; }
    public AccessService access() { return access; }
    public PersonalizationService personalization() { return personalization; }
    public ProfileChoices profileChoices() { return profileChoices; }
    public UsageRecorder usage() { return usage; }
    public Notifications notifications() { return notifications; }
    String adminToken() { return adminToken; }
    RenderCaches renderCaches() { return renderCaches; }

    /** Renders windows; a window gets portal.window.timeout.ms (default 10 s) before the page gives up on it. */
    WindowRenderer windowRenderer() { return windowRenderer; }
    TokenPlaceholder tokenPlaceholder() { return tokenPlaceholder; }
    public LoginAttempts loginAttempts() { return loginAttempts; }

    private void loadDemoPagesIfEmpty() {
        if (!pages.pages().isEmpty()) {
            return;
        }
        try (InputStream in = PortalRuntime.class.getResourceAsStream(DEMO_PAGES);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            LOG.info(() -> "Empty database: loading the demo pages " + DEMO_PAGES);
            pages.importPageSet(PageSetReader.read(reader));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The demo pages could not be loaded", e);
        }
        // The demo's bills (accounts, prices, usage, last month's invoices) come with the demo pages, never by migration.
        try {
            billingDemo.load();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The demo billing data could not be loaded", e);
        }
        // The demo cloud (zones, hosts, catalogue) likewise; it checks for itself that it is not there yet.
        try {
            cloudDemo.load();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The demo cloud could not be loaded", e);
        }
    }

    /**
     * Watches $PORTAL_DATA/deploy for legacy portlet WARs. The transformed WARs go to the server's deployment
     * scanner folder (-Dportal.deployments.dir, as set by the launcher, else standalone/deployments).
     */
    private void startLegacyDeployer(ServletContext context) {
        Path deployments = Path.of(System.getProperty("portal.deployments.dir",
                System.getProperty("jboss.server.base.dir") + "/deployments"));
        try (InputStream taglib = context.getResourceAsStream("/WEB-INF/legacy-support/portlet-taglib.jar")) {
            legacyDeployer = new LegacyWarDeployer(dataDir().resolve("deploy"), deployments,
                    "deployment." + EAR_NAME, taglib.readAllBytes());
            legacyDeployer.start(watchdogs);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The legacy WAR deployer did not start", e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static Path dataDir() {
        return Path.of(System.getProperty("portal.data.dir", System.getProperty("jboss.server.data.dir")));
    }

    /** A random token in $PORTAL_DATA/run/admin-token, readable by the owner only, for ./portal import. */
    private static String writeAdminToken() {
        String token = randomHex(24);
        try {
            Path run = dataDir().resolve("run");
            Files.createDirectories(run);
            Path file = run.resolve("admin-token");
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "Admin token could not be written; ./portal import will be refused", e);
        }
        return token;
    }
}
