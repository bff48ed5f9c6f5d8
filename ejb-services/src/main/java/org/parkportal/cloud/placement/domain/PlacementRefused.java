package org.parkportal.cloud.placement.domain;

import jakarta.ejb.ApplicationException;

/**
 * No host for the request, with the reason (which resource ran out where). Does not roll the caller's transaction
 * back: an ordering service records the refusal on its order in the same transaction.
 */
@ApplicationException(rollback = false)
public class PlacementRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PlacementRefusal refusal;

    public PlacementRefused(PlacementRefusal refusal) {
        super(refusal.toString());
        this.refusal = refusal;
    }

    public PlacementRefusal refusal() {
        return refusal;
    }
}
