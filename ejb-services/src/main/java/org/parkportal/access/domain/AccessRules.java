package org.parkportal.access.domain;

import java.util.Map;

/**
 * Every grant of the portal at one moment, immutable: a request takes it once and answers all its questions
 * (the page, each window, each portlet) locally, without going back to the service for each.
 *
 * @param adminGroup members of this group may do everything everywhere
 * @param version    changes whenever a grant changes
 */
public record AccessRules(Map<ProtectedResource, Grants> grants, String adminGroup, long version) {

    public static final AccessRules NONE = new AccessRules(Map.of(), "portal-admins", 0);

    public AccessRules {
        grants = Map.copyOf(grants);
    }

    public Grants of(ProtectedResource resource) {
        return grants.getOrDefault(resource, Grants.NONE);
    }

    public boolean allows(Subject subject, Action action, ProtectedResource resource) {
        if (subject.groups().contains(adminGroup)) {
            return true;
        }
        Grants g = of(resource);
        return g.isEmpty() ? resource.kind().openWithoutGrants() : g.allow(subject, action);
    }
}
