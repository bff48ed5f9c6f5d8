package org.parkportal.cloud.metering.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parkportal.billing.domain.UsageType;

/**
 * One resource's changes in the order they were reported, and the usage they add up to: the calculator. Pure (no
 * database, no clock), so the golden cases run as plain unit tests.
 *
 * <p>Between two changes the resource is in one {@link ResourceState}; each such stretch, clipped to the asked
 * interval, adds its exact duration (to the nanosecond) to the items it uses: a running VM to
 * {@code vm.running.<offering>} and {@code vm.allocated.<offering>}, a stopped VM to the allocated item only, a
 * volume its size × duration to {@code volume.gb}, a snapshot to {@code snapshot.gb}, a public IP to
 * {@code ip.public}. After the last change the state lasts until the end of the interval. Each item's exact sum is
 * converted to hours once, rounded HALF_EVEN to 6 decimals: the only rounding.
 */
public record ChangeLog(String resourceId, String tenant, List<Change> changes) {

    public static final int SCALE = 6;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    public ChangeLog {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new MeteringRefused(MeteringRefused.Reason.UNKNOWN_RESOURCE, resourceId + " has no changes");
        }
    }

    /** The states the log passes through, each with the time it began; checks every step. */
    public List<ResourceState> states() {
        List<ResourceState> states = new ArrayList<>(changes.size());
        ResourceState state = ResourceState.created(resourceId, tenant, changes.get(0));
        states.add(state);
        for (Change change : changes.subList(1, changes.size())) {
            state = state.next(change);
            states.add(state);
        }
        return states;
    }

    /** The usage in {@code [from, to)}, by item (and vCPU part), without the items it did not use. */
    public List<MeteredQuantity> usage(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new MeteringRefused(MeteringRefused.Reason.INVALID_PERIOD, from + " to " + to);
        }
        Map<String, Accumulated> byItem = new TreeMap<>();
        List<ResourceState> states = states();
        for (int i = 0; i < states.size(); i++) {
            ResourceState state = states.get(i);
            Instant start = max(state.since(), from);
            Instant end = i + 1 < states.size() ? min(states.get(i + 1).since(), to) : to;
            if (!start.isBefore(end) || state.phase() == Phase.ENDED) {
                continue;
            }
            BigDecimal seconds = new BigDecimal(Duration.between(start, end).toNanos()).divide(NANOS_PER_SECOND);
            add(byItem, state, seconds);
        }
        List<MeteredQuantity> usage = new ArrayList<>(byItem.size());
        for (Accumulated a : byItem.values()) {
            BigDecimal quantity = a.seconds.divide(SECONDS_PER_HOUR, SCALE, RoundingMode.HALF_EVEN);
            if (quantity.signum() > 0) {
                usage.add(new MeteredQuantity(a.type, a.item, a.part, quantity));
            }
        }
        return usage;
    }

    private static void add(Map<String, Accumulated> byItem, ResourceState state, BigDecimal seconds) {
        switch (state.kind()) {
            case VM -> {
                if (state.phase() == Phase.RUNNING) {
                    addVm(byItem, UsageType.RUNNING_VM, MeteredQuantity.RUNNING_ITEM + state.offering(), state, seconds);
                }
                addVm(byItem, UsageType.ALLOCATED_VM, MeteredQuantity.ALLOCATED_ITEM + state.offering(), state, seconds);
            }
            case VOLUME -> addTo(byItem, UsageType.VOLUME, MeteredQuantity.VOLUME_ITEM, "",
                    seconds.multiply(BigDecimal.valueOf(state.sizeGb())));
            case SNAPSHOT -> addTo(byItem, UsageType.SNAPSHOT, MeteredQuantity.SNAPSHOT_ITEM, "",
                    seconds.multiply(BigDecimal.valueOf(state.sizeGb())));
            case PUBLIC_IP -> addTo(byItem, UsageType.IP_ADDRESS, MeteredQuantity.IP_ITEM, "", seconds);
        }
    }

    /** A fixed offering's hours as they are; a custom one's once per vCPU (see {@link MeteredQuantity#part()}). */
    private static void addVm(Map<String, Accumulated> byItem, UsageType type, String item, ResourceState state,
                              BigDecimal seconds) {
        if (!ResourceState.CUSTOM_OFFERING.equals(state.offering())) {
            addTo(byItem, type, item, "", seconds);
            return;
        }
        for (int vcpu = 1; vcpu <= state.vcpus(); vcpu++) {
            addTo(byItem, type, item, "vcpu" + vcpu, seconds);
        }
    }

    private static void addTo(Map<String, Accumulated> byItem, UsageType type, String item, String part,
                              BigDecimal amount) {
        // In the usage types' order, then by item; the part padded, so vcpu10 sorts after vcpu9.
        String key = type.ordinal() + "|" + item + "|" + String.format("%8s", part);
        Accumulated accumulated = byItem.computeIfAbsent(key, k -> new Accumulated(type, item, part));
        accumulated.seconds = accumulated.seconds.add(amount);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static final class Accumulated {
        private final UsageType type;
        private final String item;
        private final String part;
        private BigDecimal seconds = BigDecimal.ZERO;

        private Accumulated(UsageType type, String item, String part) {
            this.type = type;
            this.item = item;
            this.part = part;
        }
    }
}
