package org.parkportal.cloud.metering.domain;

import jakarta.ejb.ApplicationException;

/**
 * A metering request that cannot be right. For state changes it is a bug of the caller (the VM lifecycle), not lost
 * data: it rolls the caller's transaction back, so a lifecycle step and its metered change commit together or not
 * at all. The reason is what portlets and REST translate ({@code MeteringTexts}); the detail is for the log.
 */
@ApplicationException(rollback = true)
public class MeteringRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** A change of a resource that was never created. */
        UNKNOWN_RESOURCE,
        /** A second creation of the same resource id. */
        ALREADY_EXISTS,
        /** A VM change for a volume's id, or the like. */
        WRONG_KIND,
        /** A change after the resource was destroyed, deleted or released. */
        RESOURCE_ENDED,
        /** Starting a running VM, stopping a stopped one. */
        INVALID_TRANSITION,
        /** A change earlier than the resource's previous change. */
        TIME_BACKWARDS,
        /** A change inside an hour already metered and billed: too late to count. */
        ALREADY_METERED,
        /** A missing or malformed value: tenant, resource id, offering, vCPUs, size, time. */
        INVALID_VALUE,
        /** Another tenant's usage. */
        NOT_ALLOWED,
        /** A usage period that is empty, reversed or too long. */
        INVALID_PERIOD
    }

    private final Reason reason;

    public MeteringRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
