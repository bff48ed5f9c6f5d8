package org.parkportal.portlets.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndBothQuoteKinds() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
                Html.escape("<script>alert(\"x\")</script> & 'y'"));
    }

    @Test
    void leavesOtherTextAloneAndTurnsNullIntoNothing() {
        assertEquals("北门 · Zürich", Html.escape("北门 · Zürich"));
        assertEquals("", Html.escape(null));
        assertEquals("42", Html.escape(42));
    }
}
