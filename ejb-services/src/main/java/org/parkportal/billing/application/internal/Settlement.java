package org.parkportal.billing.application.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.application.SettlementLine;
import org.parkportal.billing.domain.BillableItem;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.Charge;
import org.parkportal.billing.domain.ExactAmount;
import org.parkportal.billing.domain.InvoiceStatus;
import org.parkportal.billing.domain.Money;

/**
 * The revenue share report for a period: the charges with a provider that the period's issued invoices collected,
 * per provider and item. Each charge keeps the share of the rate plan version that priced it, so a share changed
 * mid-month is honoured charge by charge; each line is rounded once.
 */
public class Settlement {

    private final EntityManager em;
    private final BillingSettings settings;

    public Settlement(EntityManager em, BillingSettings settings) {
        this.em = em;
        this.settings = settings;
    }

    public List<SettlementLine> report(BillingPeriod period) {
        record Key(String provider, String item) {
        }
        Map<Key, ExactAmount[]> sums = new TreeMap<>(java.util.Comparator.comparing(Key::provider)
                .thenComparing(Key::item));
        for (Charge c : em.createQuery("select c from Charge c, Invoice i where c.invoiceId = i.id "
                        + "and i.period = :period and i.status = :issued and c.provider is not null order by c.id",
                        Charge.class)
                .setParameter("period", period).setParameter("issued", InvoiceStatus.ISSUED).getResultList()) {
            ExactAmount[] sum = sums.computeIfAbsent(new Key(c.provider(), c.itemCode()),
                    k -> new ExactAmount[] {ExactAmount.ZERO, ExactAmount.ZERO});
            sum[0] = sum[0].plus(c.exactAmount());
            sum[1] = sum[1].plus(c.exactAmount().times(c.providerShare().movePointLeft(2)));
        }
        Map<String, String> names = new HashMap<>();
        for (BillableItem item : em.createQuery("select i from BillableItem i", BillableItem.class).getResultList()) {
            names.put(item.code(), item.name());
        }
        List<SettlementLine> lines = new ArrayList<>();
        sums.forEach((key, sum) -> lines.add(new SettlementLine(key.provider(), key.item(),
                names.getOrDefault(key.item(), key.item()), Money.round(sum[0], settings.currency()),
                Money.round(sum[1], settings.currency()))));
        return lines;
    }
}
