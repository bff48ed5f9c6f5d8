package org.parkportal.portlets.samples.welcome;

import java.util.List;
import java.util.Optional;

import javax.portlet.PortletPreferences;
import javax.portlet.PreferencesValidator;
import javax.portlet.ValidatorException;

/**
 * Declared in portlet.xml for the welcome portlet, so the container runs it on every {@code store()},
 * whoever stores the preferences (the portlet's edit mode or a portal administration page).
 */
public class GreetingValidator implements PreferencesValidator {

    /** Counted in code points, so a greeting in Chinese or with emoji gets the same allowance as one in English. */
    public static final int MAX_LENGTH = 120;

    @Override
    public void validate(PortletPreferences preferences) throws ValidatorException {
        Optional<GreetingProblem> problem = check(preferences.getValue(WelcomePortlet.GREETING, null));
        if (problem.isPresent()) {
            throw new ValidatorException(problem.get().name(), List.of(WelcomePortlet.GREETING));
        }
    }

    static Optional<GreetingProblem> check(String greeting) {
        if (greeting == null || greeting.isBlank()) {
            return Optional.of(GreetingProblem.BLANK);
        }
        if (greeting.codePointCount(0, greeting.length()) > MAX_LENGTH) {
            return Optional.of(GreetingProblem.TOO_LONG);
        }
        return Optional.empty();
    }
}
