package org.parkportal.portlets.samples.notices;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The park's notices, newest first, at most {@link #CAPACITY}; shared by every visitor of the application. */
@ApplicationScoped
public class NoticeBoard {

    static final int CAPACITY = 20;
    static final int MAX_LENGTH = 200;

    private final List<String> notices = new ArrayList<>();

    /** Why a notice is refused, or null when it is accepted. */
    static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "blank";
        }
        return text.strip().length() > MAX_LENGTH ? "tooLong" : null;
    }

    public synchronized void post(String text) {
        if (problem(text) != null) {
            throw new IllegalArgumentException("notice refused: " + problem(text));
        }
        notices.add(0, text.strip());
        if (notices.size() > CAPACITY) {
            notices.remove(notices.size() - 1);
        }
    }

    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }
}
