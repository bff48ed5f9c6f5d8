package org.parkportal.portlets.samples.city;

import java.util.Arrays;
import java.util.Optional;

/**
 * The park's sites. The id is the stable value of the public render parameter {@code city}; the label is
 * translated through the key {@code site.<id>} in each portlet's bundle. Getters rather than a record,
 * because Jakarta EL 5 (Jakarta EE 10) does not read record accessors.
 */
public enum ParkSite {
    NORTH_GATE("north-gate"),
    LAKESIDE("lakeside"),
    TECH_HUB("tech-hub");

    private final String id;

    ParkSite(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getLabelKey() {
        return "site." + id;
    }

    public static Optional<ParkSite> byId(String id) {
        return Arrays.stream(values()).filter(site -> site.id.equals(id)).findFirst();
    }
}
