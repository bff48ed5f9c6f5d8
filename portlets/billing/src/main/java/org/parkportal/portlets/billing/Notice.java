package org.parkportal.portlets.billing;

import java.io.Serializable;
import java.util.List;
import org.parkportal.billing.domain.BillingRefused;

/** What the last action did: a key of BillingMessages and its arguments (escaped by the view). Never an exception's text. */
public record Notice(String key, boolean error, List<String> arguments) implements Serializable {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public static Notice done(String key, String... arguments) {
        return new Notice(key, false, List.of(arguments));
    }

    public static Notice problem(String key, String... arguments) {
        return new Notice(key, true, List.of(arguments));
    }

    public static Notice refused(BillingRefused.Reason reason) {
        return problem("refused." + reason.name());
    }

    public String getKey() { return key; }
    public boolean isError() { return error; }
    public List<String> getArguments() { return arguments; }
}
