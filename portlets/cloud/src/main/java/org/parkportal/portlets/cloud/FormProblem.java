package org.parkportal.portlets.cloud;

import java.util.List;

/**
 * Something typed into a form that cannot even be sent to the back office (a letter where a number belongs, a choice
 * left out): the key of the portlet's text for it and the field's name. The back office checks the rest.
 */
final class FormProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> arguments;

    FormProblem(String key, String... arguments) {
        super(key + " " + List.of(arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    String key() {
        return key;
    }

    List<String> arguments() {
        return arguments;
    }
}
