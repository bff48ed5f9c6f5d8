package org.parkportal.cloud.metering.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.cloud.application.internal.CloudClock;
import org.parkportal.cloud.metering.application.CloudMetering;
import org.parkportal.cloud.metering.application.MeteringObserver;
import org.parkportal.cloud.metering.application.MeteringRun;
import org.parkportal.cloud.metering.domain.MeteringRefused;

/**
 * The run outside any transaction: each resource commits in its own ({@link ResourceMeter}). A resource that billing
 * refuses is logged, counted and left at its cursor; anything else (a crash) ends the run, and the next run goes on
 * from the cursors.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultCloudMetering implements CloudMetering {

    private static final Logger LOG = Logger.getLogger(DefaultCloudMetering.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private ResourceMeter meter;

    @EJB
    private CloudClock clock;

    @Override
    public MeteringRun meterClosedHours(MeteringObserver observer) {
        // Never past the lifecycle's own time: while the integration tests play a past day on it, an hourly run
        // must not meter that day's VMs up to today and then refuse the day's next stop as ALREADY_METERED.
        Instant now = Instant.now();
        Instant lifecycle = clock.now();
        Instant horizon = (lifecycle.isBefore(now) ? lifecycle : now).truncatedTo(ChronoUnit.HOURS);
        List<String> behind = em.createQuery("select r.resourceId from MeteredResource r where r.meteredUntil < :horizon"
                        + " and (r.endedAt is null or r.meteredUntil < r.endedAt) order by r.resourceId", String.class)
                .setParameter("horizon", horizon).getResultList();
        int resources = 0;
        int hours = 0;
        int records = 0;
        int failed = 0;
        for (String resourceId : behind) {
            try {
                ResourceMeter.Progress progress;
                int resourceHours = 0;
                do {
                    progress = meter.meter(resourceId, horizon, observer);
                    resourceHours += progress.hours();
                    records += progress.records();
                } while (!progress.done());
                hours += resourceHours;
                resources += resourceHours > 0 ? 1 : 0;
            } catch (BillingRefused | MeteringRefused e) {
                failed++;
                LOG.warning(() -> "Metering of " + resourceId + " refused, left for the next run: " + e.getMessage());
            }
        }
        MeteringRun run = new MeteringRun(resources, hours, records, failed);
        if (hours > 0 || failed > 0) {
            LOG.info(() -> "Cloud metering until " + horizon + ": " + run);
        }
        return run;
    }
}
