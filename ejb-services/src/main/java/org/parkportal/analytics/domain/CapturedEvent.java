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
import java.time.ZoneOffset;

/** Equal usage events of one minute (a count of them), as stored until it is aggregated and, after the retention period, deleted. Times in UTC. */
@Entity
@Table(name = "analytics_event")
public class CapturedEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "analytics_event_seq")
    @SequenceGenerator(name = "analytics_event_seq", sequenceName = "analytics_event_seq", allocationSize = 50)
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private UsageEventType type;

    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;

    @Column(name = "user_id")
    private String user;

    private String tenant;

    private String page;

    private String portlet;

    @Column(name = "window_id")
    private String window;

    private String device;

    @Column(name = "search_query")
    private String query;

    private long hits;

    /** How many equal events of the minute this row stands for. */
    private long quantity;

    protected CapturedEvent() {
    }

    public CapturedEvent(EventTally tally) {
        UsageEvent event = tally.event();
        this.quantity = tally.quantity();
        this.type = event.type();
        this.occurredAt = LocalDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC);
        this.user = event.user();
        this.tenant = event.tenant();
        this.page = event.page();
        this.portlet = event.portlet();
        this.window = event.window();
        this.device = event.device();
        this.query = event.query();
        this.hits = event.hits();
    }

    public long id() { return id; }
    public UsageEventType type() { return type; }
    public LocalDateTime occurredAt() { return occurredAt; }
    public String user() { return user; }
    public String tenant() { return tenant; }
    public long quantity() { return quantity; }
}
