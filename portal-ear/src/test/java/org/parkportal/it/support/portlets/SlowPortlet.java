package org.parkportal.it.support.portlets;

import java.io.IOException;
import javax.portlet.GenericPortlet;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/** Takes 5 s to render: longer than the window timeout the tests give the portal (2 s). */
public class SlowPortlet extends GenericPortlet {

    static final long DELAY_MILLIS = 5_000;

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws IOException {
        try {
            Thread.sleep(DELAY_MILLIS);
        } catch (InterruptedException e) {
            // The portal gave up on this window: stop, write nothing.
            Thread.currentThread().interrupt();
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("<p class=\"it-slow\">late</p>");
    }
}
