package org.parkportal.cloud.ordering.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkportal.cloud.ordering.domain.OrderStatus;
import org.parkportal.cloud.ordering.domain.ResourceUse;
import org.parkportal.cloud.ordering.domain.ServerOrder;

/**
 * What a tenant holds against its limits: its VMs that are not destroyed (vCPUs, RAM), its disks that are not
 * deleted, and every open order's share (so two orders placed together cannot both pass a limit only one fits).
 * The one count ordering checks limits with and the operators' limits page shows.
 */
@Stateless
public class ResourcesHeld {

    static final List<OrderStatus> OPEN = List.of(OrderStatus.PENDING_APPROVAL, OrderStatus.APPROVED,
            OrderStatus.PROVISIONING);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public ResourceUse by(String tenant) {
        Object[] vms = em.createQuery("select count(v), coalesce(sum(v.vcpus), 0), coalesce(sum(v.ramMib), 0) "
                + "from VirtualMachine v where v.tenant = :tenant and v.state <> "
                + "org.parkportal.cloud.machines.domain.VmState.DESTROYED", Object[].class)
                .setParameter("tenant", tenant).getSingleResult();
        Number disks = em.createQuery("select coalesce(sum(d.sizeGb), 0) from Volume d where d.tenant = :tenant "
                + "and d.deletedAt is null", Number.class).setParameter("tenant", tenant).getSingleResult();
        ResourceUse held = new ResourceUse(number(vms[0]), number(vms[1]), number(vms[2]), disks.longValue());
        for (ServerOrder open : em.createQuery("select o from ServerOrder o where o.tenant = :tenant "
                + "and o.status in :open", ServerOrder.class).setParameter("tenant", tenant)
                .setParameter("open", OPEN).getResultList()) {
            held = held.plus(open.use());
        }
        return held;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
