package org.parkportal.access.domain;

/**
 * What grants are given on: a page (by path), a portlet window (by id) or a portlet of the catalogue
 * ("application/portlet").
 */
public record ProtectedResource(Kind kind, String id) {

    public enum Kind {
        /** Without grants of its own a page is seen by administrators only. */
        PAGE(false),
        /** Without grants of its own a window is seen by whoever sees its page. */
        WINDOW(true),
        /** Without grants of its own a portlet is in everybody's catalogue. */
        PORTLET(true);

        private final boolean openWithoutGrants;

        Kind(boolean openWithoutGrants) {
            this.openWithoutGrants = openWithoutGrants;
        }

        public boolean openWithoutGrants() {
            return openWithoutGrants;
        }
    }

    public static ProtectedResource page(String path) {
        return new ProtectedResource(Kind.PAGE, path);
    }

    public static ProtectedResource window(String id) {
        return new ProtectedResource(Kind.WINDOW, id);
    }

    public static ProtectedResource portlet(String applicationAndName) {
        return new ProtectedResource(Kind.PORTLET, applicationAndName);
    }
}
