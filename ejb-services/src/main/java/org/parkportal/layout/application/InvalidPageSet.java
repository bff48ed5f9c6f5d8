package org.parkportal.layout.application;

/** A page-set file that cannot be imported; the message names the offending element. */
@jakarta.ejb.ApplicationException(rollback = true)
public class InvalidPageSet extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidPageSet(String message) {
        super(message);
    }
}
