package org.parkportal.it.support.portlets;

import java.io.IOException;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/** Shows what its filters left: the markup they wrap around its own, and the parameter its action filter set. */
public class FilteredPortlet extends GenericPortlet {

    @Override
    public void processAction(ActionRequest request, ActionResponse response) {
        response.getRenderParameters().setValue("seen", String.valueOf(request.getAttribute("it.filtered")));
    }

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) throws IOException {
        response.getWriter().write("<meta name=\"it-filter\" content=\"portlet\">");
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws IOException {
        response.setContentType("text/html");
        response.getWriter().write("<span class=\"it-body\">body</span>"
                + "<span class=\"it-seen\">" + request.getRenderParameters().getValue("seen") + "</span>"
                + "<form method=\"post\" action=\"" + response.createActionURL() + "\"><button>Act</button></form>");
    }
}
