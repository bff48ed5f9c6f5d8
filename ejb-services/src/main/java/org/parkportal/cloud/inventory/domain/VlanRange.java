package org.parkportal.cloud.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Inclusive VLAN ids 1..4094 a network's guest traffic may use; no two networks of a zone overlap. */
@Embeddable
public class VlanRange {

    @Column(name = "vlan_first")
    private int first;

    @Column(name = "vlan_last")
    private int last;

    protected VlanRange() {
    }

    public VlanRange(int first, int last) {
        if (first < 1 || last > 4094 || first > last) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_VLAN_RANGE, first + "-" + last);
        }
        this.first = first;
        this.last = last;
    }

    public boolean overlaps(VlanRange other) {
        return first <= other.last && other.first <= last;
    }

    public int first() { return first; }
    public int last() { return last; }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
