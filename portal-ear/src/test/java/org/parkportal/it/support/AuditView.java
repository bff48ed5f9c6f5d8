package org.parkportal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The audit log portlet on the admin page (window admin-audit), filtered as an administrator's browser would. */
public final class AuditView {

    public static final String WINDOW = "admin-audit";

    private AuditView() {
    }

    /**
     * Submits the window's filter form on {@code page} as a browser does (GET: the form's path, then every field);
     * {@code values} by the fields' data-field names, fields not given left blank.
     */
    public static PortalPage filter(PortalClient client, PortalPage page, Map<String, String> values) {
        Element form = page.window(WINDOW).selectFirst("form.park-audit__filter");
        assertNotNull(form, page::excerpt);
        assertEquals("get", form.attr("method"));
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        form.select("[data-field]").forEach(i -> fields.put(i.attr("name"),
                values.getOrDefault(i.attr("data-field"), "")));
        return client.get(form.attr("action") + "?" + PortalClient.form(fields));
    }

    /** The cells of each entry of {@code action} whose text holds {@code text}, newest first. */
    public static List<List<String>> entries(PortalClient admin, String action, String text) {
        PortalPage entries = filter(admin, admin.get("admin"), Map.of("action", action, "text", text));
        return entries.window(WINDOW).select("table.park-audit__entries tbody tr[data-action]").stream()
                .map(r -> r.select("td").eachText()).toList();
    }
}
