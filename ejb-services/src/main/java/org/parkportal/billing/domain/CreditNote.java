package org.parkportal.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.parkportal.persistence.InstantColumn;

/**
 * Money an administrator credits a tenant (a goodwill gesture, a correction of an issued invoice). The next invoices
 * use it up, before tax, until nothing is left.
 */
@Entity
@Table(name = "billing_credit_note")
public class CreditNote {

    public static final int MAX_REASON = 500;

    @Id
    @SequenceGenerator(name = "billing_seq", sequenceName = "billing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_seq")
    private Long id;

    private String tenant;

    private BigDecimal amount;

    private String reason;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    @Convert(converter = InstantColumn.class)
    private Instant issuedAt;

    protected CreditNote() {
    }

    public CreditNote(String tenant, BigDecimal amount, Currency currency, String reason, String issuedBy,
                      Instant issuedAt) {
        if (amount == null || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()
                || amount.precision() - amount.scale() > 15) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_AMOUNT, String.valueOf(amount));
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_REASON, "reason");
        }
        this.tenant = tenant;
        this.amount = amount;
        this.reason = reason.strip();
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public Long id() { return id; }
    public String tenant() { return tenant; }
    public BigDecimal amount() { return amount; }
    public String reason() { return reason; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
}
