package org.parkportal.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.ldap.client.api.LdapConnection;
import org.apache.directory.ldap.client.api.LdapNetworkConnection;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The directory of the integration tests. Unless -Dit.directory.embedded=false, it starts the portal's embedded
 * ApacheDS (ldap-schema's launcher, its own JVM, seeded with the demo directory) once per test run, before the
 * first test and so before Arquillian starts WildFly, and stops it at the end. WildFly finds it through the
 * portal.ldap.* properties that arquillian.xml passes on.
 */
public final class TestDirectory implements LauncherSessionListener {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private Process process;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.parseBoolean(System.getProperty("it.directory.embedded", "false"))
                || System.getProperty("it.directory.lib") == null) {
            return;
        }
        try {
            process = start();
        } catch (IOException e) {
            throw new IllegalStateException("The test directory did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Process start() throws IOException {
        Path data = Path.of(System.getProperty("it.directory.data"));
        Files.createDirectories(data);
        Path log = data.resolveSibling("it-directory.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process started = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("it.directory.lib") + "/*",
                "org.parkportal.directory.server.EmbeddedDirectory",
                "--port", String.valueOf(ldapPort()), "--data", data.toString(),
                "--initial-admin-password", bindPassword())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!started.isAlive()) {
                throw new IOException("it exited; see " + log + ":\n" + Files.readString(log));
            }
            if (Files.readString(log).contains("Directory listening")) {
                return started;
            }
            sleep();
        }
        started.destroyForcibly();
        throw new IOException("not listening after " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    public static int ldapPort() {
        return java.net.URI.create(System.getProperty("it.ldap.url", "ldap://127.0.0.1:10689")).getPort();
    }

    public static String host() {
        return java.net.URI.create(System.getProperty("it.ldap.url", "ldap://127.0.0.1:10689")).getHost();
    }

    public static String bindDn() {
        return System.getProperty("it.ldap.bind.dn", "uid=admin,ou=system");
    }

    public static String bindPassword() {
        return System.getProperty("it.ldap.bind.password", "it-directory-admin");
    }

    /** A connection bound as the portal's directory account, for tests that prepare entries. */
    public static LdapConnection adminConnection() throws LdapException {
        LdapNetworkConnection connection = new LdapNetworkConnection(host(), ldapPort());
        connection.bind(bindDn(), bindPassword());
        return connection;
    }
}
