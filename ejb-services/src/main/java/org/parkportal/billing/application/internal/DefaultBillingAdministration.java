package org.parkportal.billing.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.billing.application.AccountSummary;
import org.parkportal.billing.application.BillingAdministration;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.application.InvoicingService;
import org.parkportal.billing.application.NewRateVersion;
import org.parkportal.billing.application.RatingResult;
import org.parkportal.billing.application.RatingService;
import org.parkportal.billing.application.SettlementLine;
import org.parkportal.billing.domain.BillableItem;
import org.parkportal.billing.domain.BillingAccount;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.CreditNote;
import org.parkportal.billing.domain.Invoice;
import org.parkportal.billing.domain.InvoiceStatus;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.RatePlanVersion;
import org.parkportal.billing.domain.UsageType;
import org.parkportal.directory.application.DirectoryService;
import org.parkportal.directory.domain.Tenant;

/** Every method checks first that the caller administers the portal; every change goes to the audit log. */
@Stateless
public class DefaultBillingAdministration implements BillingAdministration {

    private static final Logger LOG = Logger.getLogger(DefaultBillingAdministration.class.getName());

    private final BillingSettings settings = BillingSettings.fromSystemProperties();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private BillingCaller caller;

    @EJB
    private DirectoryService directory;

    @EJB
    private RatingService rating;

    @EJB
    private InvoicingService invoicing;

    @EJB
    private InvoiceRuns runs;

    @EJB
    private AuditLog audit;

    @Override
    public List<BillableItem> items() {
        caller.requireAdministrator();
        return em.createQuery("select i from BillableItem i order by i.code", BillableItem.class).getResultList();
    }

    @Override
    public List<RatePlanVersion> rateVersions() {
        caller.requireAdministrator();
        return em.createQuery("select v from RatePlanVersion v order by v.item.code, v.effectiveFrom desc",
                RatePlanVersion.class).getResultList();
    }

    @Override
    public void createItem(String code, String name, UsageType usageType) {
        caller.requireAdministrator();
        String clean = code == null ? null : code.strip();
        if (new UsageBook(em).item(clean).isPresent()) {
            throw new BillingRefused(BillingRefused.Reason.CODE_TAKEN, clean);
        }
        em.persist(new BillableItem(clean, name, usageType));
        audit.record(AuditAction.BILLING_CHANGED, "billing-item:" + clean, "created, " + usageType);
    }

