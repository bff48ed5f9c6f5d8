package org.parkportal.portal.driver;

import jakarta.ejb.EJB;
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
import org.parkportal.layout.application.PageService;
import org.parkportal.layout.application.PreferenceService;
import org.parkportal.layout.interfaces.PageSetReader;
import org.parkportal.portal.container.ParkPortalServices;

/**
 * Starts the portlet container with the portal's services before any portlet WAR (the EAR initialises the
 * portal WAR first), loads the demo page set into an empty database, and writes the local admin token.
 */
@WebListener
public class PortalRuntime implements ServletContextListener {

    static final String ATTRIBUTE = PortalRuntime.class.getName();
    private static final Logger LOG = Logger.getLogger(PortalRuntime.class.getName());
    private static final String DEMO_PAGES = "/pages/demo-pages.json";

    @EJB
    private PageService pages;

    @EJB
    private PreferenceService preferences;

    private PortletContainer container;
    private ParkPortalServices services;
    private String adminToken;

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
        loadDemoPagesIfEmpty();
        adminToken = writeAdminToken();
        event.getServletContext().setAttribute(ATTRIBUTE, this);
        LOG.info("Portal driver started");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (container != null) {
            try {
                container.destroy();
            } catch (PortletContainerException e) {
                LOG.log(Level.WARNING, "Portlet container did not stop cleanly", e);
            }
        }
    }

    static PortalRuntime of(ServletContext context) {
        return (PortalRuntime) context.getAttribute(ATTRIBUTE);
    }

    PortletContainer container() { return container; }
    ParkPortalServices services() { return services; }
    PageService pages() { return pages; }
    String adminToken() { return adminToken; }

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
    }

    /** A random token in $PORTAL_DATA/run/admin-token, readable by the owner only, for ./portal import. */
    private static String writeAdminToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        String dataDir = System.getProperty("portal.data.dir", System.getProperty("jboss.server.data.dir"));
        try {
            Path run = Path.of(dataDir, "run");
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
