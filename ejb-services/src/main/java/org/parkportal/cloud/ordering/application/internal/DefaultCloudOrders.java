package org.parkportal.cloud.ordering.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.parkportal.billing.application.CreditControl;
import org.parkportal.billing.domain.CreditLimitExceeded;
import org.parkportal.billing.domain.Money;
import org.parkportal.cloud.application.internal.CloudCaller;
import org.parkportal.cloud.application.internal.CloudClock;
import org.parkportal.cloud.ordering.application.CloudOrders;
import org.parkportal.cloud.ordering.application.OrderDraft;
import org.parkportal.cloud.ordering.application.OrderQuote;
import org.parkportal.cloud.ordering.application.OrderStatusChanged;
import org.parkportal.cloud.ordering.application.OrderView;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.ordering.domain.ResourceUse;
import org.parkportal.cloud.ordering.domain.ServerOrder;
import org.parkportal.cloud.ordering.domain.ServerSpec;
import org.parkportal.cloud.ordering.domain.TenantLimits;
import org.parkportal.workflow.application.ApprovalService;
import org.parkportal.workflow.domain.ApprovalDraft;
import org.parkportal.workflow.domain.Approvers;

/**
 * Places orders: resolve the choice against the catalogue, price it, check name, limits and credit under the
 * tenant's lock, then either ask the tenant's managers or approve at once. The order, the approval and (for an
 * order approved at once) the provisioning kick are one transaction: a refusal anywhere leaves nothing.
 */
@Stateless
public class DefaultCloudOrders implements CloudOrders {


    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudClock clock;

    @EJB
    private CloudCaller caller;

    @EJB
    private OrderPricing pricing;

    @EJB
    private OrderChoices choices;

    @EJB
    private ResourcesHeld held;

    @EJB
    private CreditControl credit;

    @EJB
    private ApprovalService approvals;

    @Inject
    private Event<OrderApproved> approved;

    @Inject
    private Event<OrderStatusChanged> changed;

    @Override
    public OrderQuote quote(OrderDraft draft) {
        String tenant = tenant();
        ServerSpec spec = choices.resolve(draft);
        OrderPricing.Price price = pricing.price(tenant, spec);
        TenantLimits limits = limits(tenant, false);
        ResourceUse inUse = inUse(tenant);
        return new OrderQuote(price.hourly(), price.monthly(), price.currency(), inUse, spec.use(), limits.limits(),
                limits.limits().passedBy(inUse, spec.use()), !limits.approvesAtOnce(price.monthly(), price.currency()));
    }

    @Override
    public OrderView place(OrderDraft draft) {
        String tenant = tenant();
        ServerSpec spec = choices.resolve(draft);
        OrderPricing.Price price = pricing.price(tenant, spec);
        // The tenant's row lock serialises its orders: two at once cannot both pass a limit only one fits.
        TenantLimits limits = limits(tenant, true);
        requireFreeName(tenant, spec.name());
        limits.requireRoom(inUse(tenant), spec.use());
        try {
            credit.requireCredit(tenant, Money.round(price.monthly(), java.util.Currency.getInstance(price.currency())));
        } catch (CreditLimitExceeded e) {
            throw new OrderRefused(OrderRefused.Reason.CREDIT_EXCEEDED, price.monthly().toPlainString(),
                    price.currency());
        }
        Instant now = clock.now();
        ServerOrder order = new ServerOrder(spec, tenant, caller.name(), price.monthly(), price.currency(), now);
        em.persist(order);
        if (limits.approvesAtOnce(price.monthly(), price.currency())) {
            order.approve(OrderDecisions.AUTO_APPROVAL, now);
            approved.fire(new OrderApproved(order.id()));
            changed.fire(OrderEvents.changed(order));
        } else {
            approvals.request(new ApprovalDraft(REQUEST_TYPE, order.id(), subject(order),
                    Approvers.managerOfRequester(CloudCaller.managersOf(tenant))));
        }
        return OrderView.of(order);
    }

    @Override
    public OrderView order(String id) {
        ServerOrder order = id == null ? null : em.find(ServerOrder.class, id);
        if (order == null || !maySee(order)) {
            throw new OrderRefused(OrderRefused.Reason.NOT_FOUND);
        }
        return OrderView.of(order);
    }

    @Override
    public List<OrderView> orders(int max) {
        String tenant = caller.tenant().orElse(null);
        if (tenant == null && !caller.operator()) {
            return List.of();
        }
        // Operators see every tenant's orders, whatever tenant they belong to themselves.
        var query = tenant == null || caller.operator()
                ? em.createQuery("select o from ServerOrder o order by o.createdAt desc", ServerOrder.class)
                : caller.manages(tenant)
                ? em.createQuery("select o from ServerOrder o where o.tenant = :tenant order by o.createdAt desc",
                        ServerOrder.class).setParameter("tenant", tenant)
                : em.createQuery("select o from ServerOrder o where o.tenant = :tenant and o.requestedBy = :me "
                        + "order by o.createdAt desc", ServerOrder.class)
                .setParameter("tenant", tenant).setParameter("me", caller.name());
        return query.setMaxResults(Math.max(1, Math.min(max, 500))).getResultList().stream().map(OrderView::of)
                .toList();
    }

    private boolean maySee(ServerOrder order) {
        if (caller.operator()) {
            return true;
        }
        String tenant = caller.tenant().orElse(null);
        return order.tenant().equals(tenant)
                && (order.requestedBy().equals(caller.name()) || caller.manages(tenant));
    }

    private String tenant() {
        return caller.tenant().orElseThrow(() -> new OrderRefused(OrderRefused.Reason.FORBIDDEN));
    }

    private TenantLimits limits(String tenant, boolean lock) {
        TenantLimits limits = em.find(TenantLimits.class, tenant,
                lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (limits != null) {
            return limits;
        }
        if (!lock) {
            return TenantLimits.approvalForAll(tenant);
        }
        // First order of a tenant without limits: its row is created (no limits, approval for all) to lock on.
        choices.createLimitsRow(tenant);
        return em.find(TenantLimits.class, tenant, LockModeType.PESSIMISTIC_WRITE);
    }

    private ResourceUse inUse(String tenant) {
        return held.by(tenant);
    }

    private void requireFreeName(String tenant, String name) {
        long vms = em.createQuery("select count(v) from VirtualMachine v where v.tenant = :tenant and v.name = :name "
                        + "and v.state <> org.parkportal.cloud.machines.domain.VmState.DESTROYED", Long.class)
                .setParameter("tenant", tenant).setParameter("name", name).getSingleResult();
        long orders = em.createQuery("select count(o) from ServerOrder o where o.tenant = :tenant and o.name = :name "
                        + "and o.status in :open", Long.class).setParameter("tenant", tenant).setParameter("name", name)
                .setParameter("open", ResourcesHeld.OPEN).getSingleResult();
        if (vms + orders > 0) {
            throw new OrderRefused(OrderRefused.Reason.DUPLICATE_NAME, name);
        }
    }

    /** One line for the approver in any language: the name, the sizes with their units, the monthly estimate. */
    private static String subject(ServerOrder order) {
        ServerSpec spec = order.spec();
        return order.name() + " · " + spec.vcpus() + " vCPU · " + spec.ramMib() + " MiB · "
                + (spec.rootDiskGb() + spec.dataDiskGb()) + " GB · " + order.monthlyEstimate().toPlainString() + " "
                + order.currency();
    }
}
