package org.parkportal.cloud.ordering.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parkportal.cloud.application.internal.CloudClock;
import org.parkportal.cloud.ordering.domain.OrderStatus;
import org.parkportal.cloud.ordering.domain.ServerOrder;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;

/**
 * Every five minutes: provisions approved orders nobody is working on (the node that approved them went down
 * before it started, or the hypervisor was unreachable), and gives orders stuck in PROVISIONING for longer than
 * {@code cloud.provisioning.stuck-minutes} (default 10; a crash in the middle) back to APPROVED first. Nothing of
 * a crashed attempt is left: it was one transaction.
 */
@Stateless
@LocalBean
@Local(PortalJob.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProvisioningSweep implements PortalJob {

    public static final String NAME = "cloud.provisioning";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudClock clock;

    @EJB
    private JobScheduler scheduler;

    @EJB
    private OrderProvisioning provisioning;

    @EJB
    private ProvisioningSweep self;

    @Schedule(hour = "*", minute = "*/5", info = NAME)
    void every5Minutes() {
        scheduler.runScheduled(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() {
        Duration stuck = Duration.ofMinutes(Long.getLong("cloud.provisioning.stuck-minutes", 10));
        self.releaseStuck(clock.now().minus(stuck));
        for (String id : em.createQuery("select o.id from ServerOrder o where o.status = :approved "
                + "order by o.updatedAt", String.class).setParameter("approved", OrderStatus.APPROVED)
                .setMaxResults(100).getResultList()) {
            provisioning.provision(id);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releaseStuck(Instant before) {
        List<ServerOrder> orders = em.createQuery("select o from ServerOrder o where o.status = :provisioning "
                        + "and o.updatedAt < :before", ServerOrder.class)
                .setParameter("provisioning", OrderStatus.PROVISIONING).setParameter("before", before).getResultList();
        orders.forEach(o -> o.retryLater(clock.now()));
    }
}
