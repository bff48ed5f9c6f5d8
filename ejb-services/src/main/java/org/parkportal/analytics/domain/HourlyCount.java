package org.parkportal.analytics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A figure of one UTC hour. */
@Entity
@Table(name = "analytics_hourly")
public class HourlyCount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "analytics_count_seq")
    @SequenceGenerator(name = "analytics_count_seq", sequenceName = "analytics_count_seq", allocationSize = 50)
    private long id;

    /** The hour's start, UTC. */
    @Column(name = "hour_start")
    private LocalDateTime hour;

    @Enumerated(EnumType.STRING)
    private Metric metric;

    private String subject;

    private String tenant;

    private long amount;

    protected HourlyCount() {
    }

    public HourlyCount(LocalDateTime hour, Count count) {
        this.hour = hour;
        this.metric = count.metric();
        this.subject = count.subject();
        this.tenant = count.tenant();
        this.amount = count.amount();
    }

    public Count count() {
        return new Count(metric, subject, tenant, amount);
    }

    public LocalDateTime hour() {
        return hour;
    }
}
