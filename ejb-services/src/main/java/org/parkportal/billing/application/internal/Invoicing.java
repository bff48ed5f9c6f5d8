package org.parkportal.billing.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.domain.BillableItem;
import org.parkportal.billing.domain.BillingAccount;
import org.parkportal.billing.domain.BillingCounter;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.Charge;
import org.parkportal.billing.domain.CreditApplication;
import org.parkportal.billing.domain.CreditNote;
import org.parkportal.billing.domain.Invoice;
import org.parkportal.billing.domain.InvoiceLine;
import org.parkportal.billing.domain.InvoiceStatus;
import org.parkportal.billing.domain.Money;

/**
 * Prepares (and issues) one tenant's invoice for one month, in the caller's transaction. The invoice collects every
 * charge of the tenant from that month or before that no issued invoice has collected, grouped into lines, then uses
 * the credit the tenant's credit notes have left, then adds tax. An issued invoice is returned as it is.
 */
public class Invoicing {

    private final EntityManager em;
    private final BillingSettings settings;
    private final Accounts accounts;

    public Invoicing(EntityManager em, BillingSettings settings, Accounts accounts) {
        this.em = em;
        this.settings = settings;
        this.accounts = accounts;
    }

    /** Tenants with charges to bill up to the end of the month, and tenants with a draft for it. */
    public List<String> tenantsFor(BillingPeriod period) {
        TreeSet<String> tenants = new TreeSet<>(em.createQuery("select distinct c.tenant from Charge c "
                + "where c.invoiceId is null and c.usagePeriod <= :period", String.class)
                .setParameter("period", period).getResultList());
        tenants.addAll(em.createQuery("select i.tenant from Invoice i where i.period = :period", String.class)
                .setParameter("period", period).getResultList());
        return List.copyOf(tenants);
    }

    /** @return the invoice, or null when the tenant has nothing to bill for that month */
    public Invoice prepare(String tenant, BillingPeriod period, boolean issue, Instant now) {
        BillingAccount account = accounts.lockOrOpen(tenant);
        Invoice invoice = em.createQuery("select i from Invoice i where i.tenant = :tenant and i.period = :period",
                        Invoice.class).setParameter("tenant", tenant).setParameter("period", period)
                .getResultStream().findFirst().orElse(null);
        if (invoice != null && invoice.issued()) {
            return invoice;
        }
        List<Charge> charges = em.createQuery("select c from Charge c where c.tenant = :tenant "
                        + "and c.invoiceId is null and c.usagePeriod <= :period order by c.id", Charge.class)
                .setParameter("tenant", tenant).setParameter("period", period).getResultList();
        if (invoice != null) {
            releaseCredits(invoice);
        }
        if (charges.isEmpty()) {
            if (invoice != null) {
                // Another invoice collected its charges since: an empty draft is no invoice.
                em.remove(invoice);
            }
            return null;
        }
        if (invoice == null) {
            invoice = new Invoice(tenant, period, settings.currency(), now);
            em.persist(invoice);
            em.flush();
        }
        Map<String, String> names = itemNames();
        List<InvoiceLine> lines = InvoiceLine.of(charges, code -> names.getOrDefault(code, code), settings.currency());
        Map<CreditNote, Money> credit = creditLeft(tenant);
        Money available = credit.values().stream().reduce(Money.zero(settings.currency()), Money::plus);
        Money used = invoice.prepare(account.billingName(), account.taxRate(), lines, available);
        applyCredits(invoice, credit, used);
        if (issue) {
            BillingCounter counter = em.find(BillingCounter.class, BillingCounter.INVOICE, LockModeType.PESSIMISTIC_WRITE);
            invoice.issue("INV-%06d".formatted(counter.take()), now);
            for (Charge c : charges) {
                c.billedOn(invoice.id());
            }
        }
        em.flush();
        return invoice;
    }

    private void releaseCredits(Invoice invoice) {
        em.createQuery("delete from CreditApplication a where a.invoiceId = :invoice")
                .setParameter("invoice", invoice.id()).executeUpdate();
    }

    /** What each credit note of the tenant has left, oldest note first (what issued invoices used is gone). */
    private Map<CreditNote, Money> creditLeft(String tenant) {
        Map<CreditNote, Money> left = new java.util.LinkedHashMap<>();
        for (CreditNote note : em.createQuery("select n from CreditNote n where n.tenant = :tenant "
                + "order by n.issuedAt, n.id", CreditNote.class).setParameter("tenant", tenant).getResultList()) {
            BigDecimal usedOnIssued = em.createQuery("select sum(a.amount) from CreditApplication a, Invoice i "
                            + "where a.creditNoteId = :note and a.invoiceId = i.id "
                            + "and i.status = :issued", BigDecimal.class)
                    .setParameter("note", note.id()).setParameter("issued", InvoiceStatus.ISSUED).getSingleResult();
            Money rest = Money.exactly(note.amount(), settings.currency())
                    .minus(Money.exactly(usedOnIssued == null ? BigDecimal.ZERO : usedOnIssued, settings.currency()));
            if (rest.isPositive()) {
                left.put(note, rest);
            }
        }
        return left;
    }

    private void applyCredits(Invoice invoice, Map<CreditNote, Money> credit, Money used) {
        Money toApply = used;
        for (Map.Entry<CreditNote, Money> note : credit.entrySet()) {
            if (!toApply.isPositive()) {
                break;
            }
            Money part = note.getValue().min(toApply);
            em.persist(new CreditApplication(note.getKey().id(), invoice.id(), part.amount()));
            toApply = toApply.minus(part);
        }
    }

    private Map<String, String> itemNames() {
        Map<String, String> names = new HashMap<>();
        for (BillableItem item : em.createQuery("select i from BillableItem i", BillableItem.class).getResultList()) {
            names.put(item.code(), item.name());
        }
        return names;
    }
}
