package org.parkportal.portlets.samples.clock;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import javax.portlet.GenericPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.parkportal.portlets.support.PortletView;

/**
 * A clock refreshed by the browser through the resource phase (no page reload), with its stylesheet
 * contributed in the Portlet 3 header phase so the portal can place it in the page head once.
 * {@code GenericPortlet} implements {@code javax.portlet.HeaderPortlet} since Portlet 3.0.
 */
public class ParkClockPortlet extends GenericPortlet {

    static final String TIME_RESOURCE = "time";
    private static final String STYLE = "<style>"
            + ".park-clock{display:flex;flex-wrap:wrap;gap:.5em;align-items:baseline;font-family:system-ui,sans-serif}"
            + ".park-clock__time{white-space:nowrap;font-size:1.6em;font-variant-numeric:tabular-nums}"
            + ".park-clock__zone{color:#555;font-size:.85em}"
            + ".park-clock__error{color:#a00}"
            + "</style>";

    private static final Logger LOG = System.getLogger(ParkClockPortlet.class.getName());

    private final PortletView view = new PortletView(this);

    private ZoneId zone;

    @Override
    public void init() {
        zone = zoneFrom(getInitParameter("time-zone"));
    }

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) throws PortletException, IOException {
        response.addDependency("park-clock-css", "parkportal", "1.0", STYLE);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        view.include("clock/view.jsp", request, response);
    }

    @Override
    public void serveResource(ResourceRequest request, ResourceResponse response) throws PortletException, IOException {
        if (!TIME_RESOURCE.equals(request.getResourceID())) {
            response.setProperty(ResourceResponse.HTTP_STATUS_CODE, "404");
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        // Each poll must reach the portlet; a cached answer would freeze the clock.
        response.setProperty("Cache-Control", "no-store");
        response.getWriter().write(ClockReading.json(ZonedDateTime.now(zone)));
    }

    /** An unknown zone in portlet.xml must not take the portlet down: fall back to the server's zone and say so. */
    static ZoneId zoneFrom(String configured) {
        if (configured == null || configured.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            LOG.log(Level.WARNING, "Unknown time-zone init-param {0}; using the server''s zone", configured);
            return ZoneId.systemDefault();
        }
    }
}
