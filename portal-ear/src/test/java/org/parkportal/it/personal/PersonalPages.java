package org.parkportal.it.personal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;

/** The shared test page of the personalisation tests, and the customise forms a user submits on it. */
final class PersonalPages {

    /** Two columns: a locked clock, notices and weather; every signed-in user may customise it. */
    static final String PAGE = "it-personal";

    private PersonalPages() {
    }

    static void importSharedPage(String extraWindow) {
        PageSets.importOrFail("""
                {"pages":[{"name":"it-personal","title":"Personal","layout":"two-columns-50-50","hidden":true,
                  "grants":{"view":["authenticated"],"customise":["authenticated"]},
                  "windows":[{"id":"it-personal-clock","portlet":"samples/park-clock","column":0,"locked":true},
                             {"id":"it-personal-notices","portlet":"samples/notice-board","column":0},
                             {"id":"it-personal-weather","portlet":"samples/city-weather","column":1}%s]}]}
                """.formatted(extraWindow == null ? "" : "," + extraWindow));
    }

    /** Submits the customise form of the given class ("pp-customise-add", ...) with extra fields. */
    static PortalPage customise(PortalClient client, PortalPage page, String formClass, Map<String, String> fields) {
        Element form = page.document().selectFirst("form." + formClass);
        if (form == null) {
            throw new AssertionError("no form " + formClass + " on " + page.uri() + ": " + page.excerpt());
        }
        Map<String, String> all = new HashMap<>();
        form.select("input[type=hidden]").forEach(i -> all.put(i.attr("name"), i.attr("value")));
        all.putAll(fields);
        return client.post(form.attr("action"), all);
    }

    /** Presses an arrange button (to = left|up|down|right, or "remove") of a window. */
    static PortalPage arrange(PortalClient client, PortalPage page, String windowId, String to) {
        Element form = page.window(windowId).selectFirst("form.pp-window-arrange");
        if (form == null) {
            throw new AssertionError(windowId + " has no arrange controls: " + page.excerpt());
        }
        Map<String, String> fields = new HashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        if (to.equals("remove")) {
            fields.put("op", "remove");
            return client.post(form.attr("action"), fields);
        }
        fields.put("op", "move");
        return client.post(form.attr("action") + "?to=" + to, fields);
    }

    /** Window ids per column, top to bottom. */
    static List<List<String>> columns(PortalPage page) {
        return page.document().select(".pp-column").stream()
                .map(c -> c.select("[data-portlet-window]").stream().map(w -> w.attr("data-portlet-window")).toList())
                .toList();
    }
}
