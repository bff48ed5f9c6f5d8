package org.parkportal.search.domain;

/** A service tried to publish a document the index cannot take (a programming error of that service). */
public class InvalidSearchDocument extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidSearchDocument(String field, Object value) {
        super("invalid search document " + field + ": " + value);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
