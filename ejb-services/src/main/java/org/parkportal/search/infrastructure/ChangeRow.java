package org.parkportal.search.infrastructure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.parkportal.search.domain.IndexChange;

/** An entry of the search change log as stored. */
@Entity
@Cacheable(false)
@Table(name = "search_change")
public class ChangeRow {

    /** One at a time from the sequence, so ids mostly follow the order of publication. */
    @Id
    @SequenceGenerator(name = "search_change_seq", sequenceName = "search_change_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_change_seq")
    private Long id;

    private String kind;

    @Column(name = "document_id")
    private String documentId;

    @Column(name = "recorded_at")
    private long recordedAt;

    protected ChangeRow() {
    }

    public ChangeRow(IndexChange.Kind kind, String documentId, long recordedAt) {
        this.kind = kind.name();
        this.documentId = documentId;
        this.recordedAt = recordedAt;
    }

    public IndexChange toChange() {
        return new IndexChange(id, IndexChange.Kind.valueOf(kind), documentId, recordedAt);
    }
}
