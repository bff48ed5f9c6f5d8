package org.parkportal.it.support.portlets;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/** Counts its renders, so a test sees whether the portal served its markup from the expiration cache. */
public class CountingPortlet extends GenericPortlet {

    private final AtomicInteger renders = new AtomicInteger();

    @Override
    public void processAction(ActionRequest request, ActionResponse response) {
        // Nothing to do: an action on the page is what must drop the cached markup.
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws IOException {
        response.setContentType("text/html");
        PortletURL action = response.createActionURL();
        response.getWriter().write("<p class=\"it-renders\">" + renders.incrementAndGet() + "</p>"
                + "<form method=\"post\" action=\"" + action + "\"><button>Act</button></form>");
    }
}
