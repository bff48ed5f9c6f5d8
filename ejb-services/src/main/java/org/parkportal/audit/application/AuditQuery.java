package org.parkportal.audit.application;

import java.time.Instant;
import org.parkportal.audit.domain.AuditAction;

/**
 * A filter over the audit log; null fields do not filter. {@code text} is looked for in target and detail.
 * Newest first, {@code limit} entries from {@code offset}.
 */
public record AuditQuery(Instant from, Instant to, String actor, AuditAction action, String text, int offset,
                         int limit) {

    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, 0, limit);
    }
}
