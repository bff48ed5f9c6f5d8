package org.parkportal.portlets.samples.lobby;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LobbyCountTest {

    @Test
    void arrivalsAndDeparturesStayWithinTheLobby() {
        assertEquals(1, LobbyCount.apply(0, "+1"));
        assertEquals(0, LobbyCount.apply(0, "-1"));
        assertEquals(LobbyCount.MAX, LobbyCount.apply(LobbyCount.MAX, "+1"));
        assertEquals(0, LobbyCount.apply(7, "reset"));
        assertEquals(7, LobbyCount.apply(7, "anything else"));
    }

    @Test
    void garbledParametersCountAsAnEmptyLobby() {
        assertEquals(0, LobbyCount.of(null));
        assertEquals(0, LobbyCount.of("many"));
        assertEquals(0, LobbyCount.of("-5"));
        assertEquals(12, LobbyCount.of("12"));
    }
}
