package org.parkportal.audit.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.parkportal.persistence.TimestampColumn;

/**
 * One check of the hash chain: when, over how many entries, and where it broke (null: intact). Kept so the audit
 * portlet shows the last check instead of walking the whole log on every view.
 */
@Cacheable(false)
@Entity
@Table(name = "audit_chain_check")
public class ChainVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_chain_check_seq")
    @SequenceGenerator(name = "audit_chain_check_seq", sequenceName = "audit_chain_check_seq", allocationSize = 1)
    private long id;

    @Column(name = "checked_at")
    @Convert(converter = TimestampColumn.class)
    private Instant checkedAt;

    private long entries;

    @Column(name = "first_broken_id")
    private Long firstBrokenId;

    protected ChainVerification() {
    }

    public ChainVerification(Instant checkedAt, long entries, Long firstBrokenId) {
        this.checkedAt = checkedAt.truncatedTo(ChronoUnit.MILLIS);
        this.entries = entries;
        this.firstBrokenId = firstBrokenId;
    }

    public long id() { return id; }
    public Instant checkedAt() { return checkedAt; }
    public long entries() { return entries; }
    public Long firstBrokenId() { return firstBrokenId; }
}
