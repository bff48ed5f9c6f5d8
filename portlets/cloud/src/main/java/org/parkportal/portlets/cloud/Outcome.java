package org.parkportal.portlets.cloud;

import java.io.Serializable;
import java.util.List;

/**
 * What the last action did, for the render after the redirect: a key of the portlet's bundle with its arguments, or a
 * refusal already in the user's words (the back office's text, with the reason's name for the page's markup), or a
 * price quote. Arguments and texts are escaped by the view. Never an exception's text.
 */
public record Outcome(String key, boolean error, List<String> arguments, String text, String reason, PriceQuote quote)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public Outcome {
        arguments = List.copyOf(arguments);
    }

    public static Outcome done(String key, String... arguments) {
        return new Outcome(key, false, List.of(arguments), null, null, null);
    }

    public static Outcome problem(String key, String... arguments) {
        return new Outcome(key, true, List.of(arguments), null, "INVALID_INPUT", null);
    }

    static Outcome problem(String key, List<String> arguments) {
        return new Outcome(key, true, arguments, null, "INVALID_INPUT", null);
    }

    public static Outcome refused(String reason, String text) {
        return new Outcome(null, true, List.of(), text, reason, null);
    }

    public static Outcome priced(PriceQuote quote) {
        return new Outcome(null, false, List.of(), null, null, quote);
    }

    // Getters for EL.
    public String getKey() { return key; }
    public boolean isError() { return error; }
    public List<String> getArguments() { return arguments; }
    public String getText() { return text; }
    public String getReason() { return reason; }
    public PriceQuote getQuote() { return quote; }
}
