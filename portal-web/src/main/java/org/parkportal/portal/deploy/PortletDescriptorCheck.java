package org.parkportal.portal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.apache.pluto.container.om.portlet.impl.ConfigurationHolder;

/**
 * Reads a transformed WAR's portlet.xml the way the container will, with the WAR's own classes, before anything is
 * deployed. Pluto 3 is stricter than Pluto 2 and drops what it cannot accept; a WAR whose portlets would silently
 * never appear is refused instead, naming what was dropped.
 */
final class PortletDescriptorCheck {

    private PortletDescriptorCheck() {
    }

    /** @return the names of the portlets the container will take into service */
    static Set<String> check(Path war, Path workDir) throws RejectedWar, IOException {
        try (ZipFile zip = new ZipFile(war.toFile())) {
            ZipEntry descriptor = zip.getEntry("WEB-INF/portlet.xml");
            if (descriptor == null) {
                throw new RejectedWar("WEB-INF/portlet.xml is missing: this is not a portlet application");
            }
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            try (URLClassLoader warClasses = new URLClassLoader(classPath(zip, workDir),
                    PortletDescriptorCheck.class.getClassLoader())) {
                Thread.currentThread().setContextClassLoader(warClasses);
                return read(zip, descriptor);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    private static Set<String> read(ZipFile zip, ZipEntry descriptor) throws RejectedWar, IOException {
        ConfigurationHolder holder = new ConfigurationHolder();
        try (InputStream in = zip.getInputStream(descriptor)) {
            holder.processPortletDD(in);
        } catch (IllegalArgumentException e) {
            throw new RejectedWar("WEB-INF/portlet.xml is not accepted by the portlet container: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new RejectedWar("WEB-INF/portlet.xml cannot be read: " + rootMessage(e), e);
        }
        Set<String> declared = names(holder);
        try {
            holder.validate();
        } catch (IllegalArgumentException e) {
            throw new RejectedWar("WEB-INF/portlet.xml is not accepted by the portlet container: " + e.getMessage(), e);
        }
        Set<String> accepted = names(holder);
        if (declared.isEmpty()) {
            throw new RejectedWar("WEB-INF/portlet.xml declares no portlet");
        }
        if (!accepted.containsAll(declared)) {
            Set<String> dropped = new LinkedHashSet<>(declared);
            dropped.removeAll(accepted);
            throw new RejectedWar("WEB-INF/portlet.xml: the portlet container rejects <portlet> " + dropped
                    + " (its portlet-class, resource-bundle or another element naming a class cannot be loaded or is"
                    + " invalid; see the server log for the element)");
        }
        return accepted;
    }

    private static Set<String> names(ConfigurationHolder holder) {
        Set<String> names = new LinkedHashSet<>();
        for (PortletDefinition portlet : holder.getPad().getPortlets()) {
            names.add(portlet.getPortletName());
        }
        return names;
    }

    /** WEB-INF/classes and the jars of WEB-INF/lib, unpacked into the work folder. */
    private static URL[] classPath(ZipFile zip, Path workDir) throws IOException {
        Path classes = workDir.resolve("classes");
        Path lib = workDir.resolve("lib");
        Files.createDirectories(classes);
        Files.createDirectories(lib);
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName();
            Path target = null;
            if (name.startsWith("WEB-INF/classes/") && !entry.isDirectory()) {
                target = classes.resolve(name.substring("WEB-INF/classes/".length())).normalize();
            } else if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar") && name.indexOf('/', 12) < 0) {
                target = lib.resolve(name.substring("WEB-INF/lib/".length()));
                urls.add(target.toUri().toURL());
            }
            if (target != null) {
                if (!target.startsWith(workDir)) {
                    throw new IOException("entry outside the WAR: " + name);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
