package org.parkportal.portlets.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.naming.NameNotFoundException;
import javax.portlet.UnavailableException;

import org.junit.jupiter.api.Test;

class BackOfficeTest {

    /** Stands in for a local interface of ejb-services. */
    interface Greetings {
        String greet(String name);
    }

    private static final String GREETINGS = "java:global/portal/ejb-services/DefaultGreetings!"
            + Greetings.class.getName();

    /** A naming context that holds what a test binds and counts the lookups. */
    private static final class FakeNaming implements BackOffice.Naming {
        final Map<String, Object> bound = new HashMap<>();
        final List<String> lookups = new ArrayList<>();

        @Override
        public Object lookup(String name) throws NameNotFoundException {
            lookups.add(name);
            Object found = bound.get(name);
            if (found == null) {
                throw new NameNotFoundException(name + " not bound");
            }
            return found;
        }
    }

    private final FakeNaming naming = new FakeNaming();
    private final BackOffice backOffice = new BackOffice(naming);
    private final Greetings greetings = name -> "Hello " + name;

    @Test
    void looksABeanUpByItsGlobalNameInEjbServices() throws UnavailableException {
        naming.bound.put(GREETINGS, greetings);

        assertSame(greetings, backOffice.service("DefaultGreetings", Greetings.class));
        assertEquals(List.of(GREETINGS), naming.lookups);
    }

    @Test
    void aMissingBeanMakesThePortletUnavailableNamingTheBean() {
        UnavailableException e = assertThrows(UnavailableException.class,
                () -> backOffice.service("DefaultGreetings", Greetings.class));

        assertTrue(e.getMessage().contains(GREETINGS), e.getMessage());
        assertTrue(e.getCause() instanceof NameNotFoundException);
    }

    @Test
    void aReferenceLooksUpAtFirstUseOnlyAndKeepsTheService() throws UnavailableException {
        BackOffice.Reference<Greetings> reference = backOffice.reference("DefaultGreetings", Greetings.class);
        naming.bound.put(GREETINGS, greetings);
        assertEquals(List.of(), naming.lookups);

        assertSame(greetings, reference.get());
        assertSame(greetings, reference.get());
        assertEquals(List.of(GREETINGS), naming.lookups);
    }

    @Test
    void aReferenceTriesAgainAfterAFailedLookup() throws UnavailableException {
        BackOffice.Reference<Greetings> reference = backOffice.reference("DefaultGreetings", Greetings.class);

        assertThrows(UnavailableException.class, reference::get);
        naming.bound.put(GREETINGS, greetings);

        assertSame(greetings, reference.get());
        assertEquals(List.of(GREETINGS, GREETINGS), naming.lookups);
    }
}
