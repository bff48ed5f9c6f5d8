package org.parkportal.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row locked for writing to serialise work across threads and cluster nodes: {@code rating} (tiers need the
 * month's running total as committed by earlier batches) and {@code invoice} (numbers without gaps).
 */
@Entity
@Table(name = "billing_counter")
public class BillingCounter {

    public static final String RATING = "rating";
    public static final String INVOICE = "invoice";

    @Id
    private String name;

    @Column(name = "next_value")
    private long nextValue;

    protected BillingCounter() {
    }

    /** Returns the current value and counts on. */
    public long take() {
        return nextValue++;
    }

    public String name() { return name; }
}
