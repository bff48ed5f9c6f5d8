package org.parkportal.portlets.samples.clock;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The JSON the park clock serves: {@code {"time":"HH:mm:ss","zone":"..."}}. */
final class ClockReading {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ClockReading() {
    }

    static String json(ZonedDateTime now) {
        return "{\"time\":\"" + TIME.format(now) + "\",\"zone\":\"" + jsonText(now.getZone().getId()) + "\"}";
    }

    /** Zone ids are plain ASCII today; escaping anyway keeps the output valid JSON whatever a zone is named. */
    static String jsonText(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
