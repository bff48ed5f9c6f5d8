package org.parkportal.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.regex.Pattern;

/**
 * Something the park charges for (VM hours of an offering, volume storage, a room booking), named by a stable code
 * that producers put on their usage records. Its prices are the {@link RatePlanVersion}s.
 */
@Entity
@Table(name = "billing_item")
public class BillableItem {

    /** Lower-case words joined by dots or dashes, e.g. {@code vm.running.small}. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    public static final int MAX_CODE = 100;
    public static final int MAX_NAME = 200;

    @Id
    @SequenceGenerator(name = "billing_seq", sequenceName = "billing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_seq")
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_type")
    private UsageType usageType;

    protected BillableItem() {
    }

    public BillableItem(String code, String name, UsageType usageType) {
        if (code == null || code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_CODE, String.valueOf(code));
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_NAME, String.valueOf(name));
        }
        if (usageType == null) {
            throw new BillingRefused(BillingRefused.Reason.WRONG_USAGE_TYPE, "none");
        }
        this.code = code;
        this.name = name.strip();
        this.usageType = usageType;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public UsageType usageType() { return usageType; }
    public Unit unit() { return usageType.unit(); }
}
