package org.parkportal.billing.application;

import org.parkportal.billing.domain.Charge;

/**
 * Told about each charge as rating writes it, inside the batch's transaction. Production passes {@link #NONE}; the
 * billing tests use it to crash a run after a chosen number of records and prove that a re-run neither charges twice
 * nor skips a record.
 */
@FunctionalInterface
public interface RatingObserver {

    RatingObserver NONE = charge -> { };

    void rated(Charge charge);
}
