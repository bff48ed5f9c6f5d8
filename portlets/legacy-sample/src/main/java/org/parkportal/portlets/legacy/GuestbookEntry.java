package org.parkportal.portlets.legacy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** One signature. Serializable because it lives in the portlet session, which the server may persist. */
public final class GuestbookEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_AUTHOR_LENGTH = 80;
    public static final int MAX_MESSAGE_LENGTH = 500;
    static final String REQUIRED = "error.required";
    static final String TOO_LONG = "error.tooLong";

    private final String author;
    private final String message;
    private final Instant signedAt;

    private GuestbookEntry(String author, String message, Instant signedAt) {
        this.author = author;
        this.message = message;
        this.signedAt = signedAt;
    }

    /** The entry as typed (trimmed), or the message key saying why it cannot be accepted. */
    public static Result of(String author, String message, Instant signedAt) {
        String a = author == null ? "" : author.strip();
        String m = message == null ? "" : message.strip();
        if (a.isEmpty() || m.isEmpty()) {
            return new Result(null, REQUIRED);
        }
        if (length(a) > MAX_AUTHOR_LENGTH || length(m) > MAX_MESSAGE_LENGTH) {
            return new Result(null, TOO_LONG);
        }
        return new Result(new GuestbookEntry(a, m, signedAt), null);
    }

    /** Only our own keys may select a message: the key comes back in a render parameter anyone can edit. */
    public static boolean isProblemKey(String key) {
        return REQUIRED.equals(key) || TOO_LONG.equals(key);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    public String getAuthor() {
        return author;
    }

    public String getMessage() {
        return message;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    /** Either an entry or the message key of what is wrong with the form. */
    public static final class Result {
        private final GuestbookEntry entry;
        private final String problemKey;

        private Result(GuestbookEntry entry, String problemKey) {
            this.entry = entry;
            this.problemKey = problemKey;
        }

        public Optional<GuestbookEntry> entry() {
            return Optional.ofNullable(entry);
        }

        public Optional<String> problemKey() {
            return Optional.ofNullable(problemKey);
        }
    }
}
