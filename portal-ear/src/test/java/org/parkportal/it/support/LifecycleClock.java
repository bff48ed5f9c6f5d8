package org.parkportal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.time.Instant;

/**
 * The cloud's lifecycle clock in the server, through it-portlets' CloudTimeServlet (so only in ITs that extend
 * {@link WithTestPortlets}): set it to play a VM's past hours through the real services, then give it back.
 */
public final class LifecycleClock {

    private LifecycleClock() {
    }

    /** From now on the cloud's lifecycle stands at {@code at}. */
    public static void setTo(PortalClient admin, Instant at) {
        post(admin, "/it-portlets/cloud-time?at=" + at);
    }

    /** The system clock again. */
    public static void release(PortalClient admin) {
        post(admin, "/it-portlets/cloud-time");
    }

    private static void post(PortalClient admin, String path) {
        PortalPage answer = admin.send(admin.request(PortalUrls.server().resolve(path))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, answer.status(), answer::body);
    }
}
