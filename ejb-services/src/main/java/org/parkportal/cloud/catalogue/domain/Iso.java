package org.parkportal.cloud.catalogue.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.SecondaryStorage;

/** An installation or tools ISO in a zone's secondary storage, attachable to a VM. */
@Entity
@Table(name = "cloud_iso")
public class Iso extends StoredImage {

    protected Iso() {
    }

    public Iso(SecondaryStorage storage, String name, String osType, long sizeGb, Set<String> tenants) {
        super(storage, name, osType, sizeGb, tenants);
    }
}
