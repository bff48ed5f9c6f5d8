package org.parkportal.cloud.catalogue.domain;

import java.util.Set;

/** Who may order an item: everyone when the tenant list is empty, else only the tenants listed. */
final class Visibility {

    private Visibility() {
    }

    static boolean visibleTo(Set<String> tenants, String tenant) {
        return tenants.isEmpty() || (tenant != null && tenants.contains(tenant));
    }
}
