package org.parkportal.cloud.application.internal;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * The time of the cloud's lifecycle: when orders are decided, VMs created, started, stopped and destroyed, and so
 * what metering bills. It is the system's UTC clock. Only the integration tests set it ({@link #setTo}), to play a
 * VM's day - e.g. CloudStack's usage example, created at 12:00, stopped at 18:00, started at 23:00 - through the
 * real services and see that day billed; nothing in the portal calls it. Metering never meters past this time,
 * so an hourly run in the middle of such a day leaves the rest of the day open.
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CloudClock {

    private static final Logger LOG = Logger.getLogger(CloudClock.class.getName());

    private volatile Clock clock = Clock.systemUTC();

    /**
     * In whole microseconds: what a TIMESTAMP WITH TIME ZONE column keeps (H2 and PostgreSQL). H2 rounds the
     * nanoseconds away, so a change read back from the database could otherwise seem later than the next change
     * taken at the same instant, and metering refuses it (TIME_BACKWARDS) - which failed about every second
     * provisioning (VM created and started at one instant) in the cloud API's integration tests.
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** From now on the lifecycle's time is {@code instant}, standing still; null: the system clock again. */
    public void setTo(Instant instant) {
        clock = instant == null ? Clock.systemUTC() : Clock.fixed(instant, java.time.ZoneOffset.UTC);
        LOG.warning(() -> "Cloud lifecycle clock " + (instant == null ? "back to the system clock" : "set to " + instant));
    }
}
