package org.parkportal.portal.hub;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.portlet.PortletException;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletContainerException;
import org.parkportal.portal.aggregation.BufferedResponse;
import org.parkportal.portal.container.PortalWindow;
import org.parkportal.portal.container.RequestState;
import org.parkportal.portal.container.WindowNamespaces;
import org.parkportal.portal.navigation.PortalUrl;

/**
 * The Portlet Hub's two requests that change state, answered with the page's new state as JSON instead of a
 * redirect: an ajax action ({@code action()} in the hub), and a partial action ({@code startPartialAction()}),
 * which also runs the target's serveResource in the new state and returns its output as the target's render
 * data. The caller has checked the CSRF token. "affected" names the windows that received events, so the hub
 * can reload the page when one of them is not a hub portlet.
 */
public final class HubActions {

    private final PortletContainer container;

    public HubActions(PortletContainer container) {
        this.container = container;
    }

    public void action(PortalWindow target, RequestState state, HttpServletRequest request,
                       HttpServletResponse response) throws PortletException, IOException, PortletContainerException {
        container.doAction(target, request, response, false);
        answer(state, Map.of(), request, response);
    }

    public void partialAction(PortalWindow target, RequestState state, HttpServletRequest request,
                              HttpServletResponse response)
            throws PortletException, IOException, PortletContainerException {
        container.doAction(target, request, response, false);
        String id = target.getId().getStringId();
        PortalUrl resource = state.result().copy();
        resource.target(PortalUrl.Lifecycle.RESOURCE, id);
        var nav = resource.windowOrDefault(id);
        PortalWindow inNewState = new PortalWindow(id, target.getPortletDefinition(), nav.mode(), nav.state());
        Map<String, PortalWindow> windows = new LinkedHashMap<>(state.windows());
        windows.put(id, inNewState);
        RequestState serving = new RequestState(resource, windows, state.contextPath(), state::csrfToken);
        serving.bind(request);
        BufferedResponse output = new BufferedResponse(response);
        try {
            container.doServeResource(inNewState, request, output);
        } finally {
            state.bind(request);
        }
        answer(state, Map.of(WindowNamespaces.prefix(id), HubPageState.JSON.createObjectBuilder()
                .add("content", output.text())
                .add("mimeType", output.getContentType() == null ? "text/html" : output.getContentType())),
                request, response);
    }

    private static void answer(RequestState state, Map<String, JsonObjectBuilder> renderData,
                               HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArrayBuilder affected = HubPageState.JSON.createArrayBuilder();
        state.eventTargets().forEach(affected::add);
        JsonObjectBuilder data = HubPageState.JSON.createObjectBuilder();
        renderData.forEach(data::add);
        JsonObjectBuilder answer = HubPageState.JSON.createObjectBuilder()
                .add("pageState", HubPageState.of(state.result(), state.windows(), state.contextPath(), null))
                .add("affected", affected)
                .add("renderData", data);
        if (state.portletRedirect() != null) {
            answer.add("redirect", state.portletRedirect());
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(answer.build().toString());
    }
}
