package org.parkportal.portal.navigation;

/** A request URL that does not decode into a portal URL; answered with 400 and a translated page. */
public class MalformedPortalUrl extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedPortalUrl(String what) {
        super("Malformed portal URL: " + what);
    }
}
