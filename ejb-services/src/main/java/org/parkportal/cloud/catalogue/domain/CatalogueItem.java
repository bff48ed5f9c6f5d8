package org.parkportal.cloud.catalogue.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.Words;
import org.parkportal.cloud.inventory.infrastructure.WordsColumn;

/**
 * What every item of the catalogue has (offerings, templates, ISOs): who may order it - everyone when no tenant is
 * listed, else only the tenants listed - and whether it is retired. A retired item is no longer orderable; its row
 * stays for the VMs, volumes and orders that refer to it.
 */
@MappedSuperclass
public abstract class CatalogueItem {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    @Convert(converter = WordsColumn.class)
    private Set<String> tenants = Set.of();

    private boolean retired;

    /** Visible to all tenants (none listed) or to those listed from now on; what was ordered stays. */
    public void changeVisibility(Set<String> tenants) {
        this.tenants = Words.words(tenants);
    }

    public void retire() {
        this.retired = true;
    }

    public boolean retired() { return retired; }

    public boolean visibleTo(String tenant) {
        return tenants.isEmpty() || (tenant != null && tenants.contains(tenant));
    }

    public Long id() { return id; }
    public Set<String> tenants() { return tenants; }
}
