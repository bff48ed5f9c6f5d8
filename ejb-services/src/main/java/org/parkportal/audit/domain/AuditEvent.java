package org.parkportal.audit.domain;

/**
 * Something to record. Texts are cut to the column sizes and stripped of control characters, so a crafted user
 * name cannot forge lines in an export.
 *
 * @param actor   login name of who did it; null for a guest or the system (e.g. a page-set import by token)
 * @param target  what it was done to, e.g. "page:home", "user:alice", "group:sales"
 * @param address the client's IP address, when known
 */
public record AuditEvent(String actor, AuditAction action, String target, String detail, String address) {

    public AuditEvent {
        actor = clean(actor, 100);
        target = clean(target, 200);
        detail = clean(detail, 2000);
        address = clean(address, 64);
    }

    private static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        String flat = s.replaceAll("\\p{Cntrl}", " ");
        return flat.length() > max ? flat.substring(0, max) : flat;
    }
}
