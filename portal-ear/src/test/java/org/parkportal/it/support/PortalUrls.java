package org.parkportal.it.support;

import java.io.File;
import java.net.URI;

/**
 * Addresses of the server the integration tests start. With an EAR of several WARs Arquillian's injected URL
 * names an arbitrary module (or none), so the tests build their URLs from the port offset instead.
 */
public final class PortalUrls {

    /** HTTP port of WildFly's default configuration, before the offset. */
    private static final int HTTP_PORT = 8080;

    private PortalUrls() {
    }

    /** The port offset of the test server (failsafe sets {@code it.port.offset} from the parent POM). */
    public static int portOffset() {
        return Integer.getInteger("it.port.offset", 300);
    }

    /** http://127.0.0.1:8380/ with the default offset. */
    public static URI server() {
        return URI.create("http://127.0.0.1:" + (HTTP_PORT + portOffset()) + "/");
    }

    /** The portal WAR's root, http://127.0.0.1:8380/portal/ with the default offset. */
    public static URI portal() {
        return server().resolve("portal/");
    }

    /** A path below the portal's root, e.g. {@code portal("health")}. */
    public static URI portal(String path) {
        return portal().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A web module's root by context, e.g. {@code context("samples")}. */
    public static URI context(String contextRoot) {
        return server().resolve(contextRoot.replaceAll("^/+", "").replaceAll("/*$", "/"));
    }

    /** The EAR that the build made (failsafe sets {@code portal.ear}; target/portal.ear otherwise). */
    public static File ear() {
        return new File(System.getProperty("portal.ear", "target/portal.ear"));
    }
}
