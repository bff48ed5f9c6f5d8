package org.parkportal.layout.interfaces;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkportal.access.domain.Action;
import org.parkportal.access.domain.Grantee;
import org.parkportal.access.domain.Grants;
import org.parkportal.layout.application.InvalidPageSet;
import org.parkportal.layout.application.PageSet;
import org.parkportal.layout.domain.LayoutTemplate;
import org.parkportal.layout.domain.PageName;
import org.parkportal.layout.domain.PersonalWindow;
import org.parkportal.layout.domain.Theme;
import org.parkportal.layout.domain.WindowPlacement;

/**
 * Reads a page-set file (JSON, documented in docs/page-set.md) and checks it completely before anything is
 * imported, so a bad file changes nothing. Messages name the element at fault, e.g. {@code pages[1].windows[0].column}.
 */
public final class PageSetReader {

    private final Set<String> windowIds = new HashSet<>();

    private PageSetReader() {
    }

    public static PageSet read(Reader json) {
        JsonObject root;
        try {
            JsonValue value = Json.createReader(json).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidPageSet("the page set must be a JSON object with a \"pages\" array");
            }
            root = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new InvalidPageSet("not valid JSON at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber());
        } catch (JsonException e) {
            throw new InvalidPageSet("not valid JSON: " + e.getMessage());
        }
        return new PageSetReader().pageSet(root);
    }

    private PageSet pageSet(JsonObject root) {
        JsonArray pages = array(root, "pages", "", true);
        if (pages.isEmpty()) {
            throw new InvalidPageSet("\"pages\" is empty");
        }
        return new PageSet(pages(pages, "pages"), portlets(array(root, "portlets", "", false)));
    }

