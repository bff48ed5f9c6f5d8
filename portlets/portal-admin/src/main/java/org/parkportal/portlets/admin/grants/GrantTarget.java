package org.parkportal.portlets.admin.grants;

import org.parkportal.access.domain.ProtectedResource;
import org.parkportal.layout.domain.WindowPlacement;

/**
 * What the grants portlet edits, written as one form value: {@code page:PATH}, {@code window:ID} or
 * {@code portlet:APPLICATION/NAME} (the way the audit log names grant targets too).
 */
public final class GrantTarget {

    private GrantTarget() {
    }

    /** The resource the value names; null for anything else. */
    public static ProtectedResource parse(String value) {
        if (value == null) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon < 1 || colon == value.length() - 1) {
            return null;
        }
        String id = value.substring(colon + 1);
        return switch (value.substring(0, colon)) {
            case "page" -> ProtectedResource.page(id);
            case "window" -> ProtectedResource.window(id);
            case "portlet" -> WindowPlacement.isPortletName(id) ? ProtectedResource.portlet(id) : null;
            default -> null;
        };
    }

    public static String of(ProtectedResource resource) {
        return resource.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + resource.id();
    }
}
