package org.parkportal.portlets.samples.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NoticeBoardTest {

    @Test
    void refusesBlankAndOverlongNotices() {
        assertEquals("blank", NoticeBoard.problem("  "));
        assertEquals("blank", NoticeBoard.problem(null));
        assertEquals("tooLong", NoticeBoard.problem("x".repeat(NoticeBoard.MAX_LENGTH + 1)));
        assertNull(NoticeBoard.problem("  Lift B out of service on Friday  "));
        assertThrows(IllegalArgumentException.class, () -> new NoticeBoard().post(" "));
    }

    @Test
    void keepsTheNewestNoticesFirstUpToItsCapacity() {
        NoticeBoard board = new NoticeBoard();
        for (int i = 1; i <= NoticeBoard.CAPACITY + 5; i++) {
            board.post("notice " + i);
        }
        assertEquals(NoticeBoard.CAPACITY, board.notices().size());
        assertEquals("notice " + (NoticeBoard.CAPACITY + 5), board.notices().get(0));
    }
}
