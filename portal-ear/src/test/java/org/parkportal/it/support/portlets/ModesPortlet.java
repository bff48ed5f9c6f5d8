package org.parkportal.it.support.portlets;

import java.io.IOException;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletMode;
import javax.portlet.RenderMode;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/** Shows the mode it renders in; "about" is a custom mode that the portlet manages itself. */
public class ModesPortlet extends GenericPortlet {

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws IOException {
        write(request, response, "view");
    }

    @RenderMode(name = "about")
    public void about(RenderRequest request, RenderResponse response) throws IOException {
        write(request, response, "about:" + request.getPortletMode());
    }

    private static void write(RenderRequest request, RenderResponse response, String text) throws IOException {
        response.setContentType("text/html");
        PortletMode about = new PortletMode("about");
        response.getWriter().write("<p class=\"it-mode\">" + text + "</p><a class=\"it-about\" href=\""
                + response.createRenderURL().toString().replace("&", "&amp;") + "\">self</a>"
                + "<span class=\"it-allowed\">" + request.isPortletModeAllowed(about) + "</span>");
    }
}
