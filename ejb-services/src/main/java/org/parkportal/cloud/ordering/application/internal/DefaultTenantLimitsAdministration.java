package org.parkportal.cloud.ordering.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.cloud.application.internal.CloudCaller;
import org.parkportal.cloud.ordering.application.LimitsDraft;
import org.parkportal.cloud.ordering.application.TenantLimitsAdministration;
import org.parkportal.cloud.ordering.application.TenantLimitsView;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.ordering.domain.TenantLimits;
import org.parkportal.directory.application.DirectoryService;
import org.parkportal.directory.domain.Tenant;

/** Lists and changes tenants' limits for the cloud's operators; the role is checked here, not only in the portlet. */
@Stateless
public class DefaultTenantLimitsAdministration implements TenantLimitsAdministration {

    private static final Logger LOG = Logger.getLogger(DefaultTenantLimitsAdministration.class.getName());

    private final BillingSettings billing = BillingSettings.fromSystemProperties();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudCaller caller;

    @EJB
    private DirectoryService directory;

    @EJB
    private ResourcesHeld held;

    @EJB
    private OrderChoices choices;

    @EJB
    private AuditLog audit;

    @Override
    public List<TenantLimitsView> tenants() {
        caller.requireOperator();
        return directory.tenants().stream().sorted(Comparator.comparing(Tenant::name, String.CASE_INSENSITIVE_ORDER))
                .map(t -> view(t, current(t.key()))).toList();
    }

    @Override
    public String currency() {
        caller.requireOperator();
        return billing.currency().getCurrencyCode();
    }

    @Override
    public TenantLimitsView change(String tenant, LimitsDraft draft) {
        caller.requireOperator();
        Tenant known = (tenant == null ? Optional.<Tenant>empty() : directory.tenant(tenant))
                .orElseThrow(() -> new OrderRefused(OrderRefused.Reason.NOT_FOUND));
        // The same row lock ordering takes: an order is checked against the old limits or the new, never a mix.
        TenantLimits limits = em.find(TenantLimits.class, known.key(), LockModeType.PESSIMISTIC_WRITE);
        if (limits == null) {
            choices.createLimitsRow(known.key());
            limits = em.find(TenantLimits.class, known.key(), LockModeType.PESSIMISTIC_WRITE);
        }
        limits.change(draft.maxVms(), draft.maxVcpus(), draft.maxRamMib(), draft.maxStorageGb(),
                draft.autoApproveBelow(), draft.currency(), billing.currency().getCurrencyCode());
        em.flush();
        String what = describe(limits);
        LOG.info(() -> "Cloud limits of " + known.key() + " set to " + what + " by " + caller.name());
        audit.record(AuditAction.CLOUD_INVENTORY_CHANGED, "tenant-limits:" + known.key(), what);
        return view(known, limits);
    }

    private TenantLimits current(String tenant) {
        TenantLimits limits = em.find(TenantLimits.class, tenant);
        return limits != null ? limits : TenantLimits.approvalForAll(tenant);
    }

    private TenantLimitsView view(Tenant tenant, TenantLimits limits) {
        return TenantLimitsView.of(tenant.name(), limits, held.by(tenant.key()));
    }

    /** The audit detail: every limit as set, "none" for no limit. */
    private static String describe(TenantLimits l) {
        BigDecimal threshold = l.autoApproveBelow();
        return "max VMs " + or(l.maxVms()) + ", vCPUs " + or(l.maxVcpus()) + ", RAM MiB " + or(l.maxRamMib())
                + ", storage GB " + or(l.maxStorageGb()) + ", approved at once below "
                + (threshold == null ? "none" : threshold.toPlainString() + " " + l.currency());
    }

    private static String or(Long limit) {
        return limit == null ? "none" : limit.toString();
    }
}
