package org.parkportal.portlets.samples.city;

/** One day of the pseudo-forecast; {@code dayOffset} 0 is today. A class with getters so JSP EL can read it. */
public final class DayForecast {

    private final int dayOffset;
    private final WeatherCondition condition;
    private final int lowCelsius;
    private final int highCelsius;

    DayForecast(int dayOffset, WeatherCondition condition, int lowCelsius, int highCelsius) {
        this.dayOffset = dayOffset;
        this.condition = condition;
        this.lowCelsius = lowCelsius;
        this.highCelsius = highCelsius;
    }

    public int getDayOffset() {
        return dayOffset;
    }

    public WeatherCondition getCondition() {
        return condition;
    }

    public int getLowCelsius() {
        return lowCelsius;
    }

    public int getHighCelsius() {
        return highCelsius;
    }
}
