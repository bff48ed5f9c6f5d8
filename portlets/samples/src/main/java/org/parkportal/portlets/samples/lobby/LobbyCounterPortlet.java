package org.parkportal.portlets.samples.lobby;

import java.io.IOException;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import org.parkportal.portlets.support.PortletView;

/**
 * A Portlet 3 portlet driven from the browser through the Portlet Hub: its buttons run partial actions (the
 * action changes the count, then serveResource renders the new count, without a page load) and an ajax
 * action through the hub resets it. The count is a render parameter, so the page's URL keeps it.
 */
public class LobbyCounterPortlet extends GenericPortlet {

    private final PortletView view = new PortletView(this);

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        request.setAttribute("count", LobbyCount.of(request.getRenderParameters().getValue(LobbyCount.PARAMETER)));
        view.include("lobby/view.jsp", request, response);
    }

    @Override
    public void processAction(ActionRequest request, ActionResponse response) {
        int count = LobbyCount.of(request.getRenderParameters().getValue(LobbyCount.PARAMETER));
        int next = LobbyCount.apply(count, request.getActionParameters().getValue("change"));
        response.getRenderParameters().setValue(LobbyCount.PARAMETER, Integer.toString(next));
    }

    /** The count as markup, in the state the partial action left. */
    @Override
    public void serveResource(ResourceRequest request, ResourceResponse response) throws PortletException, IOException {
        request.setAttribute("count", LobbyCount.of(request.getRenderParameters().getValue(LobbyCount.PARAMETER)));
        response.setContentType("text/html");
        view.include("lobby/count.jsp", request, response);
    }
}
