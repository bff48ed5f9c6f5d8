package org.parkportal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.parkportal.persistence.TimestampColumn;

/**
 * One line of the audit log: who did what, when, from where. Entries are only ever added; each carries the
 * SHA-256 of its own content and of the previous entry's hash, so changing, removing or reordering an entry
 * breaks the chain from there on ({@link #expectedHash(String)}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** Assigned by the log in sequence (no gaps): the chain follows the ids. */
    @Id
    private long id;

    @Column(name = "occurred_at")
    @Convert(converter = TimestampColumn.class)
    private Instant occurredAt;

    private String actor;

    private String action;

    private String target;

    private String detail;

    private String address;

    @Column(name = "previous_hash")
    private String previousHash;

    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(long id, Instant occurredAt, AuditEvent event, String previousHash) {
        this.id = id;
        // Milliseconds survive every database's timestamp column, so the hash can be recomputed from what is stored.
        this.occurredAt = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.actor = event.actor();
        this.action = event.action().name();
        this.target = event.target();
        this.detail = event.detail();
        this.address = event.address();
        this.previousHash = previousHash;
        this.hash = expectedHash(previousHash);
    }

    /** The hash this entry must have after the given previous hash. */
    public String expectedHash(String previous) {
        String content = String.join("\u001f", String.valueOf(id), occurredAt.toString(), nullable(actor), action,
                nullable(target), nullable(detail), nullable(address), previous);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullable(String s) {
        return s == null ? "\u0000" : s;
    }

    public long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String target() { return target; }
    public String detail() { return detail; }
    public String address() { return address; }
    public String previousHash() { return previousHash; }
    public String hash() { return hash; }
}
