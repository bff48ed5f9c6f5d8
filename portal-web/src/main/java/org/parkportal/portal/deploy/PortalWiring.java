package org.parkportal.portal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * What a transformed legacy WAR still needs to run in this portal, added without touching its code:
 * <ul>
 *   <li>a dependency on the portal EAR's lib/ (the one portlet API and the one Pluto), through
 *       WEB-INF/jboss-deployment-structure.xml;</li>
 *   <li>the portal's portlet taglib in WEB-INF/lib (Jasper finds TLDs only there);</li>
 *   <li>Pluto 2's invoker servlet in web.xml replaced by Pluto 3's (the old class is an empty stub in Pluto 3,
 *       and its mapping would block the one Pluto's initializer registers).</li>
 * </ul>
 */
final class PortalWiring {

    static final String TAGLIB_ENTRY = "WEB-INF/lib/parkportal-portlet-taglib.jar";
    private static final String STRUCTURE_ENTRY = "WEB-INF/jboss-deployment-structure.xml";
    private static final Pattern PLUTO2_INVOKER =
            Pattern.compile("org\\.apache\\.pluto\\.container\\.driver\\.PortletServlet(?![0-9A-Za-z_])");

    private final String earModule;
    private final byte[] taglib;

    /** @param earModule the EAR's module name, e.g. "deployment.portal.ear" */
    PortalWiring(String earModule, byte[] taglib) {
        this.earModule = earModule;
        this.taglib = taglib;
    }

    void wire(Path transformedWar, Path output) throws IOException, RejectedWar {
        boolean hasStructure = false;
        try (ZipFile in = new ZipFile(transformedWar.toFile());
             OutputStream file = Files.newOutputStream(output);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().equals(TAGLIB_ENTRY)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    switch (entry.getName()) {
                        case "WEB-INF/web.xml" -> out.write(webXml(data));
                        case STRUCTURE_ENTRY -> {
                            hasStructure = true;
                            out.write(structure(data));
                        }
                        default -> data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            if (!hasStructure) {
                out.putNextEntry(new ZipEntry(STRUCTURE_ENTRY));
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!-- Added by Park Portal: the portlet API and container come from the portal's EAR. -->\n"
                        + "<jboss-deployment-structure>\n  <deployment>\n    <dependencies>\n"
                        + "      " + dependency() + "\n"
                        + "    </dependencies>\n  </deployment>\n</jboss-deployment-structure>\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(TAGLIB_ENTRY));
            out.write(taglib);
            out.closeEntry();
        }
    }

    private String dependency() {
        return "<module name=\"" + earModule + "\" services=\"import\"/>";
    }

    private static byte[] webXml(InputStream data) throws IOException {
        String xml = new String(data.readAllBytes(), StandardCharsets.UTF_8);
        return PLUTO2_INVOKER.matcher(xml).replaceAll("org.apache.pluto.container.driver.PortletServlet3")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Adds the EAR dependency to the WAR's own structure file. */
    private byte[] structure(InputStream data) throws IOException, RejectedWar {
        String xml = new String(data.readAllBytes(), StandardCharsets.UTF_8);
        if (xml.contains("\"" + earModule + "\"")) {
            return xml.getBytes(StandardCharsets.UTF_8);
        }
        int dependencies = xml.indexOf("<dependencies>");
        if (dependencies < 0) {
            throw new RejectedWar(STRUCTURE_ENTRY + " has no <dependencies> element to add the portal's module to");
        }
        int at = dependencies + "<dependencies>".length();
        return (xml.substring(0, at) + "\n      " + dependency() + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
    }
}
