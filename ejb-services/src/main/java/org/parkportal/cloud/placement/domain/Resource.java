package org.parkportal.cloud.placement.domain;

/** What can run out: CPU (MHz), RAM (MiB) or primary storage (GB). Named in every refusal. */
public enum Resource {
    CPU("MHz"), RAM("MiB"), STORAGE("GB");

    private final String unit;

    Resource(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
