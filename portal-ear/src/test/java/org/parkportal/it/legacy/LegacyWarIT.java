package org.parkportal.it.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;

/**
 * A portlet WAR built for Java EE (javax.servlet, portlet API 2.0, JSP portlet taglib) dropped into the deploy
 * folder is transformed and deployed unchanged in its code; its portlet then works on a page like any other:
 * render, action with the CSRF token, an event to a portlet of another application, and a resource.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegacyWarIT {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(120);

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    /**
     * The legacy WAR depends on the EAR's module, and WildFly refuses to undeploy a module that a deployment
     * still depends on: take the WAR out (as an administrator would) before Arquillian undeploys the EAR.
     */
    @AfterAll
    static void removeLegacyWars() throws IOException, InterruptedException {
        Path deployDir = deployDir();
        try (var wars = Files.newDirectoryStream(deployDir, "*.war")) {
            for (Path war : wars) {
                Files.delete(war);
            }
        }
        Path serverDeployments = Path.of(System.getProperty("jboss.home"), "standalone", "deployments");
        long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (var deployed = Files.newDirectoryStream(serverDeployments, "*.war.deployed")) {
                if (!deployed.iterator().hasNext()) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        fail("legacy WARs still deployed in " + serverDeployments + " after " + DEPLOY_TIMEOUT);
    }

    @Test
    void legacyWarIsTransformedDeployedAndWorksOnAPage() throws Exception {
        Path marker = drop(Path.of(System.getProperty("legacy.war", "target/test-wars/legacy-sample.war")),
                "legacy-sample.war");
        assertTrue(Files.readString(marker).contains("legacy-guestbook"), Files.readString(marker));

        PageSets.importOrFail("""
                {"pages":[{"name":"it-legacy","title":"Legacy","layout":"two-columns-50-50","hidden":true,"grants":{"view":["all-users"]},"windows":[
                  {"id":"it-legacy-guestbook","portlet":"legacy-sample/legacy-guestbook","column":0},
                  {"id":"it-legacy-desk","portlet":"reception/reception-desk","column":1}]}]}
                """);
        PortalClient client = PortalClient.newSession();
        PortalPage page = awaitRegistered(client, "it-legacy", "it-legacy-guestbook");
        assertTrue(page.windowError("it-legacy-guestbook").isEmpty(), page.excerpt());

        PortalPage redirect = client.post(page.formAction("it-legacy-guestbook"),
                Map.of("author", "Grace Hopper", "message", "Hello from 1986"));
        assertEquals(302, redirect.status(), redirect.excerpt());
        PortalPage after = client.follow(redirect);
        assertTrue(after.windowText("it-legacy-guestbook").contains("Hello from 1986"), after.excerpt());
        assertTrue(after.windowText("it-legacy-desk").contains("Grace Hopper"),
                "the guestbook's event should reach the reception desk: " + after.windowText("it-legacy-desk"));

        String resource = after.window("it-legacy-guestbook").html().replace("&amp;", "&")
                .replaceAll("(?s).*?(/portal/it-legacy\\?p_l=resource[^\"']*).*", "$1");
        PortalPage count = client.get(resource);
        assertEquals(200, count.status());
        assertEquals("1", count.body().strip());
    }

    @Test
    void warWithoutPortletDescriptorIsRefusedWithItsReason() throws Exception {
        Path notAPortletApp = Files.createTempFile("plain", ".war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notAPortletApp))) {
            zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
            zip.write("<web-app/>".getBytes());
            zip.closeEntry();
        }
        Path marker = drop(notAPortletApp, "plain-webapp.war");
        assertTrue(marker.getFileName().toString().endsWith(".failed"), marker.toString());
        assertTrue(Files.readString(marker).contains("WEB-INF/portlet.xml"), Files.readString(marker));
    }

    @Test
    void portletWhoseClassIsMissingIsNamedInTheRefusal() throws Exception {
        Path broken = Files.createTempFile("broken", ".war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(broken))) {
            zip.putNextEntry(new ZipEntry("WEB-INF/portlet.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <portlet-app xmlns="http://java.sun.com/xml/ns/portlet/portlet-app_2_0.xsd" version="2.0">
                      <portlet>
                        <portlet-name>ghost</portlet-name>
                        <portlet-class>com.example.DoesNotExist</portlet-class>
                        <supports><mime-type>text/html</mime-type><portlet-mode>VIEW</portlet-mode></supports>
                        <portlet-info><title>Ghost</title></portlet-info>
                      </portlet>
                    </portlet-app>
                    """.getBytes());
            zip.closeEntry();
        }
        Path marker = drop(broken, "ghost-portlets.war");
        assertTrue(marker.getFileName().toString().endsWith(".failed"), marker.toString());
        assertTrue(Files.readString(marker).contains("ghost"), Files.readString(marker));
    }

    /** Copies the WAR into the portal's deploy folder and waits for the portal's verdict marker. */
    private static Path drop(Path war, String name) throws IOException, InterruptedException {
        Path deployDir = deployDir();
        Path staging = deployDir.resolve("." + name + ".part");
        Files.copy(war, staging, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staging, deployDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String outcome : new String[] {".deployed", ".failed"}) {
                Path marker = deployDir.resolve(name + outcome);
                if (Files.exists(marker)) {
                    return marker;
                }
            }
            Thread.sleep(250);
        }
        return fail("no .deployed or .failed marker for " + name + " after " + DEPLOY_TIMEOUT);
    }

    private static Path deployDir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("it.data.dir", "target/it-data"), "deploy"));
    }

    /**
     * A freshly deployed WAR's portlets register within Pluto's retry period (10 s) if the WAR started before the
     * portal; until then the window reports the portlet as not installed.
     */
    private static PortalPage awaitRegistered(PortalClient client, String page, String window)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        PortalPage answer = client.get(page);
        while (answer.windowError(window).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            answer = client.get(page);
        }
        return answer;
    }
}
