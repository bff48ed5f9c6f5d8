package org.parkportal.portal.hub;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.apache.pluto.container.om.portlet.Supports;
import org.parkportal.portal.container.NavigationEditor;
import org.parkportal.portal.container.PortalWindow;
import org.parkportal.portal.container.WindowNamespaces;
import org.parkportal.portal.navigation.PortalUrl;
import org.parkportal.portal.navigation.PortalUrlCodec;

/**
 * The page state the Portlet Hub (themes/common/portlet-hub.js) works on: for every window, keyed by the
 * portlet's namespace (the id a portlet registers with), its render state as the portlet sees it, the QNames
 * of its public parameters, and the modes and window states it may take; plus the page's render URL and the
 * action token.
 */
public final class HubPageState {

    /** The hub's JSON builders: Json.createObjectBuilder() would look the provider up (a service-loader scan) each time. */
    static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private HubPageState() {
    }

    /** @param token the action token for the hub's own action URLs (the page writes its placeholder) */
    public static JsonObject of(PortalUrl url, Map<String, PortalWindow> windows, String contextPath, String token) {
        NavigationEditor editor = new NavigationEditor(url, windows);
        JsonObjectBuilder portlets = JSON.createObjectBuilder();
        for (PortalWindow window : windows.values()) {
            String id = window.getId().getStringId();
            JsonObjectBuilder parameters = JSON.createObjectBuilder();
            editor.renderParameters(id).forEach((name, values) -> parameters.add(name, strings(values)));
            JsonObjectBuilder pubParms = JSON.createObjectBuilder();
            editor.publicParameterQNames(id).forEach(pubParms::add);
            var nav = url.windowOrDefault(id);
            portlets.add(WindowNamespaces.prefix(id), JSON.createObjectBuilder()
                    .add("window", id)
                    .add("state", JSON.createObjectBuilder().add("parameters", parameters)
                            .add("portletMode", nav.mode()).add("windowState", nav.state()))
                    .add("pubParms", pubParms)
                    .add("allowedPM", strings(modes(window.getPortletDefinition()).toArray(String[]::new)))
                    .add("allowedWS", strings(new String[] {"normal", "minimized", "maximized"})));
        }
        PortalUrl render = url.copy();
        render.target(PortalUrl.Lifecycle.RENDER, null);
        JsonObjectBuilder state = JSON.createObjectBuilder();
        if (token != null) {
            state.add("token", token);
        }
        return state
                .add("base", contextPath + "/" + url.page())
                .add("url", PortalUrlCodec.encode(render, contextPath, null))
                .add("portlets", portlets).build();
    }

    private static Set<String> modes(PortletDefinition portlet) {
        Set<String> modes = new LinkedHashSet<>();
        modes.add("view");
        Supports html = portlet.getSupports("text/html");
        if (html != null) {
            html.getPortletModes().forEach(m -> modes.add(m.toLowerCase(java.util.Locale.ROOT)));
        }
        return modes;
    }

    private static JsonArrayBuilder strings(String[] values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (String v : values) {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        }
        return array;
    }

    /** The state as a script element's content: "</" and line separators cannot end or break the script. */
    public static String forScript(JsonObject state) {
        return state.toString().replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
