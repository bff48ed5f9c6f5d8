package org.parkportal.cloud.catalogue.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.SecondaryStorage;

/** A VM image in a zone's secondary storage: a new VM's root disk is a copy of it (at least its size). */
@Entity
@Table(name = "cloud_template")
public class Template extends StoredImage {

    protected Template() {
    }

    public Template(SecondaryStorage storage, String name, String osType, long sizeGb, Set<String> tenants) {
        super(storage, name, osType, sizeGb, tenants);
    }
}
