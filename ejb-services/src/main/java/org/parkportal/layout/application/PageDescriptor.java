package org.parkportal.layout.application;

import java.util.List;
import java.util.Map;

/**
 * A page as the portal renders it: immutable, safe to cache and to share between requests.
 *
 * @param path    friendly URL path below /portal/, e.g. "home" or "services/cloud"
 * @param parent  path of the parent page, or null for a top-level page
 * @param titles  title per language tag ("en", "zh-CN", ...)
 */
public record PageDescriptor(String path, String parent, int position, String layout, String theme, boolean hidden,
                             Map<String, String> titles, List<WindowDescriptor> windows) {

    public PageDescriptor {
        titles = Map.copyOf(titles);
        windows = List.copyOf(windows);
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