    private static List<PageSet.Portlet> portlets(JsonArray array) {
        List<PageSet.Portlet> portlets = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "portlets[" + i + "]";
            JsonObject json = object(array.get(i), at);
            String portlet = string(json, "portlet", at, null);
            if (!WindowPlacement.isPortletName(portlet)) {
                throw new InvalidPageSet(at + ".portlet: \"" + portlet + "\" must be \"application/portlet\"");
            }
            Grants grants = grants(json, at);
            if (grants == null) {
                throw new InvalidPageSet(at + ".grants: missing");
            }
            portlets.add(new PageSet.Portlet(portlet, grants));
        }
        return portlets;
    }

    private List<PageSet.Page> pages(JsonArray array, String where) {
        List<PageSet.Page> pages = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = where + "[" + i + "]";
            PageSet.Page page = page(object(array.get(i), at), at, where.equals("pages"));
            if (!names.add(page.name())) {
                throw new InvalidPageSet(at + ".name: \"" + page.name() + "\" is used twice among sibling pages");
            }
            pages.add(page);
        }
        return pages;
    }

    private PageSet.Page page(JsonObject json, String at, boolean topLevel) {
        String name = string(json, "name", at, null);
        if (!PageName.isValid(name)) {
            throw new InvalidPageSet(at + ".name: \"" + name + "\" must be lower-case letters, digits and dashes");
        }
        if (topLevel && PageName.isReservedAtTopLevel(name)) {
            throw new InvalidPageSet(at + ".name: \"" + name + "\" is reserved by the portal (" + PageName.reserved() + ")");
        }
        Map<String, String> titles = titles(json, at);
        String layoutId = string(json, "layout", at, LayoutTemplate.ONE_COLUMN.id());
        LayoutTemplate layout = LayoutTemplate.byId(layoutId).orElseThrow(
                () -> new InvalidPageSet(at + ".layout: unknown layout \"" + layoutId + "\""));
        String theme = string(json, "theme", at, "default");
        if (Theme.byId(theme).isEmpty()) {
            throw new InvalidPageSet(at + ".theme: unknown theme \"" + theme + "\"");
        }
        boolean hidden = json.getBoolean("hidden", false);
        List<PageSet.Window> windows = new ArrayList<>();
        JsonArray windowArray = array(json, "windows", at, false);
        for (int i = 0; i < windowArray.size(); i++) {
            String wat = at + ".windows[" + i + "]";
            windows.add(window(object(windowArray.get(i), wat), wat, layout));
        }
        List<PageSet.Page> children = pages(array(json, "children", at, false), at + ".children");
        return new PageSet.Page(name, titles, layout.id(), theme, hidden, windows, children, grants(json, at));
    }

    private PageSet.Window window(JsonObject json, String at, LayoutTemplate layout) {
        String id = string(json, "id", at, null);
        if (id.startsWith(PersonalWindow.OWN_PREFIX)) {
            throw new InvalidPageSet(at + ".id: ids starting with \"" + PersonalWindow.OWN_PREFIX
                    + "\" belong to windows that users add");
        }
        if (!WindowPlacement.isValidId(id)) {
            throw new InvalidPageSet(at + ".id: \"" + id + "\" must be letters, digits, '-' or '_' (at most 100)");
        }
        if (!windowIds.add(id)) {
            throw new InvalidPageSet(at + ".id: window id \"" + id + "\" is used twice");
        }
        String portlet = string(json, "portlet", at, null);
        if (!WindowPlacement.isPortletName(portlet)) {
            throw new InvalidPageSet(at + ".portlet: \"" + portlet + "\" must be \"application/portlet\"");
        }
        int column = json.containsKey("column") ? integer(json, "column", at) : 0;
        if (column < 0 || column >= layout.columns()) {
            throw new InvalidPageSet(at + ".column: " + column + " is outside the " + layout.columns()
                    + " column(s) of layout " + layout.id());
        }
        return new PageSet.Window(id, portlet, column, preferences(json, at), grants(json, at),
                json.getBoolean("locked", false));
    }

    private Map<String, List<String>> preferences(JsonObject json, String at) {
        Map<String, List<String>> preferences = new LinkedHashMap<>();
        if (!json.containsKey("preferences")) {
            return preferences;
        }
        JsonObject prefs = object(json.get("preferences"), at + ".preferences");
        for (Map.Entry<String, JsonValue> e : prefs.entrySet()) {
            String pat = at + ".preferences." + e.getKey();
            List<String> values = new ArrayList<>();
            if (e.getValue() instanceof JsonString s) {
                values.add(s.getString());
            } else if (e.getValue() instanceof JsonArray a) {
                for (JsonValue v : a) {
                    if (!(v instanceof JsonString s)) {
                        throw new InvalidPageSet(pat + ": values must be strings");
                    }
                    values.add(s.getString());
                }
            } else {
                throw new InvalidPageSet(pat + ": must be a string or an array of strings");
            }
            preferences.put(e.getKey(), values);
        }
        return preferences;
    }

    /** "grants": {"view": ["all-users"], "manage": ["group:managers"]}; absent: null (leave the grants as they are). */
    private static Grants grants(JsonObject json, String at) {
        if (!json.containsKey("grants")) {
            return null;
        }
        JsonObject grants = object(json.get("grants"), at + ".grants");
        Map<Action, Set<Grantee>> byAction = new EnumMap<>(Action.class);
        for (Map.Entry<String, JsonValue> e : grants.entrySet()) {
            String gat = at + ".grants." + e.getKey();
            Action action;
            try {
                action = Action.ofKey(e.getKey());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidPageSet(gat + ": " + unknown.getMessage());
            }
            if (!(e.getValue() instanceof JsonArray grantees)) {
                throw new InvalidPageSet(gat + ": must be an array of grantees");
            }
            Set<Grantee> set = byAction.computeIfAbsent(action, a -> new HashSet<>());
            for (int i = 0; i < grantees.size(); i++) {
                if (!(grantees.get(i) instanceof JsonString grantee)) {
                    throw new InvalidPageSet(gat + "[" + i + "]: must be a string");
                }
                try {
                    set.add(Grantee.parse(grantee.getString()));
                } catch (IllegalArgumentException invalid) {
                    throw new InvalidPageSet(gat + "[" + i + "]: " + invalid.getMessage());
                }
            }
        }
        return new Grants(byAction);
    }

    private Map<String, String> titles(JsonObject json, String at) {
        JsonValue value = json.get("title");
        if (value instanceof JsonString s) {
            return Map.of("en", s.getString());
        }
        if (value == null) {
            throw new InvalidPageSet(at + ".title: missing");
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : object(value, at + ".title").entrySet()) {
            if (!(e.getValue() instanceof JsonString s) || s.getString().isBlank()) {
                throw new InvalidPageSet(at + ".title." + e.getKey() + ": must be a non-empty string");
            }
            titles.put(e.getKey(), s.getString());
        }
        if (!titles.containsKey("en")) {
            throw new InvalidPageSet(at + ".title: an English (\"en\") title is required");
        }
        return titles;
    }

    private static JsonObject object(JsonValue value, String at) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidPageSet(at + ": must be a JSON object");
        }
        return value.asJsonObject();
    }

    private static JsonArray array(JsonObject json, String key, String at, boolean required) {
        JsonValue value = json.get(key);
        String where = at.isEmpty() ? key : at + "." + key;
        if (value == null) {
            if (required) {
                throw new InvalidPageSet(where + ": missing");
            }
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidPageSet(where + ": must be an array");
        }
        return value.asJsonArray();
    }

    private static String string(JsonObject json, String key, String at, String fallback) {
        JsonValue value = json.get(key);
        if (value == null) {
            if (fallback == null) {
                throw new InvalidPageSet(at + "." + key + ": missing");
            }
            return fallback;
        }
        if (!(value instanceof JsonString s)) {
            throw new InvalidPageSet(at + "." + key + ": must be a string");
        }
        return s.getString();
    }

    private static int integer(JsonObject json, String key, String at) {
        try {
            return json.getJsonNumber(key).intValueExact();
        } catch (ClassCastException | ArithmeticException e) {
            throw new InvalidPageSet(at + "." + key + ": must be a whole number");
        }
    }
}
