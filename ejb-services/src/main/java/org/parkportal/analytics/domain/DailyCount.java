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
import java.time.LocalDate;

/** A figure of one UTC day: its hours rolled up, and the day's distinct active users. */
@Entity
@Table(name = "analytics_daily")
public class DailyCount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "analytics_count_seq")
    @SequenceGenerator(name = "analytics_count_seq", sequenceName = "analytics_count_seq", allocationSize = 50)
    private long id;

    @Column(name = "usage_day")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    private Metric metric;

    private String subject;

    private String tenant;

    private long amount;

    protected DailyCount() {
    }

    public DailyCount(LocalDate day, Count count) {
        this.day = day;
        this.metric = count.metric();
        this.subject = count.subject();
        this.tenant = count.tenant();
        this.amount = count.amount();
    }

    public LocalDate day() {
        return day;
    }

    public Count count() {
        return new Count(metric, subject, tenant, amount);
    }
}
