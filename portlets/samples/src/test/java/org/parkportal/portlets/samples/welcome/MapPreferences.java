package org.parkportal.portlets.samples.welcome;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import javax.portlet.PortletPreferences;

/** Just enough PortletPreferences for a validator: values in a map, nothing stored. */
final class MapPreferences implements PortletPreferences {

    private final Map<String, String[]> values = new HashMap<>();

    MapPreferences with(String name, String value) {
        values.put(name, new String[] {value});
        return this;
    }

    @Override
    public boolean isReadOnly(String key) {
        return false;
    }

    @Override
    public String getValue(String key, String def) {
        String[] found = values.get(key);
        return found == null || found.length == 0 ? def : found[0];
    }

    @Override
    public String[] getValues(String key, String[] def) {
        return values.getOrDefault(key, def);
    }

    @Override
    public void setValue(String key, String value) {
        with(key, value);
    }

    @Override
    public void setValues(String key, String... newValues) {
        values.put(key, newValues);
    }

    @Override
    public Enumeration<String> getNames() {
        return Collections.enumeration(values.keySet());
    }

    @Override
    public Map<String, String[]> getMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public void reset(String key) {
        values.remove(key);
    }

    @Override
    public void store() {
        throw new UnsupportedOperationException("a validator never stores");
    }
}
