package org.parkportal.access.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The grants on one resource: for each action, who has it. Grants add up: a subject may do an action when any
 * grantee of that action or of a stronger one matches.
 */
public record Grants(Map<Action, Set<Grantee>> byAction) {

    public static final Grants NONE = new Grants(Map.of());

    public Grants {
        EnumMap<Action, Set<Grantee>> copy = new EnumMap<>(Action.class);
        byAction.forEach((action, grantees) -> {
            if (!grantees.isEmpty()) {
                copy.put(action, Set.copyOf(grantees));
            }
        });
        byAction = Map.copyOf(copy);
    }

    public boolean isEmpty() {
        return byAction.isEmpty();
    }

    public Set<Grantee> of(Action action) {
        return byAction.getOrDefault(action, Set.of());
    }

    public boolean allow(Subject subject, Action wanted) {
        for (Map.Entry<Action, Set<Grantee>> grant : byAction.entrySet()) {
            if (grant.getKey().includes(wanted) && grant.getValue().stream().anyMatch(g -> g.matches(subject))) {
                return true;
            }
        }
        return false;
    }
}
