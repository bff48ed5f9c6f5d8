package org.parkportal.cloud.machines.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.parkportal.cloud.application.internal.CloudClock;
import org.parkportal.cloud.machines.domain.VirtualMachine;
import org.parkportal.cloud.machines.domain.Volume;
import org.parkportal.cloud.metering.application.MeteringEvents;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;

/**
 * Every hour: expunges VMs destroyed longer ago than the expunge delay. Their root disks are deleted (storage is
 * billed until then, as in CloudStack); data disks were detached at destroy and stay their owner's. One VM per
 * transaction, so a failure leaves the others done and this one for the next run.
 */
@Stateless
@LocalBean
@Local(PortalJob.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpungeJob implements PortalJob {

    public static final String NAME = "cloud.expunge";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudClock clock;

    @EJB
    private JobScheduler scheduler;

    @EJB
    private MeteringEvents metering;

    @EJB
    private ExpungeJob self;

    @Schedule(hour = "*", minute = "20", info = NAME)
    void hourly() {
        scheduler.runScheduled(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() {
        Instant now = clock.now();
        for (Long id : em.createQuery("select v.id from VirtualMachine v where v.state = "
                        + "org.parkportal.cloud.machines.domain.VmState.DESTROYED and v.expunged = false "
                        + "and v.expungeAfter <= :now", Long.class).setParameter("now", now)
                .setMaxResults(500).getResultList()) {
            self.expunge(id, now);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expunge(long vmId, Instant now) {
        VirtualMachine vm = em.find(VirtualMachine.class, vmId, LockModeType.PESSIMISTIC_WRITE);
        if (vm == null || vm.expunged()) {
            return;
        }
        vm.expunge();
        for (Volume root : em.createQuery("select d from Volume d where d.vmId = :vm and d.deletedAt is null "
                + "and d.kind = org.parkportal.cloud.machines.domain.Volume.Kind.ROOT", Volume.class)
                .setParameter("vm", vmId).getResultList()) {
            root.delete(now);
            metering.volumeDeleted(root.ref(), now);
        }
    }
}
