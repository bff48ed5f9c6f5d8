package org.parkportal.billing.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.parkportal.billing.application.RatingResult;
import org.parkportal.billing.application.RatingService;
import org.parkportal.scheduling.application.JobFailure;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;

/**
 * Rates the usage recorded since the last run, every hour at minute 5. Safe to run again or after a crash: each
 * usage record gets exactly one charge (see RatingService). Usage that no rate plan prices fails the run, so
 * administrators see it in the jobs view; it stays unrated and the next run tries it again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HourlyRating implements PortalJob {

    public static final String NAME = "billing.rating";

    @EJB
    private JobScheduler scheduler;

    @EJB
    private RatingService rating;

    @Schedule(hour = "*", minute = "5", info = NAME)
    void hourly() {
        scheduler.runScheduled(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() throws JobFailure {
        RatingResult result = rating.rateAll();
        if (result.unpriced() > 0) {
            throw new JobFailure(result.rated() + " usage records rated; " + result.unpriced()
                    + " have no rate plan in force and wait for one");
        }
    }
}
