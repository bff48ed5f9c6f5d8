package org.parkportal.cloud.catalogue.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An offering, template or zone the tenant may not order (said the same way whether it exists or not), a size out of
 * range, or a catalogue change the operators may not make. The reason (with its arguments, e.g. the billing item
 * that has no price) is what CloudTexts translates; the detail is for the log.
 */
@ApplicationException(rollback = true)
public class CatalogueRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_FOUND,
        OUT_OF_RANGE,
        /** A code is lower-case words joined by dashes, at most 50 characters. */
        INVALID_CODE,
        /** An offering's own limits: a lower and a higher value, both above zero (a fixed disk: one size). */
        INVALID_RANGE,
        CODE_TAKEN,
        /** Argument: the billing item that has no rate plan yet (nothing orderable may be unpriced). */
        UNPRICED_ITEM
    }

    private final Reason reason;
    private final List<String> arguments;

    public CatalogueRefused(Reason reason, String detail) {
        this(reason, detail, List.of());
    }

    public CatalogueRefused(Reason reason, String detail, List<String> arguments) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.arguments = List.copyOf(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> arguments() {
        return arguments;
    }
}
