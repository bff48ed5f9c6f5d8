package org.parkportal.cloud.inventory.application;

import jakarta.ejb.Local;
import java.util.List;

/** The capacity dashboard's figures, for the cloud's operators only (InventoryRefused NOT_ALLOWED otherwise). */
@Local
public interface CapacityReport {

    /** Each zone, then its pods, then its clusters, ordered by name within each level. */
    List<CapacityFigures> figures();
}
