package org.parkportal.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.parkportal.persistence.InstantColumn;
import org.parkportal.billing.infrastructure.PeriodColumn;

/**
 * The priced form of exactly one usage record (the table's unique usage_id sees to "exactly"): the exact amount, the
 * rate plan version that priced it, the provider's share as it was then, and, once an issued invoice has collected
 * it, that invoice.
 */
@Entity
@Table(name = "billing_charge")
public class Charge {

    /** Exact amounts are stored with this many decimals: prices and quantities have at most 6 each. */
    public static final int AMOUNT_SCALE = 12;

    @Id
    @SequenceGenerator(name = "billing_seq", sequenceName = "billing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_seq")
    private Long id;

    @Column(name = "usage_id")
    private long usageId;

    private String tenant;

    @Column(name = "item_code")
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_type")
    private UsageType usageType;

    @Column(name = "usage_period")
    @Convert(converter = PeriodColumn.class)
    private BillingPeriod usagePeriod;

    @Column(name = "usage_start")
    @Convert(converter = InstantColumn.class)
    private Instant usageStart;

    private BigDecimal quantity;

    @Column(name = "rate_version_id")
    private long rateVersionId;

    private BigDecimal amount;

    @Column(name = "amount_divisor")
    private long amountDivisor;

    private String provider;

    @Column(name = "provider_share")
    private BigDecimal providerShare;

    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(name = "rated_at")
    @Convert(converter = InstantColumn.class)
    private Instant ratedAt;

    protected Charge() {
    }

    public Charge(UsageRecord record, RatePlanVersion version, ExactAmount exact, Instant ratedAt) {
        this.usageId = record.id();
        this.tenant = record.tenant();
        this.itemCode = record.itemCode();
        this.usageType = record.usageType();
        this.usagePeriod = record.period();
        this.usageStart = record.start();
        this.quantity = record.quantity();
        this.rateVersionId = version.id();
        // Exact by construction (see AMOUNT_SCALE): UNNECESSARY fails loudly rather than round.
        this.amount = exact.numerator().setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
        this.amountDivisor = exact.divisor();
        this.provider = version.provider();
        this.providerShare = version.providerShare();
        this.ratedAt = ratedAt;
    }

    public ExactAmount exactAmount() {
        return new ExactAmount(amount, amountDivisor);
    }

    /** An issued invoice collected this charge; it will not be billed again. */
    public void billedOn(long invoice) {
        this.invoiceId = invoice;
    }

    public Long id() { return id; }
    public long usageId() { return usageId; }
    public String tenant() { return tenant; }
    public String itemCode() { return itemCode; }
    public UsageType usageType() { return usageType; }
    public BillingPeriod usagePeriod() { return usagePeriod; }
    public Instant usageStart() { return usageStart; }
    public BigDecimal quantity() { return quantity; }
    public long rateVersionId() { return rateVersionId; }
    public String provider() { return provider; }
    public BigDecimal providerShare() { return providerShare; }
    public Long invoiceId() { return invoiceId; }
    public Instant ratedAt() { return ratedAt; }
}
