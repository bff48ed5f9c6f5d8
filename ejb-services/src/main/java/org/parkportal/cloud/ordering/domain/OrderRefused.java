package org.parkportal.cloud.ordering.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An order or a VM operation that cannot be done, with the reason the user reads (translated by its name) and the
 * figures the text needs. Rolls back the caller's transaction: nothing of a refused order is kept.
 */
@ApplicationException(rollback = true)
public class OrderRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The name is not a valid host name (letters, digits, '-', 1 to 63 characters, not starting with '-'). */
        INVALID_NAME,
        /** The tenant already has a VM or an open order of that name. */
        DUPLICATE_NAME,
        /** The zone, template or offering is unknown or not offered to the tenant (said alike). */
        NOT_ORDERABLE,
        /** The order would take the tenant past one of its limits: {0} resource, {1} in use, {2} asked, {3} limit. */
        QUOTA_EXCEEDED,
        /** The tenant's credit limit does not cover a month of the server. */
        CREDIT_EXCEEDED,
        /** Nobody in the tenant may approve orders. */
        NO_APPROVER,
        /** No order or VM of that id that the caller may see. */
        NOT_FOUND,
        /** The VM or order is not in a state that allows the operation: {0} the state. */
        WRONG_STATE,
        /** A size or count out of range: {0} what. */
        INVALID_INPUT,
        /** The caller may not do this: {@code FORBIDDEN} only for a caller without a tenant; others get NOT_FOUND. */
        FORBIDDEN,
        /** The hypervisor refused or could not be reached: {0} its failure (HOST_FAILED, UNAVAILABLE, ...). */
        DRIVER_FAILED,
        /** A change of offering that does not fit where the VM runs: {0} placement's refusal. */
        NO_CAPACITY,
        /** A tenant limit that is not a whole number of zero or more: {0} which (VMS, VCPUS, RAM_MIB, STORAGE_GB). */
        INVALID_LIMIT,
        /** An auto-approval threshold that is not an amount of zero or more (4 decimals at most): {0} currency. */
        INVALID_THRESHOLD,
        /** An auto-approval threshold in another currency than the park's billing currency: {0} that currency. */
        WRONG_CURRENCY
    }

    private final Reason reason;
    private final List<Object> arguments;

    public OrderRefused(Reason reason, Object... arguments) {
        super(reason + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
