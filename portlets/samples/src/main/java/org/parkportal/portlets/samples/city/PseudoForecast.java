package org.parkportal.portlets.samples.city;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * A made-up forecast that depends only on the site value: the demo needs no network, and the same site shows
 * the same weather on every node and after every restart. {@link Random} is used because its algorithm is
 * specified by the JDK, so a seed gives the same numbers on every Java version.
 */
public final class PseudoForecast {

    public static final int DAYS = 3;
    private static final int COLDEST_LOW = 2;
    private static final int LOW_SPREAD = 14;
    private static final int MIN_DAY_RANGE = 4;
    private static final int DAY_RANGE_SPREAD = 8;

    private PseudoForecast() {
    }

    public static List<DayForecast> forSite(String siteValue) {
        Random random = new Random(seed(siteValue));
        WeatherCondition[] conditions = WeatherCondition.values();
        List<DayForecast> days = new ArrayList<>(DAYS);
        for (int day = 0; day < DAYS; day++) {
            int low = COLDEST_LOW + random.nextInt(LOW_SPREAD);
            int high = low + MIN_DAY_RANGE + random.nextInt(DAY_RANGE_SPREAD);
            days.add(new DayForecast(day, conditions[random.nextInt(conditions.length)], low, high));
        }
        return List.copyOf(days);
    }

    private static long seed(String siteValue) {
        CRC32 crc = new CRC32();
        crc.update(siteValue.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
