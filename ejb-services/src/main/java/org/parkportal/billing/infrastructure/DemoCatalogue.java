package org.parkportal.billing.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parkportal.billing.application.NewUsage;
import org.parkportal.billing.application.internal.UsageBook;
import org.parkportal.billing.domain.BillableItem;
import org.parkportal.billing.domain.BillingAccount;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.PriceTier;
import org.parkportal.billing.domain.PricingModel;
import org.parkportal.billing.domain.RatePlanVersion;
import org.parkportal.billing.domain.UsageType;

/** Writes the demo's items, prices, accounts and usage in one transaction (see DemoBillingLoader). */
@Stateless
public class DemoCatalogue {

    private static final Instant SINCE = Instant.parse("2020-01-01T00:00:00Z");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** @return false when billing had data already */
    public boolean write(Instant now) {
        if (em.createQuery("select count(i) from BillableItem i", Long.class).getSingleResult() > 0) {
            return false;
        }
        price(item("vm.running.small", "VM running hours, small (1 vCPU, 2 GB)", UsageType.RUNNING_VM), PricingModel.PER_HOUR, "0.045", null, null);
        price(item("vm.running.medium", "VM running hours, medium (2 vCPU, 4 GB)", UsageType.RUNNING_VM), PricingModel.PER_HOUR, "0.090", null, null);
        price(item("vm.allocated.small", "VM allocated hours, small", UsageType.ALLOCATED_VM), PricingModel.PER_HOUR, "0.010", null, null);
        price(item("vm.allocated.medium", "VM allocated hours, medium", UsageType.ALLOCATED_VM), PricingModel.PER_HOUR, "0.015", null, null);
        price(item("ip.address", "Public IP address hours", UsageType.IP_ADDRESS), PricingModel.PER_HOUR, "0.005", null, null);
        BillableItem volume = item("storage.volume", "Volume storage (GB-hours)", UsageType.VOLUME);
        em.persist(new RatePlanVersion(volume, SINCE, PricingModel.TIERED, null, List.of(
                new PriceTier(new BigDecimal("50000"), new BigDecimal("0.00014")),
                new PriceTier(new BigDecimal("250000"), new BigDecimal("0.00011")),
                new PriceTier(null, new BigDecimal("0.00008"))), null, null, "demo", SINCE));
        price(item("storage.snapshot", "Snapshot storage (GB-hours)", UsageType.SNAPSHOT), PricingModel.PER_USE, "0.00005", null, null);
        price(item("room.booking", "Meeting room booking 会议室预订", UsageType.SERVICE_USE), PricingModel.PER_USE, "15.00", "Northwind Rooms", "30");
        price(item("print.page", "Printed page", UsageType.SERVICE_USE), PricingModel.PER_USE, "0.08", null, null);
        price(item("crm.seat", "CRM seat (monthly)", UsageType.SUBSCRIPTION), PricingModel.MONTHLY, "12.00", "Contoso CRM", "70");

        em.persist(new BillingAccount("park", "Park Operations", BigDecimal.ZERO));
        BillingAccount acme = new BillingAccount("acme", "Acme Robotics", new BigDecimal("19"));
        acme.change("Acme Robotics", new BigDecimal("19"), new BigDecimal("500"), false, java.util.Currency.getInstance(
                System.getProperty("portal.billing.currency", "EUR")));
        em.persist(acme);
        em.persist(new BillingAccount("globex", "Globex Foods 环球食品", new BigDecimal("8.1")));
        em.flush();

        UsageBook book = new UsageBook(em);
        BillingPeriod current = BillingPeriod.of(now);
        Instant until = now.truncatedTo(ChronoUnit.HOURS);
        for (BillingPeriod period : List.of(current.previous(), current)) {
            Instant end = period.equals(current) ? until : period.end();
            for (Instant day = period.start(); day.isBefore(end); day = day.plus(1, ChronoUnit.DAYS)) {
                Instant dayEnd = day.plus(1, ChronoUnit.DAYS).isAfter(end) ? end : day.plus(1, ChronoUnit.DAYS);
                long hours = ChronoUnit.HOURS.between(day, dayEnd);
                int dayOfMonth = day.atZone(java.time.ZoneOffset.UTC).getDayOfMonth();
                boolean weekday = day.atZone(java.time.ZoneOffset.UTC).getDayOfWeek().getValue() <= 5;
                daily(book, now, "acme", UsageType.RUNNING_VM, "vm.running.small", "acme-web-1", hours, day, dayEnd);
                daily(book, now, "acme", UsageType.ALLOCATED_VM, "vm.allocated.small", "acme-web-1", hours, day, dayEnd);
                daily(book, now, "acme", UsageType.ALLOCATED_VM, "vm.allocated.medium", "acme-build-1", hours, day, dayEnd);
                if (weekday) {
                    daily(book, now, "acme", UsageType.RUNNING_VM, "vm.running.medium", "acme-build-1",
                            Math.min(10, hours), day, dayEnd);
                }
                daily(book, now, "acme", UsageType.IP_ADDRESS, "ip.address", "acme-ip-1", hours, day, dayEnd);
                daily(book, now, "acme", UsageType.VOLUME, "storage.volume", "acme-vol-1", 200 * hours, day, dayEnd);
                daily(book, now, "globex", UsageType.RUNNING_VM, "vm.running.small", "globex-erp-1", hours, day, dayEnd);
                daily(book, now, "globex", UsageType.ALLOCATED_VM, "vm.allocated.small", "globex-erp-1", hours, day, dayEnd);
                daily(book, now, "globex", UsageType.VOLUME, "storage.volume", "globex-vol-1", 50 * hours, day, dayEnd);
                daily(book, now, "globex", UsageType.SNAPSHOT, "storage.snapshot", "globex-snap-1", 20 * hours, day, dayEnd);
                if (weekday && hours == 24) {
                    daily(book, now, "globex", UsageType.SERVICE_USE, "print.page", "globex-printer", 40 + dayOfMonth, day, dayEnd);
                }
                if (dayOfMonth % 7 == 3 && hours == 24) {
                    daily(book, now, "acme", UsageType.SERVICE_USE, "room.booking", "room-atlas", 2, day, dayEnd);
                    daily(book, now, "globex", UsageType.SERVICE_USE, "room.booking", "room-boreal", 1, day, dayEnd);
                }
            }
            if (period.start().isBefore(end)) {
                daily(book, now, "acme", UsageType.SUBSCRIPTION, "crm.seat", "acme-crm", 5, period.start(), end);
                daily(book, now, "globex", UsageType.SUBSCRIPTION, "crm.seat", "globex-crm", 2, period.start(), end);
            }
        }
        return true;
    }

