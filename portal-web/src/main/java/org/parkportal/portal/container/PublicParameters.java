package org.parkportal.portal.container;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.apache.pluto.container.om.portlet.PublicRenderParameter;

/**
 * Maps a portlet's public render parameter identifiers to the QNames under which the page shares them.
 * Two windows share a value when their portlets declare the same QName, whatever identifier each uses.
 */
final class PublicParameters {

    private PublicParameters() {
    }

    /** "{namespace}local" of the identifier in this portlet's application, or null when it is not public. */
    static String qname(PortletDefinition portlet, String identifier) {
        if (!portlet.getSupportedPublicRenderParameters().contains(identifier)) {
            return null;
        }
        PublicRenderParameter prp = portlet.getApplication().getPublicRenderParameter(identifier);
        if (prp == null) {
            return null;
        }
        QName q = prp.getQName();
        return q == null ? null : q.toString();
    }

    static List<String> identifiers(PortletDefinition portlet) {
        return new ArrayList<>(portlet.getSupportedPublicRenderParameters());
    }
}
