package org.parkportal.directory.domain;

/** A park company: its key (on every person as portalTenant) and its name. */
public record Tenant(String key, String name) {
}
