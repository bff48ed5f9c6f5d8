package org.parkportal.portal.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageOutputTest {

    @Test
    void writesEachVisitorsTokenWherePlaceholdersStood() throws IOException {
        PageOutput page = new PageOutput("<a href='/a?_csrf=PH'>é</a><form action='/b?_csrf=PH'>", "PH");
        assertTrue(page.needsToken());

        byte[] token = "tok123".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.writeTo(out, token);

        String html = out.toString(StandardCharsets.UTF_8);
        assertEquals("<a href='/a?_csrf=tok123'>é</a><form action='/b?_csrf=tok123'>", html);
        assertEquals(out.size(), page.length(token.length));
    }

    @Test
    void aPageWithoutActionUrlsNeedsNoToken() throws IOException {
        PageOutput page = new PageOutput("<p>plain</p>", "PH");
        assertFalse(page.needsToken());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.writeTo(out, new byte[0]);
        assertEquals("<p>plain</p>", out.toString(StandardCharsets.UTF_8));
        assertEquals(out.size(), page.length(0));
    }
}
