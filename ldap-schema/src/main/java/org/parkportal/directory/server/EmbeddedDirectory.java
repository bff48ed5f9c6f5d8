package org.parkportal.directory.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.directory.server.core.api.DirectoryService;
import org.apache.directory.server.ldap.LdapServer;
import org.apache.directory.server.ldap.handlers.extended.PwdModifyHandler;
import org.apache.directory.server.protocol.shared.transport.TcpTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's embedded default directory: ApacheDS in its own JVM, started by ./portal and by the
 * integration tests. Its data lives under --data; it is seeded from the LDIF files in this jar on the
 * first start only, so changes made through the portal survive restarts.
 *
 * <pre>java -cp 'lib/*' org.parkportal.directory.server.EmbeddedDirectory --port 10389 --data DIR
 *      [--host 127.0.0.1] [--admin-password-file FILE] [--initial-admin-password SECRET]</pre>
 *
 * The portal binds as uid=admin,ou=system. Its password is never ApacheDS's well-known default: on the
 * first start it is taken from --initial-admin-password or generated, and written to the password file
 * (default DATA/admin-password, readable by the owner only) where ./portal picks it up.
 */
public final class EmbeddedDirectory {

    static {
        // Before the first logger exists: slf4j-simple reads its settings once.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.parkportal", "info");
        // Noise on every start: duplicate supportedControl values, and the hook we replace with our own.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.directory.api", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.directory.server.core.DefaultDirectoryService", "error");
    }

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDirectory.class);

    private final DirectoryService service;
    private final LdapServer server;

    private EmbeddedDirectory(DirectoryService service, LdapServer server) {
        this.service = service;
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            LOG.error("{}\n{}", e.getMessage(), LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        EmbeddedDirectory directory = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(directory::stop, "directory-shutdown"));
        // ./portal and the integration tests wait for this line.
        LOG.info("Directory listening on ldap://{}:{} (data {})", options.host(), options.port(), options.dataDir());
    }

    static EmbeddedDirectory start(LaunchOptions options) throws Exception {
        Files.createDirectories(options.dataDir());
        Path seededMark = options.dataDir().resolve("seeded");
        Path folder = options.dataDir().resolve("instance");
        if (!Files.exists(seededMark)) {
            seed(folder, AdminPassword.createOrRead(options.adminPasswordFile(), options.initialAdminPassword()));
            Files.writeString(seededMark, "Seeded from the demo directory; delete the data folder to start afresh.\n");
        }
        DirectoryService service = DirectoryInstance.open(folder, true);
        DirectoryInstance.addPortalPartition(service);
        LdapServer server = new LdapServer();
        server.setDirectoryService(service);
        server.setTransports(new TcpTransport(options.host(), options.port()));
        // RFC 3062: the portal changes passwords this way, so the server hashes them.
        server.addExtendedOperationHandler(new PwdModifyHandler());
        server.start();
        return new EmbeddedDirectory(service, server);
    }

    /** First start: schema, demo entries and admin password, in a service that is shut down again. */
    private static void seed(Path folder, AdminPassword password) throws Exception {
        DirectoryService service = DirectoryInstance.open(folder, false);
        try {
            DemoDirectorySeed seed = new DemoDirectorySeed(service);
            seed.addSchema();
            DirectoryInstance.addPortalPartition(service);
            seed.addEntries(password);
        } finally {
            service.shutdown();
        }
    }

    void stop() {
        try {
            server.stop();
            service.shutdown();
        } catch (Exception e) {
            LOG.warn("Shutdown incomplete: {}", e.getMessage(), e);
        }
    }
}
