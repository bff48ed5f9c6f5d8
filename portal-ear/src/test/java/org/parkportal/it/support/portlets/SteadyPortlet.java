package org.parkportal.it.support.portlets;

import java.io.IOException;
import javax.portlet.GenericPortlet;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/** Renders at once: it must be unaffected by its faulty and slow neighbours. */
public class SteadyPortlet extends GenericPortlet {

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws IOException {
        response.setContentType("text/html");
        response.getWriter().write("<p class=\"it-steady\">steady</p>");
    }
}
