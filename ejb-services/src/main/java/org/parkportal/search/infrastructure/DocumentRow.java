package org.parkportal.search.infrastructure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parkportal.search.domain.SearchDocument;

/**
 * A published document as stored. Not cached: another node may have changed the row, and the change log sends every
 * node to read it afresh.
 */
@Entity
@Cacheable(false)
@Table(name = "search_document")
public class DocumentRow {

    @Id
    private String id;

    @Column(name = "doc_type")
    private String type;

    private String title;

    private String body;

    private String language;

    private String url;

    /** Space-separated: grantee names have no spaces. */
    private String viewers;

    private String tenant;

    private String titles;

    @Column(name = "published_at")
    private long publishedAt;

    protected DocumentRow() {
    }

    public DocumentRow(SearchDocument document, long now) {
        this.id = document.id();
        write(document, now);
    }

    /** Whether the row already holds exactly this document. */
    public boolean holds(SearchDocument document) {
        return toDocument().equals(document);
    }

    public void write(SearchDocument d, long now) {
        type = d.type();
        title = d.title();
        body = d.body();
        language = d.language();
        url = d.url();
        viewers = String.join(" ", d.viewers());
        tenant = d.tenant();
        titles = d.titles().isEmpty() ? null : d.titles().entrySet().stream()
                .map(t -> t.getKey() + "\t" + t.getValue().replace('\n', ' ').replace('\t', ' '))
                .collect(Collectors.joining("\n"));
        publishedAt = now;
    }

    public SearchDocument toDocument() {
        Map<String, String> localized = new LinkedHashMap<>();
        if (titles != null && !titles.isEmpty()) {
            for (String line : titles.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    localized.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return new SearchDocument(id, type, title, body, language, url,
                Set.copyOf(Arrays.asList(viewers.split(" "))), tenant, localized);
    }

    public String id() { return id; }
}
