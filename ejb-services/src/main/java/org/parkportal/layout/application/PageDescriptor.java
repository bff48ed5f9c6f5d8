package org.parkportal.layout.application;

import java.util.List;
import java.util.Map;

/**
 * A page as the portal renders it: immutable, safe to cache and to share between requests.
 *
 * @param path    friendly URL path below /portal/, e.g. "home" or "services/cloud"; a private page's is "my/NAME"
 * @param parent  path of the parent page, or null for a top-level page
 * @param titles  title per language tag ("en", "zh-CN", ...)
 * @param owner   the user whose private page this is, or whose arrangement of a shared page; null for the shared page
 */
public record PageDescriptor(String path, String parent, int position, String layout, String theme, boolean hidden,
                             Map<String, String> titles, List<WindowDescriptor> windows, String owner,
                             boolean privatePage) {

    /** Private pages live below this path segment: /portal/my/NAME is the signed-in user's page NAME. */
    public static final String PRIVATE_ROOT = "my";

    public PageDescriptor {
        titles = Map.copyOf(titles);
        windows = List.copyOf(windows);
    }

    /** A shared page. */
    public PageDescriptor(String path, String parent, int position, String layout, String theme, boolean hidden,
                          Map<String, String> titles, List<WindowDescriptor> windows) {
        this(path, parent, position, layout, theme, hidden, titles, windows, null, false);
    }

    public WindowDescriptor window(String id) {
        return windows.stream().filter(w -> w.id().equals(id)).findFirst().orElse(null);
    }

    /** The title in the given language, falling back to its base language, then English, then the path. */
    public String title(String languageTag) {
        String title = titles.get(languageTag);
        if (title == null && languageTag.contains("-")) {
            title = titles.get(languageTag.substring(0, languageTag.indexOf('-')));
        }
        if (title == null) {
            title = titles.get("en");
        }
        return title != null ? title : path;
    }

    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
