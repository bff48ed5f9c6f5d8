package org.parkportal.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;

/**
 * Page sets imported on the running portal (POST /portal/admin/pages/import, as ./portal import does): only with
 * the local admin token, idempotent, and a bad file is refused with a message naming the element at fault.
 * The imported pages are hidden so that they do not become the portal's first page for the other tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageSetImportIT {

    private static final String PAGE_SET = """
            {"pages":[{"name":"it-import","title":{"en":"Imported page","fr":"Page importee"},"layout":"two-columns-50-50",
              "hidden":true,"grants":{"view":["all-users"]},"windows":[
                {"id":"it-import-welcome","portlet":"samples/welcome","column":0},
                {"id":"it-import-clock","portlet":"samples/park-clock","column":1},
                {"id":"it-import-desk","portlet":"reception/reception-desk","column":1}]}]}
            """;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void importWithWrongTokenIsRefused() {
        String pageSet = PAGE_SET.replace("it-import", "it-import-refused");

        PortalPage wrong = PageSets.importPageSet(pageSet, "not-the-admin-token");
        PortalPage none = PageSets.importPageSet(pageSet, null);

        assertEquals(403, wrong.status(), wrong::body);
        assertTrue(PageSets.json(wrong).containsKey("error"), wrong::body);
        assertEquals(403, none.status(), none::body);
        assertEquals(404, PortalClient.newSession().get("it-import-refused").status(), "the page was created anyway");
    }

    @Test
    void importCreatesThePageThenReimportChangesNothing() {
        JsonObject first = PageSets.importOrFail(PAGE_SET);

        assertEquals(counts(1, 0, 0), counts(first), first::toString);
        PortalPage page = PortalClient.newSession().get("it-import");
        assertEquals(200, page.status(), page::excerpt);
        Map<String, String> windows = new LinkedHashMap<>();
        windows.put("it-import-welcome", "samples/welcome");
        windows.put("it-import-clock", "samples/park-clock");
        windows.put("it-import-desk", "reception/reception-desk");
        assertEquals(windows, page.windowNames());
        windows.keySet().forEach(w -> assertTrue(page.windowError(w).isEmpty(), () -> w + ": " + page.window(w)));
        assertEquals("Imported page", page.document().selectFirst("h1").text());
        assertEquals("Page importee", PortalClient.withLanguage("fr").get("it-import").document().selectFirst("h1").text());

        JsonObject second = PageSets.importOrFail(PAGE_SET);

        assertEquals(counts(0, 0, 1), counts(second), second::toString);
        assertEquals(windows, PortalClient.newSession().get("it-import").windowNames());
    }

    @Test
    void nonAsciiTitlesOfAPlainJsonBodyArriveIntact() {
        // JSON is UTF-8 (RFC 8259) and application/json has no charset parameter: ./portal import sends exactly this.
        PageSets.importOrFail("""
                {"pages":[{"name":"it-import-utf8","title":{"en":"Imported","fr":"Page importée","zh-CN":"导入的页面"},
                  "layout":"one-column","hidden":true,"grants":{"view":["all-users"]},
                  "windows":[{"id":"it-utf8-clock","portlet":"samples/park-clock","column":0}]}]}
                """);

        assertEquals("Page importée", title(PortalClient.withLanguage("fr").get("it-import-utf8")));
        assertEquals("导入的页面", title(PortalClient.withLanguage("zh-CN").get("it-import-utf8")));
    }

    @Test
    void changedPageSetUpdatesThePage() {
        String before = """
                {"pages":[{"name":"it-import-update","title":{"en":"Before"},"layout":"one-column","hidden":true,"grants":{"view":["all-users"]},
                  "windows":[{"id":"it-update-clock","portlet":"samples/park-clock","column":0}]}]}
                """;
        PageSets.importOrFail(before);

        JsonObject answer = PageSets.importOrFail(before.replace("Before", "After")
                .replace("\"column\":0}]", "\"column\":0},{\"id\":\"it-update-weather\",\"portlet\":\"samples/city-weather\"}]"));

        assertEquals(counts(0, 1, 0), counts(answer), answer::toString);
        PortalPage page = PortalClient.newSession().get("it-import-update");
        assertEquals("After", page.document().selectFirst("h1").text());
        assertEquals(Map.of("it-update-clock", "samples/park-clock", "it-update-weather", "samples/city-weather"),
                page.windowNames());
    }

    @Test
    void invalidPageSetIsRefusedNamingTheElement() {
        String badColumn = """
                {"pages":[{"name":"it-import-invalid","title":{"en":"Invalid"},"layout":"one-column","hidden":true,"grants":{"view":["all-users"]},
                  "windows":[{"id":"it-invalid-ok","portlet":"samples/park-clock","column":0},
                             {"id":"it-invalid-bad","portlet":"samples/park-clock","column":4}]}]}
                """;

        PortalPage answer = PageSets.importPageSet(badColumn);

        assertEquals(400, answer.status(), answer::body);
        String error = PageSets.json(answer).getString("error");
        assertTrue(error.contains("pages[0].windows[1].column"), error);
        assertEquals(404, PortalClient.newSession().get("it-import-invalid").status(), "a refused file changed pages");
    }

    @Test
    void malformedJsonIsRefused() {
        PortalPage answer = PageSets.importPageSet("{\"pages\": [ {\"name\": ");

        assertEquals(400, answer.status(), answer::body);
        assertTrue(PageSets.json(answer).getString("error").contains("JSON"), answer::body);
    }

    private static String title(PortalPage page) {
        assertEquals(200, page.status(), page::excerpt);
        return page.document().selectFirst("h1").text();
    }

    private static String counts(int created, int updated, int unchanged) {
        return "created=" + created + " updated=" + updated + " unchanged=" + unchanged;
    }

    private static String counts(JsonObject answer) {
        return counts(answer.getInt("created"), answer.getInt("updated"), answer.getInt("unchanged"));
    }
}
