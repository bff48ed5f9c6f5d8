package org.parkportal.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.parkportal.billing.infrastructure.PeriodColumn;

/**
 * One line of an invoice: all charges of one item from one usage month, their quantity and their amount, rounded
 * once (the rounding rule, {@link Money#round}). A charge from an earlier month that an issued invoice had not
 * collected (late usage) gets a line of its own, labelled with its month.
 */
@Embeddable
public class InvoiceLine {

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "item_name")
    private String itemName;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_type")
    private UsageType usageType;

    @Column(name = "usage_period")
    @Convert(converter = PeriodColumn.class)
    private BillingPeriod usagePeriod;

    private BigDecimal quantity;

    private BigDecimal amount;

    protected InvoiceLine() {
    }

    public InvoiceLine(String itemCode, String itemName, UsageType usageType, BillingPeriod usagePeriod,
                       BigDecimal quantity, Money amount) {
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.usageType = usageType;
        this.usagePeriod = usagePeriod;
        this.quantity = quantity;
        this.amount = amount.amount();
    }

    /**
     * The lines for these charges: one per (usage month, item), in that order; the amount is the exact sum of the
     * charges, rounded once.
     *
     * @param itemName the display name of an item code (the code itself if the item is gone)
     */
    public static List<InvoiceLine> of(List<Charge> charges, Function<String, String> itemName, Currency currency) {
        record Key(BillingPeriod period, String item) {
        }
        Map<Key, List<Charge>> groups = new TreeMap<>(Comparator.comparing(Key::period).thenComparing(Key::item));
        for (Charge c : charges) {
            groups.computeIfAbsent(new Key(c.usagePeriod(), c.itemCode()), k -> new ArrayList<>()).add(c);
        }
        List<InvoiceLine> lines = new ArrayList<>();
        groups.forEach((key, group) -> {
            ExactAmount exact = ExactAmount.ZERO;
            BigDecimal quantity = BigDecimal.ZERO;
            for (Charge c : group) {
                exact = exact.plus(c.exactAmount());
                quantity = quantity.add(c.quantity());
            }
            lines.add(new InvoiceLine(key.item(), itemName.apply(key.item()), group.get(0).usageType(), key.period(),
                    quantity, Money.round(exact, currency)));
        });
        return lines;
    }

    public String itemCode() { return itemCode; }
    public String itemName() { return itemName; }
    public UsageType usageType() { return usageType; }
    public Unit unit() { return usageType.unit(); }
    public BillingPeriod usagePeriod() { return usagePeriod; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal amount() { return amount; }
}
