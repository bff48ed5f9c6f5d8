package org.parkportal.cloud.inventory.domain;

import jakarta.ejb.ApplicationException;

/**
 * An inventory change that is not allowed or does not add up (a negative capacity, overlapping VLAN or IP ranges, a
 * caller who is not an administrator). The reason is what CloudTexts translates; the detail is for the log.
 */
@ApplicationException(rollback = true)
public class InventoryRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Only portal administrators and it-ops. */
        NOT_ALLOWED,
        NOT_FOUND,
        INVALID_NAME,
        NAME_TAKEN,
        INVALID_CAPACITY,
        CAPACITY_BELOW_ALLOCATED,
        INVALID_THRESHOLD,
        INVALID_OVERCOMMIT,
        INVALID_VLAN_RANGE,
        VLAN_OVERLAP,
        INVALID_IP_RANGE,
        IP_RANGE_OVERLAP,
        INVALID_TAG,
        /** A firewall, port-forwarding or load-balancer rule with no known protocol or ports outside 0..65535. */
        INVALID_RULE,
        /** The rule to remove is not (or no longer) there. */
        RULE_NOT_FOUND
    }

    private final Reason reason;

    public InventoryRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
