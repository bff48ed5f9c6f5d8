package org.parkportal.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a tiered price: each unit of the month's running total above the previous tier's bound and up to
 * {@code upTo} (no bound for the last tier) costs {@code unitPrice}.
 */
@Embeddable
public class PriceTier {

    @Column(name = "up_to")
    private BigDecimal upTo;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    protected PriceTier() {
    }

    public PriceTier(BigDecimal upTo, BigDecimal unitPrice) {
        this.upTo = upTo;
        this.unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
    }

    /** Null for the open-ended last tier. */
    public BigDecimal upTo() { return upTo; }
    public BigDecimal unitPrice() { return unitPrice; }
}
