package org.parkportal.cloud.catalogue.domain;

import jakarta.ejb.ApplicationException;

/** An offering, template or zone the tenant may not order (said the same way whether it exists or not), or a size out of range. */
@ApplicationException(rollback = true)
public class CatalogueRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_FOUND,
        OUT_OF_RANGE
    }

    private final Reason reason;

    public CatalogueRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
