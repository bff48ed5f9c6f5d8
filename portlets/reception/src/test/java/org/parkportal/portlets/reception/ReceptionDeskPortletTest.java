package org.parkportal.portlets.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.xml.namespace.QName;

import org.junit.jupiter.api.Test;

class ReceptionDeskPortletTest {

    private static final QName ARRIVED = new QName("http://parkportal.org/events", "visitorArrived");

    @Test
    void takesTheTrimmedNameFromAVisitorArrivedEvent() {
        assertEquals("Ada Lovelace", ReceptionDeskPortlet.visitorName(ARRIVED, "  Ada Lovelace "));
    }

    @Test
    void ignoresOtherEventsBlankNamesAndOtherPayloadTypes() {
        assertNull(ReceptionDeskPortlet.visitorName(new QName("http://parkportal.org/events", "visitorLeft"), "Ada"));
        assertNull(ReceptionDeskPortlet.visitorName(ARRIVED, "   "));
        assertNull(ReceptionDeskPortlet.visitorName(ARRIVED, 42));
        assertNull(ReceptionDeskPortlet.visitorName(ARRIVED, null));
    }

    @Test
    void cutsOversizedNamesAtACharacterBoundary() {
        String name = ReceptionDeskPortlet.visitorName(ARRIVED, "\uD83C\uDF33".repeat(100));
        assertEquals(ReceptionDeskPortlet.MAX_NAME_LENGTH, name.codePointCount(0, name.length()));
    }
}
