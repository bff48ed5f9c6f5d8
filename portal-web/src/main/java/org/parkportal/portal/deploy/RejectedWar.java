package org.parkportal.portal.deploy;

/** A legacy WAR the portal will not deploy; the message says why, naming the file or element at fault. */
public class RejectedWar extends Exception {

    private static final long serialVersionUID = 1L;

    public RejectedWar(String message) {
        super(message);
    }

    public RejectedWar(String message, Throwable cause) {
        super(message, cause);
    }
}
