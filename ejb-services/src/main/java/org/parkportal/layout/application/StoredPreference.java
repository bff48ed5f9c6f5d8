package org.parkportal.layout.application;

import java.util.List;

/** A stored portlet preference; values may contain null entries, and values itself is null for a null array. */
public record StoredPreference(String name, List<String> values, boolean readOnly) {
}
