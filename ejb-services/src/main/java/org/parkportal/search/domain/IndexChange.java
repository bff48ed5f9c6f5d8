package org.parkportal.search.domain;

/**
 * One entry of the search change log: a document was published or withdrawn, or an administrator asked every node to
 * rebuild its index. The entry names the document only; applying it reads the document as it is now, so applying an
 * entry twice, or an old entry after a newer one, leaves the index as the database says.
 *
 * @param documentId null for {@link Kind#REBUILD}
 * @param recordedAt epoch milliseconds
 */
public record IndexChange(long id, Kind kind, String documentId, long recordedAt) {

    public enum Kind { PUBLISH, WITHDRAW, REBUILD }
}