    @Override
    public void addRateVersion(NewRateVersion v) {
        caller.requireAdministrator();
        BillableItem item = new UsageBook(em).item(v.itemCode()).orElseThrow(
                () -> new BillingRefused(BillingRefused.Reason.UNKNOWN_ITEM, String.valueOf(v.itemCode())));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (v.effectiveDay() == null || !v.effectiveDay().isAfter(today)) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_EFFECTIVE_DATE, String.valueOf(v.effectiveDay()));
        }
        Instant from = v.effectiveDay().atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean laterExists = em.createQuery("select count(r) from RatePlanVersion r where r.item = :item "
                + "and r.effectiveFrom >= :from", Long.class).setParameter("item", item).setParameter("from", from)
                .getSingleResult() > 0;
        if (laterExists) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_EFFECTIVE_DATE, "not after the latest version");
        }
        em.persist(new RatePlanVersion(item, from, v.pricing(), v.unitPrice(), v.tiers(), v.provider(),
                v.providerShare(), caller.name(), Instant.now()));
        audit.record(AuditAction.BILLING_CHANGED, "billing-item:" + item.code(), "new price from " + v.effectiveDay()
                + ": " + v.pricing() + " " + (v.unitPrice() == null ? v.tiers().size() + " tiers" : v.unitPrice())
                + (v.provider() == null ? "" : ", " + v.provider() + " " + v.providerShare() + " %"));
    }

    @Override
    public List<AccountSummary> accounts() {
        caller.requireAdministrator();
        Set<String> tenants = new TreeSet<>(em.createQuery("select a.tenant from BillingAccount a", String.class)
                .getResultList());
        try {
            directory.tenants().stream().map(Tenant::key).forEach(tenants::add);
        } catch (RuntimeException e) {
            LOG.warning("Directory unavailable: listing billing accounts only: " + e);
        }
        CreditWatch watch = new CreditWatch(em, settings);
        List<AccountSummary> accounts = new ArrayList<>();
        for (String tenant : tenants) {
            BillingAccount a = em.find(BillingAccount.class, tenant);
            accounts.add(new AccountSummary(tenant, a == null ? tenant : a.billingName(),
                    a == null ? settings.defaultTaxRate() : a.taxRate(), a == null ? null : a.creditLimit(),
                    a != null && a.enforceLimit(), watch.status(tenant), creditLeft(tenant)));
        }
        return accounts;
    }

    @Override
    public void changeAccount(String tenant, String billingName, BigDecimal taxRate, BigDecimal creditLimit,
                              boolean enforce) {
        caller.requireAdministrator();
        requireTenant(tenant);
        BillingAccount account = runs.accounts().lockOrOpen(tenant);
        account.change(billingName, taxRate, creditLimit, enforce, settings.currency());
        em.flush();
        new CreditWatch(em, settings).raiseAlerts(tenant, Instant.now());
        audit.record(AuditAction.BILLING_CHANGED, "billing-account:" + tenant, "tax " + taxRate + " %, limit "
                + (creditLimit == null ? "none" : creditLimit + (account.enforceLimit() ? " enforced" : " watched")));
    }

    @Override
    public void issueCredit(String tenant, BigDecimal amount, String reason) {
        caller.requireAdministrator();
        requireTenant(tenant);
        runs.accounts().lockOrOpen(tenant);
        em.persist(new CreditNote(tenant, amount, settings.currency(), reason, caller.name(), Instant.now()));
        audit.record(AuditAction.BILLING_CHANGED, "billing-account:" + tenant, "credit " + amount + ": " + reason);
    }

    @Override
    public List<SettlementLine> settlement(BillingPeriod period) {
        caller.requireAdministrator();
        return new Settlement(em, settings).report(period);
    }

    @Override
    public List<Invoice> invoices(BillingPeriod period) {
        caller.requireAdministrator();
        return em.createQuery("select i from Invoice i where i.period = :period order by i.tenant", Invoice.class)
                .setParameter("period", period).getResultList();
    }

    @Override
    public List<Long> runInvoicing(BillingPeriod period, boolean issue) {
        caller.requireAdministrator();
        if (!period.start().isBefore(Instant.now())) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_PERIOD, "a month that has not begun: " + period);
        }
        audit.record(AuditAction.BILLING_CHANGED, "billing-period:" + period, issue ? "invoices issued" : "drafts prepared");
        return invoicing.invoice(period, issue);
    }

    @Override
    public RatingResult runRating() {
        caller.requireAdministrator();
        return rating.rateAll();
    }

    private Money creditLeft(String tenant) {
        Money left = Money.zero(settings.currency());
        for (CreditNote note : em.createQuery("select n from CreditNote n where n.tenant = :tenant", CreditNote.class)
                .setParameter("tenant", tenant).getResultList()) {
            BigDecimal used = em.createQuery("select sum(a.amount) from CreditApplication a, Invoice i "
                            + "where a.creditNoteId = :note and a.invoiceId = i.id and i.status = :issued", BigDecimal.class)
                    .setParameter("note", note.id()).setParameter("issued", InvoiceStatus.ISSUED).getSingleResult();
            left = left.plus(Money.exactly(note.amount().subtract(used == null ? BigDecimal.ZERO : used),
                    settings.currency()));
        }
        return left;
    }

    private static void requireTenant(String tenant) {
        if (tenant == null || !tenant.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_TENANT, String.valueOf(tenant));
        }
    }
}