    /**
     * The items the cloud's metering writes (docs/cloud.md, "Metering"), each added with its price when missing, so a
     * demo database made before them gets them too. The custom offering is priced per vCPU-hour. Prices are in the
     * park's one currency (EUR by default), next to the older demo items' (vm.running.small 0.045 an hour).
     *
     * @return how many were added
     */
    public int addCloudItems() {
        int added = 0;
        added += cloudItem("vm.running.small", "VM running hours, small (1 vCPU, 2 GB)", UsageType.RUNNING_VM, PricingModel.PER_HOUR, "0.045");
        added += cloudItem("vm.running.medium", "VM running hours, medium (2 vCPU, 4 GB)", UsageType.RUNNING_VM, PricingModel.PER_HOUR, "0.090");
        added += cloudItem("vm.running.large", "VM running hours, large (4 vCPU, 8 GB)", UsageType.RUNNING_VM, PricingModel.PER_HOUR, "0.180");
        added += cloudItem("vm.running.custom", "VM running vCPU-hours, custom offering", UsageType.RUNNING_VM, PricingModel.PER_HOUR, "0.025");
        added += cloudItem("vm.allocated.small", "VM allocated hours, small", UsageType.ALLOCATED_VM, PricingModel.PER_HOUR, "0.010");
        added += cloudItem("vm.allocated.medium", "VM allocated hours, medium", UsageType.ALLOCATED_VM, PricingModel.PER_HOUR, "0.015");
        added += cloudItem("vm.allocated.large", "VM allocated hours, large", UsageType.ALLOCATED_VM, PricingModel.PER_HOUR, "0.025");
        added += cloudItem("vm.allocated.custom", "VM allocated vCPU-hours, custom offering", UsageType.ALLOCATED_VM, PricingModel.PER_HOUR, "0.004");
        added += cloudItem("volume.gb", "Volume storage (GB-hours)", UsageType.VOLUME, PricingModel.PER_USE, "0.00014");
        added += cloudItem("snapshot.gb", "Snapshot storage (GB-hours)", UsageType.SNAPSHOT, PricingModel.PER_USE, "0.00005");
        added += cloudItem("ip.public", "Public IP address hours", UsageType.IP_ADDRESS, PricingModel.PER_HOUR, "0.005");
        return added;
    }

    private int cloudItem(String code, String name, UsageType type, PricingModel model, String price) {
        if (em.createQuery("select count(i) from BillableItem i where i.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0) {
            return 0;
        }
        price(item(code, name, type), model, price, null, null);
        return 1;
    }

    private BillableItem item(String code, String name, UsageType type) {
        BillableItem item = new BillableItem(code, name, type);
        em.persist(item);
        return item;
    }

    private void price(BillableItem item, PricingModel model, String price, String provider, String share) {
        em.persist(new RatePlanVersion(item, SINCE, model, new BigDecimal(price), null, provider,
                share == null ? null : new BigDecimal(share), "demo", SINCE));
    }

    private static void daily(UsageBook book, Instant now, String tenant, UsageType type, String item, String resource,
                              long quantity, Instant start, Instant end) {
        book.record(new NewUsage("demo:" + tenant + ":" + item + ":" + resource + ":" + start, tenant, type, item,
                resource, BigDecimal.valueOf(quantity), start, end), now);
    }
}
