package org.parkportal.billing.application.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.application.NewUsage;
import org.parkportal.billing.domain.BillableItem;
import org.parkportal.billing.domain.BillingAccount;
import org.parkportal.billing.domain.CreditNote;
import org.parkportal.billing.domain.PriceTier;
import org.parkportal.billing.domain.PricingModel;
import org.parkportal.billing.domain.RatePlanVersion;
import org.parkportal.billing.domain.UsageType;

/**
 * The fixed usage of April 2025 behind golden-2025-04.txt: items, prices (one change mid-month), accounts, credit
 * notes and usage records of acme and globex. The expected invoices were worked out by hand in that file.
 */
final class GoldenUsage {

    static final Currency EUR = Currency.getInstance("EUR");
    static final BillingSettings SETTINGS = new BillingSettings(EUR, BigDecimal.ZERO, 3);
    static final Instant SET_UP = Instant.parse("2025-03-20T00:00:00Z");
    static final Instant INVOICED = Instant.parse("2025-05-01T03:00:00Z");

    /** The usage records, in the order a producer might send them. */
    static final List<NewUsage> RECORDS = List.of(
            usage("acme-vm1-a", "acme", UsageType.RUNNING_VM, "vm.running.small", "vm-1", "240", "2025-04-01T00:00:00Z", "2025-04-11T00:00:00Z"),
            usage("acme-vm1-b", "acme", UsageType.RUNNING_VM, "vm.running.small", "vm-1", "120", "2025-04-16T00:00:00Z", "2025-04-21T00:00:00Z"),
            usage("acme-vm2", "acme", UsageType.RUNNING_VM, "vm.running.small", "vm-2", "3.5", "2025-04-15T22:00:00Z", "2025-04-16T02:00:00Z"),
            usage("acme-vm1-alloc", "acme", UsageType.ALLOCATED_VM, "vm.allocated.small", "vm-1", "720", "2025-04-01T00:00:00Z", "2025-05-01T00:00:00Z"),
            usage("acme-ip1", "acme", UsageType.IP_ADDRESS, "ip.address", "ip-1", "720", "2025-04-01T00:00:00Z", "2025-05-01T00:00:00Z"),
            usage("acme-ip2", "acme", UsageType.IP_ADDRESS, "ip.address", "ip-2", "9", "2025-04-01T00:00:00Z", "2025-04-01T09:00:00Z"),
            usage("acme-vol1-a", "acme", UsageType.VOLUME, "storage.volume", "vol-1", "900", "2025-04-01T00:00:00Z", "2025-04-16T00:00:00Z"),
            usage("acme-vol1-b", "acme", UsageType.VOLUME, "storage.volume", "vol-1", "4600", "2025-04-16T00:00:00Z", "2025-05-01T00:00:00Z"),
            usage("acme-room-1", "acme", UsageType.SERVICE_USE, "room.booking", "room-a", "2", "2025-04-07T09:00:00Z", "2025-04-07T11:00:00Z"),
            usage("acme-room-2", "acme", UsageType.SERVICE_USE, "room.booking", "room-b", "1", "2025-04-22T14:00:00Z", "2025-04-22T15:00:00Z"),
            usage("acme-crm-1", "acme", UsageType.SUBSCRIPTION, "crm.seat", "crm", "2", "2025-04-10T00:00:00Z", "2025-05-01T00:00:00Z"),
            usage("acme-crm-2", "acme", UsageType.SUBSCRIPTION, "crm.seat", "crm", "1", "2025-04-01T00:00:00Z", "2025-05-01T00:00:00Z"),
            usage("acme-crm-3", "acme", UsageType.SUBSCRIPTION, "crm.seat", "crm", "1", "2025-04-20T08:00:00Z", "2025-05-01T00:00:00Z"),
            usage("globex-vm9", "globex", UsageType.RUNNING_VM, "vm.running.small", "vm-9", "48", "2025-04-01T00:00:00Z", "2025-04-03T00:00:00Z"),
            usage("globex-vol", "globex", UsageType.VOLUME, "storage.volume", "vol-9", "12000", "2025-04-01T00:00:00Z", "2025-05-01T00:00:00Z"),
            usage("globex-room", "globex", UsageType.SERVICE_USE, "room.booking", "room-a", "1", "2025-04-09T10:00:00Z", "2025-04-09T11:00:00Z"));

