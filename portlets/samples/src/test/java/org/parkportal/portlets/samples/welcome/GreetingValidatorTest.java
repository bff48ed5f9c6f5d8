package org.parkportal.portlets.samples.welcome;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import javax.portlet.ValidatorException;

import org.junit.jupiter.api.Test;

class GreetingValidatorTest {

    private final GreetingValidator validator = new GreetingValidator();

    @Test
    void acceptsAnOrdinaryGreeting() {
        assertDoesNotThrow(() -> validator.validate(new MapPreferences().with("greeting", "Hello, park!")));
    }

    @Test
    void refusesMissingAndBlankGreetingsNamingTheKey() {
        ValidatorException missing = assertThrows(ValidatorException.class,
                () -> validator.validate(new MapPreferences()));
        assertEquals(GreetingProblem.BLANK.name(), missing.getMessage());
        assertEquals(List.of("greeting"), Collections.list(missing.getFailedKeys()));

        ValidatorException blank = assertThrows(ValidatorException.class,
                () -> validator.validate(new MapPreferences().with("greeting", " \t ")));
        assertEquals(GreetingProblem.BLANK.name(), blank.getMessage());
    }

    @Test
    void allowsExactlyTheMaximumAndRefusesOneMore() {
        String longest = "a".repeat(GreetingValidator.MAX_LENGTH);
        assertTrue(GreetingValidator.check(longest).isEmpty());
        assertEquals(GreetingProblem.TOO_LONG, GreetingValidator.check(longest + "a").orElseThrow());
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // 120 emoji are 240 UTF-16 units but 120 characters for the person typing them.
        String emoji = "\uD83C\uDF33".repeat(GreetingValidator.MAX_LENGTH);
        assertTrue(GreetingValidator.check(emoji).isEmpty());
        assertTrue(GreetingValidator.check("欢迎".repeat(60)).isEmpty());
    }

    @Test
    void problemNamesFromTheUrlAreOnlyTrustedWhenKnown() {
        assertEquals(GreetingProblem.TOO_LONG, GreetingProblem.fromName("TOO_LONG").orElseThrow());
        assertTrue(GreetingProblem.fromName("javax.portlet.title").isEmpty());
        assertTrue(GreetingProblem.fromName(null).isEmpty());
    }
}
