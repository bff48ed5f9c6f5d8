package org.parkportal.layout.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"home", "call-center", "q3", "a"})
    void acceptsLowerCaseLettersDigitsAndDashes(String name) {
        assertTrue(PageName.isValid(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Home", "-home", "home page", "home/x", "über", "a_b"})
    void refusesWhatIsNoUrlSegmentOfOurs(String name) {
        assertFalse(PageName.isValid(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"my", "api", "signin", "themes", "personal"})
    void thePortalsOwnAddressesAreReservedAtTheTopLevel(String name) {
        assertTrue(PageName.isReservedAtTopLevel(name));
    }

    @Test
    void atMostSixtyCharacters() {
        assertFalse(PageName.isValid("x".repeat(61)));
        assertTrue(PageName.isValid("x".repeat(60)));
        assertFalse(PageName.isValid(null));
    }
}
