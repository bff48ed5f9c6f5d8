package org.parkportal.it.support.portlets;

import java.io.IOException;
import javax.portlet.GenericPortlet;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.portlet.ResourceURL;

/** Has no async-supported: tries startPortletAsync anyway and reports what the container said. */
public class NoAsyncPortlet extends GenericPortlet {

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws IOException {
        response.setContentType("text/html");
        ResourceURL url = response.createResourceURL();
        url.setResourceID("try");
        response.getWriter().write("<a class=\"it-try\" href=\"" + url + "\">try</a>");
    }

    @Override
    public void serveResource(ResourceRequest request, ResourceResponse response) throws IOException {
        String outcome;
        try {
            request.startPortletAsync();
            outcome = "started";
        } catch (IllegalStateException e) {
            outcome = "refused";
        }
        response.setContentType("text/plain");
        response.getWriter().write("supported=" + request.isAsyncSupported()
                + "\nstartPortletAsync " + outcome
                + "\nstarted=" + request.isAsyncStarted()
                + "\ncontext=" + request.getPortletAsyncContext()
                + "\ndispatcher type: " + request.getDispatcherType());
    }
}
