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
import org.parkportal.persistence.InstantColumn;
import org.parkportal.billing.infrastructure.PeriodColumn;

/** A tenant's spending in a period reached 80 % (or 100 %) of its credit limit; raised once per level and period. */
@Entity
@Table(name = "billing_quota_alert")
public class QuotaAlert {

    public static final int WARNING = 80;
    public static final int REACHED = 100;

    @Id
    @SequenceGenerator(name = "billing_seq", sequenceName = "billing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_seq")
    private Long id;

    private String tenant;

    @Convert(converter = PeriodColumn.class)
    private BillingPeriod period;

    @Column(name = "alert_level")
    private int level;

    private BigDecimal exposure;

    @Column(name = "credit_limit")
    private BigDecimal creditLimit;

    @Column(name = "raised_at")
    @Convert(converter = InstantColumn.class)
    private Instant raisedAt;

    protected QuotaAlert() {
    }

    public QuotaAlert(String tenant, BillingPeriod period, int level, Money exposure, BigDecimal creditLimit,
                      Instant raisedAt) {
        this.tenant = tenant;
        this.period = period;
        this.level = level;
        this.exposure = exposure.amount();
        this.creditLimit = creditLimit;
        this.raisedAt = raisedAt;
    }

    public String tenant() { return tenant; }
    public BillingPeriod period() { return period; }
    public int level() { return level; }
    public BigDecimal exposure() { return exposure; }
    public BigDecimal creditLimit() { return creditLimit; }
    public Instant raisedAt() { return raisedAt; }
}
