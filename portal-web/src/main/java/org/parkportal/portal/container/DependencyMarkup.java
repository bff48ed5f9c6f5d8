package org.parkportal.portal.container;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pluto.container.HeaderData;

/**
 * The head markup of Portlet 3 page dependencies, cleaned the way Pluto's HeaderData does (only head elements
 * are kept). Cleaning parses the markup into a DOM with a new XML parser each time, and a portlet declares the
 * same markup on every render, so the result is remembered per markup text.
 */
final class DependencyMarkup {

    private static final int MAX_ENTRIES = 1_000;

    private final Map<String, String> cleaned = new ConcurrentHashMap<>();

    String clean(String markup) {
        String known = cleaned.get(markup);
        if (known != null) {
            return known;
        }
        HeaderData scratch = new HeaderData();
        scratch.addDependency("markup", null, null, markup);
        String result = scratch.getDynamicResources().values().iterator().next();
        if (cleaned.size() >= MAX_ENTRIES) {
            cleaned.clear();
        }
        cleaned.put(markup, result);
        return result;
    }
}
