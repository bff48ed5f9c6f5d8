package org.parkportal.billing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parkportal.persistence.InstantColumn;

/**
 * The price of a billable item from a moment on, until the item's next version. Rating uses the version in force at
 * the start of each usage record, so a price change never reprices usage from before it. A version may name the
 * provider (ISV) that delivers the item and the percentage of the revenue that goes to them.
 *
 * <p>Prices and quantities carry at most {@link #MAX_SCALE} decimals, so every product is exact.
 */
@Entity
@Table(name = "billing_rate_version")
public class RatePlanVersion {

    public static final int MAX_SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @SequenceGenerator(name = "billing_seq", sequenceName = "billing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id")
    private BillableItem item;

    @Column(name = "effective_from")
    @Convert(converter = InstantColumn.class)
    private Instant effectiveFrom;

    @Enumerated(EnumType.STRING)
    private PricingModel pricing;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "billing_rate_tier", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<PriceTier> tiers = new ArrayList<>();

    private String provider;

    @Column(name = "provider_share")
    private BigDecimal providerShare;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;

    protected RatePlanVersion() {
    }

    /**
     * @param unitPrice the price per unit (per use, per hour, per subscription month); null for TIERED
     * @param tiers     for TIERED only
     * @param provider  the ISV, or null when the park delivers the item itself
     * @param providerShare the provider's percentage of the revenue (0–100, two decimals), with a provider only
     */
    public RatePlanVersion(BillableItem item, Instant effectiveFrom, PricingModel pricing, BigDecimal unitPrice,
                           List<PriceTier> tiers, String provider, BigDecimal providerShare, String createdBy,
                           Instant createdAt) {
        this.item = item;
        this.effectiveFrom = effectiveFrom;
        this.pricing = pricing;
        this.unitPrice = unitPrice;
        this.tiers = new ArrayList<>(tiers == null ? List.of() : tiers);
        this.provider = provider == null || provider.isBlank() ? null : provider.strip();
        this.providerShare = providerShare;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        check();
    }

    private void check() {
        if (item == null || effectiveFrom == null || pricing == null) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_PRICE, "item, start and pricing model are required");
        }
        if (pricing == PricingModel.TIERED) {
            if (unitPrice != null) {
                throw new BillingRefused(BillingRefused.Reason.INVALID_PRICE, "tiered prices are per tier");
            }
            checkTiers();
        } else {
            if (!tiers.isEmpty()) {
                throw new BillingRefused(BillingRefused.Reason.INVALID_TIERS, "tiers belong to tiered pricing only");
            }
            checkPrice(unitPrice);
        }
        if (pricing == PricingModel.PER_HOUR && item.unit() != Unit.HOURS) {
            throw new BillingRefused(BillingRefused.Reason.PRICING_UNIT_MISMATCH, item.code() + " counts " + item.unit());
        }
        if (provider != null && provider.length() > BillableItem.MAX_NAME) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_SHARE, "provider name too long");
        }
        if ((provider == null) != (providerShare == null)) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_SHARE, "a provider needs a share and a share a provider");
        }
        if (providerShare != null && (providerShare.signum() < 0 || providerShare.compareTo(HUNDRED) > 0
                || providerShare.stripTrailingZeros().scale() > 2)) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_SHARE, providerShare.toPlainString());
        }
    }

    private void checkTiers() {
        if (tiers.isEmpty()) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_TIERS, "no tiers");
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            PriceTier tier = tiers.get(i);
            checkPrice(tier.unitPrice());
            boolean last = i == tiers.size() - 1;
            if (last != (tier.upTo() == null)) {
                throw new BillingRefused(BillingRefused.Reason.INVALID_TIERS, "only the last tier is open-ended");
            }
            if (!last) {
                if (tier.upTo().compareTo(previous) <= 0 || tier.upTo().stripTrailingZeros().scale() > MAX_SCALE) {
                    throw new BillingRefused(BillingRefused.Reason.INVALID_TIERS, "bounds must rise: " + tier.upTo());
                }
                previous = tier.upTo();
            }
        }
    }

    private static void checkPrice(BigDecimal price) {
        if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > MAX_SCALE
                || price.precision() - price.scale() > 13) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_PRICE, String.valueOf(price));
        }
    }

    /**
     * The exact charge for a usage record priced by this version.
     *
     * @param quantity      the record's quantity, in the item's unit
     * @param start         start of the record's interval (which lies within one month)
     * @param end           end of the interval, exclusive
     * @param monthToDate   the tenant's quantity of this item already rated in the record's month (tiers only)
     */
    public ExactAmount charge(BigDecimal quantity, Instant start, Instant end, BigDecimal monthToDate) {
        return switch (pricing) {
            case PER_USE, PER_HOUR -> ExactAmount.of(quantity.multiply(unitPrice));
            case MONTHLY -> {
                // Prorated to the second: the fee times the share of the month the record covers, kept as a fraction.
                long covered = end.getEpochSecond() - start.getEpochSecond();
                yield new ExactAmount(unitPrice.multiply(quantity).multiply(BigDecimal.valueOf(covered)),
                        BillingPeriod.of(start).seconds());
            }
            case TIERED -> ExactAmount.of(tieredCost(monthToDate.add(quantity)).subtract(tieredCost(monthToDate)));
        };
    }

    /**
     * What a running total of {@code total} units costs under the tiers (graduated: each unit at its tier's price).
     * A record's charge is the difference of two running totals, so the month's charges add up to the cost of the
     * month's total, whatever order the records are rated in.
     */
    BigDecimal tieredCost(BigDecimal total) {
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal lower = BigDecimal.ZERO;
        for (PriceTier tier : tiers) {
            BigDecimal upper = tier.upTo() == null ? total : tier.upTo().min(total);
            if (upper.compareTo(lower) > 0) {
                cost = cost.add(upper.subtract(lower).multiply(tier.unitPrice()));
            }
            if (tier.upTo() == null || total.compareTo(tier.upTo()) <= 0) {
                break;
            }
            lower = tier.upTo();
        }
        return cost;
    }

    public Long id() { return id; }
    public BillableItem item() { return item; }
    public Instant effectiveFrom() { return effectiveFrom; }
    public PricingModel pricing() { return pricing; }
    public BigDecimal unitPrice() { return unitPrice; }
    public List<PriceTier> tiers() { return List.copyOf(tiers); }
    public String provider() { return provider; }
    public BigDecimal providerShare() { return providerShare; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
