package org.parkportal.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per user name, so the login page can say that a name is locked and for how long.
 *
 * The lock itself is Elytron's: its brute-force wrapper around the portal-ldap realm refuses a name after
 * {@code max-failed-attempts} failures for {@code lockout-interval} minutes, even with the right password
 * (portal.cli sets both). This class reads the same two system properties so that what the user is told
 * matches what the realm does. Failures older than the lockout interval are forgotten.
 */
public final class LoginAttempts {

    static final String MAX_PROPERTY = "wildfly.elytron.realm.portal-ldap.brute-force.max-failed-attempts";
    static final String LOCKOUT_PROPERTY = "wildfly.elytron.realm.portal-ldap.brute-force.lockout-interval";
    /** Beyond this many tracked names the oldest are dropped; a flood of invented names must not fill memory. */
    private static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginAttempts(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** As configured for the realm (Elytron's defaults: 10 failures, 15 minutes). */
    public static LoginAttempts fromSystemProperties() {
        return new LoginAttempts(Integer.getInteger(MAX_PROPERTY, 10),
                Duration.ofMinutes(Integer.getInteger(LOCKOUT_PROPERTY, 15)), Clock.systemUTC());
    }

    public void failed(String userName) {
        if (userName == null || userName.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.expired(now, lockout));
            if (failures.size() >= MAX_TRACKED) {
                failures.clear();
            }
        }
        failures.compute(key(userName), (k, f) -> f == null || f.expired(now, lockout)
                ? new Failures(1, now) : new Failures(f.count() + 1, now));
    }

    public void succeeded(String userName) {
        if (userName != null) {
            failures.remove(key(userName));
        }
    }

    /** Whether the realm now refuses this name; counts failures within the lockout interval of the last one. */
    public boolean isLocked(String userName) {
        if (userName == null) {
            return false;
        }
        Failures f = failures.get(key(userName));
        return f != null && !f.expired(clock.instant(), lockout) && f.count() >= maxFailures;
    }

    public long lockoutMinutes() {
        return lockout.toMinutes();
    }

    private static String key(String userName) {
        return userName.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
        boolean expired(Instant now, Duration lockout) {
            return last.plus(lockout).isBefore(now);
        }
    }
}
