package org.parkportal.portlets.samples.lobby;

/** How many visitors wait in the lobby: a render parameter, so it lives in the page's URL (bookmarkable). */
final class LobbyCount {

    static final String PARAMETER = "count";
    static final int MAX = 999;

    private LobbyCount() {
    }

    /** The count a parameter value stands for; missing or garbled values count as an empty lobby. */
    static int of(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(MAX, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The count after someone arrives (+1), leaves (-1) or the desk resets it ("reset"). */
    static int apply(int count, String change) {
        if ("reset".equals(change)) {
            return 0;
        }
        int delta = "-1".equals(change) ? -1 : "+1".equals(change) ? 1 : 0;
        return Math.max(0, Math.min(MAX, count + delta));
    }
}
