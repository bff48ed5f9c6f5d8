package org.parkportal.portlets.identity;

import java.io.Serializable;
import java.util.List;

import org.parkportal.directory.application.DirectoryFailure;

/**
 * What the last action did, as a message key of the portlet's bundle and its arguments (user input, escaped by the
 * view). Never carries exception text or passwords.
 */
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

    /** The translated reason of a directory failure; its detail stays in the server log. */
    public static Notice of(DirectoryFailure failure) {
        return problem("failure." + failure.reason().name());
    }

    /** For EL, which does not call record accessors of a List without a getter. */
    public List<String> getArguments() {
        return arguments;
    }

    public String getKey() {
        return key;
    }

    public boolean isError() {
        return error;
    }
}
