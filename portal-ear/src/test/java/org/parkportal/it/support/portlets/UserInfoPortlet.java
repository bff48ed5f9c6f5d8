package org.parkportal.it.support.portlets;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/** Lists the JSR-286 user information it gets (PortletRequest.USER_INFO), one "name=value" per line. */
public class UserInfoPortlet extends GenericPortlet {

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws IOException {
        response.setContentType("text/html");
        @SuppressWarnings("unchecked")
        Map<String, String> info = (Map<String, String>) request.getAttribute(PortletRequest.USER_INFO);
        StringBuilder text = new StringBuilder("<pre class=\"it-user-info\">");
        if (info == null) {
            text.append("none");
        } else {
            new TreeMap<>(info).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        }
        response.getWriter().write(text.append("</pre>").toString());
    }
}
