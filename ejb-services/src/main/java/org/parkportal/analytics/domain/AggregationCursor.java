package org.parkportal.analytics.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * How far the hourly aggregation has come: the hour it tallied last (UTC). That hour was still going on then, so the
 * next run tallies it again, then every hour after it up to its own current hour.
 */
@Cacheable(false)
@Entity
@Table(name = "analytics_cursor")
public class AggregationCursor {

    public static final String HOURLY = "hourly";

    @Id
    private String name;

    @Column(name = "last_hour")
    private LocalDateTime lastHour;

    protected AggregationCursor() {
    }

    public AggregationCursor(String name, LocalDateTime lastHour) {
        this.name = name;
        this.lastHour = lastHour;
    }

    public LocalDateTime lastHour() {
        return lastHour;
    }

    public void moveTo(LocalDateTime hour) {
        if (lastHour == null || hour.isAfter(lastHour)) {
            lastHour = hour;
        }
    }
}
