package org.parkportal.billing.application;

/**
 * What a rating run did: batches committed, charges written, and records it could not price (no rate plan version in
 * force at their start; they stay unrated and are tried again by the next run).
 */
public record RatingResult(int batches, int rated, int unpriced) {
}
