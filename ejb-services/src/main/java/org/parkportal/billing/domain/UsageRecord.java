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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parkportal.persistence.InstantColumn;

/**
 * What a service measured: a quantity of one billable item used by one tenant over an interval within one month.
 * Written once, never changed; the producer's source key makes a retried write find the first one.
 */
@Entity
@Table(name = "billing_usage")
public class UsageRecord {

    public static final int MAX_SOURCE_KEY = 200;
    public static final int MAX_RESOURCE_ID = 200;
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    @Id
    @SequenceGenerator(name = "billing_seq", sequenceName = "billing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_seq")
    private Long id;

    @Column(name = "source_key")
    private String sourceKey;

    private String tenant;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_type")
    private UsageType usageType;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "resource_id")
    private String resourceId;

    private BigDecimal quantity;

    @Column(name = "start_at")
    @Convert(converter = InstantColumn.class)
    private Instant start;

    @Column(name = "end_at")
    @Convert(converter = InstantColumn.class)
    private Instant end;

    @Column(name = "recorded_at")
    @Convert(converter = InstantColumn.class)
    private Instant recordedAt;

    protected UsageRecord() {
    }

    /** Checks the record against the item it names; every problem is a {@link BillingRefused} with its reason. */
    public UsageRecord(String sourceKey, String tenant, BillableItem item, UsageType usageType, String resourceId,
                       BigDecimal quantity, Instant start, Instant end, Instant recordedAt) {
        if (sourceKey == null || sourceKey.isBlank() || sourceKey.length() > MAX_SOURCE_KEY
                || sourceKey.chars().anyMatch(Character::isISOControl)) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_SOURCE_KEY, String.valueOf(sourceKey));
        }
        if (tenant == null || !TENANT.matcher(tenant).matches()) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_TENANT, String.valueOf(tenant));
        }
        if (item == null) {
            throw new BillingRefused(BillingRefused.Reason.UNKNOWN_ITEM, sourceKey);
        }
        if (usageType != item.usageType()) {
            throw new BillingRefused(BillingRefused.Reason.WRONG_USAGE_TYPE,
                    item.code() + " is " + item.usageType() + ", not " + usageType);
        }
        if (resourceId != null && resourceId.length() > MAX_RESOURCE_ID) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_SOURCE_KEY, "resource id too long");
        }
        if (start == null || end == null || !start.isBefore(end) || end.isAfter(BillingPeriod.of(start).end())) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_INTERVAL, start + " to " + end);
        }
        if (quantity == null || quantity.signum() < 0 || quantity.stripTrailingZeros().scale() > RatePlanVersion.MAX_SCALE
                || quantity.precision() - quantity.scale() > 13) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_QUANTITY, String.valueOf(quantity));
        }
        if (item.unit() == Unit.HOURS && quantity.multiply(SECONDS_PER_HOUR)
                .compareTo(BigDecimal.valueOf(Duration.between(start, end).getSeconds())) > 0) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_QUANTITY,
                    quantity + " hours do not fit between " + start + " and " + end);
        }
        this.sourceKey = sourceKey;
        this.tenant = tenant;
        this.usageType = usageType;
        this.itemCode = item.code();
        this.resourceId = resourceId;
        this.quantity = quantity;
        this.start = start;
        this.end = end;
        this.recordedAt = recordedAt;
    }

    /** Whether a retried write says the same as this record (then it is the same record). */
    public boolean sameUsageAs(UsageRecord other) {
        return sourceKey.equals(other.sourceKey) && tenant.equals(other.tenant) && usageType == other.usageType
                && itemCode.equals(other.itemCode) && Objects.equals(resourceId, other.resourceId)
                && quantity.compareTo(other.quantity) == 0 && start.equals(other.start) && end.equals(other.end);
    }

    public BillingPeriod period() {
        return BillingPeriod.of(start);
    }

    public Long id() { return id; }
    public String sourceKey() { return sourceKey; }
    public String tenant() { return tenant; }
    public UsageType usageType() { return usageType; }
    public String itemCode() { return itemCode; }
    public String resourceId() { return resourceId; }
    public BigDecimal quantity() { return quantity; }
    public Instant start() { return start; }
    public Instant end() { return end; }
    public Instant recordedAt() { return recordedAt; }
}
