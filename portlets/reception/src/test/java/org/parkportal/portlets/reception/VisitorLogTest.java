package org.parkportal.portlets.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class VisitorLogTest {

    @Test
    void startsFromNothing() {
        assertEquals(List.of("Ada"), VisitorLog.appended(null, "Ada"));
    }

    @Test
    void appendsWithoutChangingTheStoredList() {
        List<String> stored = new ArrayList<>(List.of("Ada"));
        List<String> next = VisitorLog.appended(stored, "Grace");
        assertEquals(List.of("Ada", "Grace"), next);
        assertEquals(List.of("Ada"), stored);
    }

    @Test
    void keepsOnlyTheLastTwenty() {
        List<String> visitors = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            visitors = VisitorLog.appended(visitors, "visitor " + i);
        }
        assertEquals(VisitorLog.CAPACITY, visitors.size());
        assertEquals(IntStream.rangeClosed(6, 25).mapToObj(i -> "visitor " + i).collect(Collectors.toList()), visitors);
    }

    @Test
    void showsTheNewestFirst() {
        assertEquals(List.of("Grace", "Ada"), VisitorLog.newestFirst(List.of("Ada", "Grace")));
        assertEquals(List.of(), VisitorLog.newestFirst(null));
    }
}
