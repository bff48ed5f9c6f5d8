package org.parkportal.billing.application;

import jakarta.ejb.Local;

/**
 * Turns every unrated usage record into exactly one charge. Runs in batches, each in a transaction of its own: a
 * crash keeps the finished batches, and the next run rates the rest. Running it again, or twice at once, never
 * charges a record twice (the charge table allows one charge per record, and batches are serialised).
 */
@Local
public interface RatingService {

    RatingResult rateAll();
}