    private GoldenUsage() {
    }

    /** Items, prices, accounts and credit notes (no usage). */
    static void prices(BillingDatabase db) {
        db.run(em -> {
            BillableItem running = item(em, "vm.running.small", "VM running hours (small)", UsageType.RUNNING_VM);
            em.persist(version(running, "2025-01-01T00:00:00Z", PricingModel.PER_HOUR, "0.045", null, null, null));
            em.persist(version(running, "2025-04-16T00:00:00Z", PricingModel.PER_HOUR, "0.050", null, null, null));
            em.persist(version(item(em, "vm.allocated.small", "VM allocated hours (small)", UsageType.ALLOCATED_VM),
                    "2025-01-01T00:00:00Z", PricingModel.PER_HOUR, "0.010", null, null, null));
            em.persist(version(item(em, "ip.address", "Public IP address hours", UsageType.IP_ADDRESS),
                    "2025-01-01T00:00:00Z", PricingModel.PER_HOUR, "0.005", null, null, null));
            em.persist(version(item(em, "storage.volume", "Volume storage GB-hours", UsageType.VOLUME),
                    "2025-01-01T00:00:00Z", PricingModel.TIERED, null, List.of(
                            new PriceTier(new BigDecimal("1000"), new BigDecimal("0.0004")),
                            new PriceTier(new BigDecimal("5000"), new BigDecimal("0.0003")),
                            new PriceTier(null, new BigDecimal("0.0002"))), null, null));
            em.persist(version(item(em, "room.booking", "会议室预订 Meeting room booking", UsageType.SERVICE_USE),
                    "2025-01-01T00:00:00Z", PricingModel.PER_USE, "15.00", null, "Northwind Rooms", "30"));
            em.persist(version(item(em, "crm.seat", "CRM seat", UsageType.SUBSCRIPTION),
                    "2025-01-01T00:00:00Z", PricingModel.MONTHLY, "12.00", null, "Contoso CRM", "70"));
            em.persist(new BillingAccount("acme", "Acme Robotics", new BigDecimal("19")));
            em.persist(new BillingAccount("globex", "Globex Foods", new BigDecimal("8.1")));
            em.persist(new CreditNote("acme", new BigDecimal("20.00"), EUR, "Outage on 3 March", "admin", SET_UP));
            em.persist(new CreditNote("globex", new BigDecimal("25.00"), EUR, "Welcome credit", "admin", SET_UP));
        });
    }

    static void usage(BillingDatabase db) {
        for (NewUsage usage : RECORDS) {
            db.run(em -> new UsageBook(em).record(usage, INVOICED));
        }
    }

    private static BillableItem item(jakarta.persistence.EntityManager em, String code, String name, UsageType type) {
        BillableItem item = new BillableItem(code, name, type);
        em.persist(item);
        return item;
    }

    private static RatePlanVersion version(BillableItem item, String from, PricingModel model, String price,
                                           List<PriceTier> tiers, String provider, String share) {
        return new RatePlanVersion(item, Instant.parse(from), model, price == null ? null : new BigDecimal(price),
                tiers, provider, share == null ? null : new BigDecimal(share), "admin", SET_UP);
    }

    static NewUsage usage(String key, String tenant, UsageType type, String item, String resource, String quantity,
                          String start, String end) {
        return new NewUsage(key, tenant, type, item, resource, new BigDecimal(quantity), Instant.parse(start),
                Instant.parse(end));
    }
}
