package org.parkportal.portal.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Deploys legacy portlet WARs dropped into the deploy folder ($PORTAL_DATA/deploy): checks the portlet
 * descriptor, transforms the WAR to the Jakarta namespace, wires it to the portal (see {@link PortalWiring}) and
 * hands it to WildFly's deployment scanner. The outcome is a marker beside the WAR: NAME.war.deployed, or
 * NAME.war.failed holding the reason. Removing the WAR undeploys it. The WAR itself is never changed.
 */
public final class LegacyWarDeployer {

    private static final Logger LOG = Logger.getLogger(LegacyWarDeployer.class.getName());
    private static final long SCAN_SECONDS = 2;
    private static final long SERVER_TIMEOUT_MILLIS = 120_000;

    private final Path deployDir;
    private final Path serverDeployments;
    private final PortalWiring wiring;
    private ScheduledFuture<?> scanning;

    public LegacyWarDeployer(Path deployDir, Path serverDeployments, String earModule, byte[] taglib) {
        this.deployDir = deployDir;
        this.serverDeployments = serverDeployments;
        this.wiring = new PortalWiring(earModule, taglib);
    }

    public void start(ScheduledExecutorService scheduler) throws IOException {
        Files.createDirectories(deployDir);
        scanning = scheduler.scheduleWithFixedDelay(this::scanSafely, 1, SCAN_SECONDS, TimeUnit.SECONDS);
        LOG.info(() -> "Watching " + deployDir + " for legacy portlet WARs");
    }

    public void stop() {
        if (scanning != null) {
            scanning.cancel(false);
        }
    }

    private void scanSafely() {
        try {
            scan();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Scanning " + deployDir + " failed", e);
        }
    }

    /** One pass: deploy new or changed WARs, undeploy removed ones. */
    void scan() throws IOException {
        try (DirectoryStream<Path> wars = Files.newDirectoryStream(deployDir, "*.war")) {
            for (Path war : wars) {
                if (Files.isRegularFile(war) && !upToDate(war)) {
                    deploy(war);
                }
            }
        }
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(deployDir, "*.war.deployed")) {
            for (Path marker : markers) {
                String name = marker.getFileName().toString().replaceFirst("\\.deployed$", "");
                if (!Files.exists(deployDir.resolve(name))) {
                    undeploy(name, marker);
                }
            }
        }
    }

    private boolean upToDate(Path war) throws IOException {
        FileTime changed = Files.getLastModifiedTime(war);
        for (String outcome : new String[] {".deployed", ".failed"}) {
            Path marker = war.resolveSibling(war.getFileName() + outcome);
            if (Files.exists(marker) && Files.getLastModifiedTime(marker).compareTo(changed) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void deploy(Path war) throws IOException {
        String name = war.getFileName().toString();
        Path deployed = war.resolveSibling(name + ".deployed");
        Path failed = war.resolveSibling(name + ".failed");
        Files.deleteIfExists(deployed);
        Files.deleteIfExists(failed);
        Path work = Files.createTempDirectory("legacy-war-");
        try {
            assertZip(war);
            Path transformed = work.resolve("transformed.war");
            JakartaTransformation.transform(war.toFile(), transformed.toFile());
            Set<String> portlets = PortletDescriptorCheck.check(transformed, work.resolve("check"));
            Path wired = work.resolve("wired.war");
            wiring.wire(transformed, wired);
            handToServer(name, wired);
            Files.writeString(deployed, "deployed portlets " + portlets + "\n", StandardCharsets.UTF_8);
            LOG.info(() -> "Legacy WAR " + name + " deployed with portlets " + portlets);
        } catch (RejectedWar e) {
            Files.writeString(failed, e.getMessage() + "\n", StandardCharsets.UTF_8);
            LOG.log(Level.WARNING, "Legacy WAR " + name + " not deployed: " + e.getMessage(), e.getCause());
        } finally {
            deleteTree(work);
        }
    }

    private static void assertZip(Path war) throws IOException, RejectedWar {
        try (ZipFile zip = new ZipFile(war.toFile())) {
            if (zip.getEntry("WEB-INF/portlet.xml") == null) {
                throw new RejectedWar("WEB-INF/portlet.xml is missing: this is not a portlet application");
            }
        } catch (ZipException e) {
            throw new RejectedWar("not a WAR (zip) file: " + e.getMessage());
        }
    }

    /** Moves the WAR into the scanner's folder and waits for WildFly's verdict. */
    private void handToServer(String name, Path wired) throws IOException, RejectedWar {
        Path target = serverDeployments.resolve(name);
        for (String marker : new String[] {".deployed", ".failed", ".undeployed", ".skipdeploy"}) {
            Files.deleteIfExists(serverDeployments.resolve(name + marker));
        }
        Path staging = serverDeployments.resolveSibling("." + name + ".staging");
        Files.copy(wired, staging, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        long deadline = System.currentTimeMillis() + SERVER_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(serverDeployments.resolve(name + ".deployed"))) {
                return;
            }
            Path failed = serverDeployments.resolve(name + ".failed");
            if (Files.exists(failed)) {
                throw new RejectedWar("the server refused the deployment: " + Files.readString(failed).strip());
            }
            sleep();
        }
        throw new RejectedWar("the server did not deploy it within " + SERVER_TIMEOUT_MILLIS / 1000 + " s");
    }

    private void undeploy(String name, Path marker) throws IOException {
        Files.deleteIfExists(serverDeployments.resolve(name));
        Files.deleteIfExists(marker);
        LOG.info(() -> "Legacy WAR " + name + " removed from " + deployDir + ": undeployed");
    }

    private static void sleep() throws RejectedWar {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedWar("interrupted while waiting for the server");
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not clean " + dir, e);
        }
    }
}
