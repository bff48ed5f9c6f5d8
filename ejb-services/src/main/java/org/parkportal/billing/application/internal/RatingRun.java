package org.parkportal.billing.application.internal;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.parkportal.billing.application.RatingResult;

/**
 * The rating loop: batch after batch, each committed by whoever runs it ({@code batch} is a call into a
 * transaction of its own), until a batch finds nothing after the cursor. If a batch fails, the exception ends the
 * run; committed batches stay, and the next run starts again from the first unrated record.
 */
public class RatingRun {

    private final Set<String> tenants = new TreeSet<>();

    public RatingResult run(LongFunction<Rating.BatchOutcome> batch) {
        long cursor = 0;
        int batches = 0;
        int rated = 0;
        int unpriced = 0;
        while (true) {
            Rating.BatchOutcome outcome = batch.apply(cursor);
            if (outcome.examined() == 0) {
                return new RatingResult(batches, rated, unpriced);
            }
            batches++;
            rated += outcome.rated();
            unpriced += outcome.unpriced();
            tenants.addAll(outcome.tenants());
            cursor = outcome.lastId();
        }
    }

    /** Tenants that got charges in this run. */
    public Set<String> tenants() {
        return Set.copyOf(tenants);
    }
}
