package org.parkportal.portlets.audit;

import org.parkportal.portlets.support.CsvLines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.audit.domain.AuditEntry;
import org.parkportal.audit.domain.AuditEvent;

class AuditCsvTest {

    private static final String GENESIS = "0".repeat(64);
    private static final Instant WHEN = Instant.parse("2026-03-01T08:15:30.250Z");

    private static String csv(AuditEntry... entries) throws IOException {
        StringBuilder out = new StringBuilder();
        AuditCsv.write(List.of(entries), out);
        return out.toString();
    }

    @Test
    void startsWithTheHeaderRowAndEndsLinesWithCrLf() throws IOException {
        assertEquals("id,time,actor,action,target,detail,address,hash\r\n", csv());
    }

    @Test
    void writesOneLinePerEntryInTheGivenOrder() throws IOException {
        AuditEntry first = new AuditEntry(1, WHEN, new AuditEvent("alice", AuditAction.LOGIN, "user:alice", null,
                "127.0.0.1"), GENESIS);
        AuditEntry second = new AuditEntry(2, WHEN, new AuditEvent(null, AuditAction.GRANTS_CHANGED, "page:home",
                "view: all-users", null), first.hash());

        String[] lines = csv(second, first).split("\r\n");

        assertEquals(3, lines.length);
        assertEquals("2,2026-03-01T08:15:30.250Z,,GRANTS_CHANGED,page:home,view: all-users,," + second.hash(), lines[1]);
        assertEquals("1,2026-03-01T08:15:30.250Z,alice,LOGIN,user:alice,,127.0.0.1," + first.hash(), lines[2]);
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertEquals("plain", CsvLines.field("plain"));
        assertEquals("\"a,b\"", CsvLines.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvLines.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvLines.field("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvLines.field("cr\rhere"));
        assertEquals("", CsvLines.field(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void neutralisesWhatASpreadsheetWouldRunAsAFormula(String value) {
        assertTrue(CsvLines.field(value).replaceFirst("^\"", "").startsWith("'" + value.charAt(0)), CsvLines.field(value));
    }

    @Test
    void theClassicPayloadIsQuotedAwayAndStillReadable() throws IOException {
        String name = "=cmd|' /C calc'!A0";
        AuditEntry entry = new AuditEntry(7, WHEN, new AuditEvent(name, AuditAction.LOGIN_FAILED, "user:" + name,
                "wrong user name or password", "10.0.0.9"), GENESIS);

        String line = csv(entry).split("\r\n")[1];

        assertEquals("7,2026-03-01T08:15:30.250Z,'=cmd|' /C calc'!A0,LOGIN_FAILED,user:=cmd|' /C calc'!A0,"
                + "wrong user name or password,10.0.0.9," + entry.hash(), line);
    }

    @Test
    void aFormulaWithACommaIsBothNeutralisedAndQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", CsvLines.field("=HYPERLINK(\"http://evil\",\"x\")"));
    }

    @Test
    void valuesThatOnlyContainFormulaCharactersLaterAreLeftAlone() {
        assertEquals("a=b", CsvLines.field("a=b"));
        assertEquals("user:-x", CsvLines.field("user:-x"));
    }
}
