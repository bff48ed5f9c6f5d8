package org.parkportal.audit.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.audit.domain.AuditEntry;
import org.parkportal.audit.domain.AuditEvent;

/**
 * The append-only, tamper-evident record of who changed what (sign-ins, grants, pages, profiles, the
 * directory). Recording happens in a transaction of its own, so a failed sign-in or a rolled-back change is
 * still recorded as attempted. Reading and checking it is for administrators.
 */
@Local
public interface AuditLog {

    /** Records an event whose actor and address the caller knows (e.g. the sign-in pages). */
    void record(AuditEvent event);

    /** Records an event of the current caller, from the current request's address. */
    void record(AuditAction action, String target, String detail);

    List<AuditEntry> find(AuditQuery query);

    long count(AuditQuery query);

    /** Recomputes every hash from the first entry on, now, and keeps the result as the last check. */
    ChainCheck verify();

    /** The last check of the chain (the nightly job's or an administrator's), if there was one. */
    Optional<ChainCheck> lastCheck();
}
