package org.parkportal.portlets.samples.city;

/** Conditions the pseudo-forecast can name; each has a translated label under {@code condition.<key>}. */
public enum WeatherCondition {
    SUNNY, CLOUDY, RAIN, WIND, FOG;

    public String getLabelKey() {
        return "condition." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
