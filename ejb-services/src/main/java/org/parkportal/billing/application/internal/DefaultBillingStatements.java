package org.parkportal.billing.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.application.BillingStatements;
import org.parkportal.billing.application.DailyCharges;
import org.parkportal.billing.application.PeriodSummary;
import org.parkportal.billing.application.UsageEntry;
import org.parkportal.billing.domain.BillableItem;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.Charge;
import org.parkportal.billing.domain.ExactAmount;
import org.parkportal.billing.domain.Invoice;
import org.parkportal.billing.domain.InvoiceLine;
import org.parkportal.billing.domain.InvoiceStatus;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.UsageRecord;
import org.parkportal.billing.domain.UsageType;
import org.parkportal.billing.infrastructure.InvoicePdf;

@Stateless
public class DefaultBillingStatements implements BillingStatements {

    private final BillingSettings settings = BillingSettings.fromSystemProperties();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private BillingCaller caller;

    @Override
    public List<Invoice> invoices(String tenant) {
        String whose = caller.tenant(tenant);
        boolean drafts = caller.administrator();
        TypedQuery<Invoice> query = em.createQuery("select i from Invoice i where i.tenant = :tenant"
                + (drafts ? "" : " and i.status = :issued") + " order by i.period desc", Invoice.class)
                .setParameter("tenant", whose);
        if (!drafts) {
            query.setParameter("issued", InvoiceStatus.ISSUED);
        }
        return query.getResultList();
    }

    @Override
    public Invoice invoice(long id) {
        Invoice invoice = em.find(Invoice.class, id);
        boolean admin = caller.administrator();
        // Another tenant's invoice, or a draft, looks exactly like no invoice at all: ids reveal nothing.
        if (invoice == null || !admin && (!invoice.issued() || !invoice.tenant().equals(caller.tenant(null)))) {
            throw new BillingRefused(BillingRefused.Reason.NOT_FOUND, "invoice " + id + " for " + caller.name());
        }
        return invoice;
    }

    @Override
    public byte[] invoicePdf(long id, Locale locale) {
        return new InvoicePdf(locale).render(invoice(id));
    }

    @Override
    public List<UsageEntry> usage(String tenant, Instant from, Instant to, UsageType type) {
        String whose = caller.tenant(tenant);
        if (from == null || to == null || !from.isBefore(to)) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_INTERVAL, from + " to " + to);
        }
        TypedQuery<UsageRecord> query = em.createQuery("select u from UsageRecord u where u.tenant = :tenant "
                        + "and u.start >= :from and u.start < :to" + (type == null ? "" : " and u.usageType = :type")
                        + " order by u.start, u.id", UsageRecord.class)
                .setParameter("tenant", whose).setParameter("from", from).setParameter("to", to);
        if (type != null) {
            query.setParameter("type", type);
        }
        List<UsageRecord> records = query.setMaxResults(MAX_USAGE).getResultList();
        Map<Long, Charge> charges = new HashMap<>();
        if (!records.isEmpty()) {
            em.createQuery("select c from Charge c where c.tenant = :tenant and c.usageStart >= :from "
                            + "and c.usageStart < :to", Charge.class)
                    .setParameter("tenant", whose).setParameter("from", from).setParameter("to", to)
                    .getResultList().forEach(c -> charges.put(c.usageId(), c));
        }
        List<UsageEntry> entries = new ArrayList<>();
        for (UsageRecord r : records) {
            Charge c = charges.get(r.id());
            entries.add(new UsageEntry(r.id(), r.usageType(), r.itemCode(), r.resourceId(), r.quantity(),
                    r.usageType().unit(), r.start(), r.end(),
                    c == null ? null : Money.round(c.exactAmount(), settings.currency())));
        }
        return entries;
    }

    @Override
    public PeriodSummary currentPeriod(String tenant) {
        String whose = caller.tenant(tenant);
        BillingPeriod period = BillingPeriod.of(Instant.now());
        List<Charge> charges = em.createQuery("select c from Charge c where c.tenant = :tenant "
                        + "and c.usagePeriod = :period and c.invoiceId is null order by c.id", Charge.class)
                .setParameter("tenant", whose).setParameter("period", period).getResultList();
        Map<String, String> names = new HashMap<>();
        em.createQuery("select i from BillableItem i", BillableItem.class).getResultList()
                .forEach(i -> names.put(i.code(), i.name()));
        List<InvoiceLine> lines = InvoiceLine.of(charges, code -> names.getOrDefault(code, code), settings.currency());
        Money total = lines.stream().map(l -> Money.exactly(l.amount(), settings.currency()))
                .reduce(Money.zero(settings.currency()), Money::plus);
        long unrated = em.createQuery("select count(u) from UsageRecord u where u.tenant = :tenant and not exists "
                + "(select c from Charge c where c.usageId = u.id)", Long.class)
                .setParameter("tenant", whose).getSingleResult();
        CreditWatch watch = new CreditWatch(em, settings);
        return new PeriodSummary(whose, period, lines, total, unrated, watch.status(whose),
                watch.alerts(whose, period), daily(charges));
    }

    private List<DailyCharges> daily(List<Charge> charges) {
        record Key(LocalDate day, UsageType type) {
        }
        Map<Key, ExactAmount> sums = new TreeMap<>(java.util.Comparator.comparing(Key::day).thenComparing(Key::type));
        for (Charge c : charges) {
            sums.merge(new Key(LocalDate.ofInstant(c.usageStart(), ZoneOffset.UTC), c.usageType()), c.exactAmount(),
                    ExactAmount::plus);
        }
        List<DailyCharges> days = new ArrayList<>();
        sums.forEach((k, v) -> days.add(new DailyCharges(k.day(), k.type(), Money.round(v, settings.currency()))));
        return days;
    }
}
