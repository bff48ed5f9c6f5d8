package org.parkportal.cloud.inventory.application;

import jakarta.ejb.Local;

/** Loads the demo cloud (two zones, their pods, clusters, hosts, storage and networks, and the catalogue) once. */
@Local
public interface CloudDemo {

    /** Does nothing when the demo zones exist already; answers whether it loaded them. */
    boolean load();
}
