package org.parkportal.cloud.metering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parkportal.billing.domain.UsageType;

/** The calculator on hand-made change logs, with the expected hours worked out by hand in each test. */
class ChangeLogTest {

    private static final Instant DAY = Instant.parse("2026-05-12T00:00:00Z");

    private static Instant at(String time) {
        return Instant.parse("2026-05-12T" + time + "Z");
    }

    private static ChangeLog vm(String offering, int vcpus, Change... later) {
        List<Change> changes = new ArrayList<>();
        changes.add(Change.vm(ChangeKind.VM_CREATED, at("12:00:00"), offering, vcpus));
        changes.addAll(List.of(later));
        return new ChangeLog("vm-1", "acme", changes);
    }

    /** Sums by "TYPE item" (the vCPU parts of a custom VM added up). */
    private static Map<String, BigDecimal> totals(List<MeteredQuantity> usage) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        usage.forEach(q -> totals.merge(q.usageType() + " " + q.itemCode(), q.quantity(), BigDecimal::add));
        return totals;
    }

    private static BigDecimal hours(String value) {
        return new BigDecimal(value).setScale(ChangeLog.SCALE);
    }

    @Test
    void cloudStacksGoldenCaseGivesSevenRunningAndTwelveAllocatedHoursForTheDay() {
        // Apache CloudStack's usage documentation: deployed at 12:00, stopped at 18:00, started again at 23:00.
        ChangeLog log = vm("small", 1, Change.of(ChangeKind.VM_STARTED, at("12:00:00")),
                Change.of(ChangeKind.VM_STOPPED, at("18:00:00")), Change.of(ChangeKind.VM_STARTED, at("23:00:00")));

        List<MeteredQuantity> day = log.usage(DAY, DAY.plus(1, ChronoUnit.DAYS));

        assertEquals(List.of(
                new MeteredQuantity(UsageType.RUNNING_VM, "vm.running.small", "", hours("7")),
                new MeteredQuantity(UsageType.ALLOCATED_VM, "vm.allocated.small", "", hours("12"))), day);
    }

    @Test
    void theGoldenDayMeteredHourByHourAddsUpToTheSameAndTheStoppedHoursAreAllocatedOnly() {
        ChangeLog log = vm("small", 1, Change.of(ChangeKind.VM_STARTED, at("12:00:00")),
                Change.of(ChangeKind.VM_STOPPED, at("18:00:00")), Change.of(ChangeKind.VM_STARTED, at("23:00:00")));
        Map<String, BigDecimal> sum = new TreeMap<>();
        int runningHours = 0;
        for (Instant hour = DAY; hour.isBefore(DAY.plus(1, ChronoUnit.DAYS)); hour = hour.plus(1, ChronoUnit.HOURS)) {
            List<MeteredQuantity> slice = log.usage(hour, hour.plus(1, ChronoUnit.HOURS));
            slice.forEach(q -> sum.merge(q.usageType().name(), q.quantity(), BigDecimal::add));
            runningHours += slice.stream().anyMatch(q -> q.usageType() == UsageType.RUNNING_VM) ? 1 : 0;
        }
        assertEquals(Map.of("RUNNING_VM", hours("7"), "ALLOCATED_VM", hours("12")), sum);
        assertEquals(7, runningHours);
        assertEquals(List.of(new MeteredQuantity(UsageType.ALLOCATED_VM, "vm.allocated.small", "", hours("1"))),
                log.usage(at("20:00:00"), at("21:00:00")));
        assertEquals(List.of(), log.usage(at("08:00:00"), at("09:00:00")), "nothing before the VM existed");
    }

    @Test
    void anOfferingChangeInTheMiddleOfAnHourSplitsItBetweenTheTwoItems() {
        ChangeLog log = vm("small", 1, Change.of(ChangeKind.VM_STARTED, at("12:00:00")),
                Change.vm(ChangeKind.VM_OFFERING_CHANGED, at("14:20:00"), "medium", 2));

        Map<String, BigDecimal> hour = totals(log.usage(at("14:00:00"), at("15:00:00")));

        assertEquals(Map.of(
                "RUNNING_VM vm.running.small", hours("0.333333"),
                "RUNNING_VM vm.running.medium", hours("0.666667"),
                "ALLOCATED_VM vm.allocated.small", hours("0.333333"),
                "ALLOCATED_VM vm.allocated.medium", hours("0.666667")), hour);
        assertEquals(hours("2.333333"), totals(log.usage(at("12:00:00"), at("15:00:00"))).get("RUNNING_VM vm.running.small"));
    }

    @Test
    void aDestroyedVmStopsCountingAndCannotBeStartedAgain() {
        ChangeLog log = vm("large", 4, Change.of(ChangeKind.VM_STARTED, at("12:00:00")),
                Change.of(ChangeKind.VM_DESTROYED, at("15:30:00")));

        assertEquals(Map.of("RUNNING_VM vm.running.large", hours("0.5"), "ALLOCATED_VM vm.allocated.large", hours("0.5")),
                totals(log.usage(at("15:00:00"), at("16:00:00"))));
        assertEquals(List.of(), log.usage(at("16:00:00"), at("23:00:00")));
        assertEquals(hours("3.5"), totals(log.usage(DAY, DAY.plus(2, ChronoUnit.DAYS))).get("ALLOCATED_VM vm.allocated.large"));

        ResourceState destroyed = log.states().get(log.states().size() - 1);
        MeteringRefused refused = assertThrows(MeteringRefused.class,
                () -> destroyed.next(Change.of(ChangeKind.VM_STARTED, at("16:00:00"))));
        assertEquals(MeteringRefused.Reason.RESOURCE_ENDED, refused.reason());
    }

    @Test
    void aResizedVolumeCountsEachSizeForItsOwnTime() {
        ChangeLog log = new ChangeLog("vol-1", "acme", List.of(
                Change.sized(ChangeKind.VOLUME_CREATED, at("08:00:00"), 100),
                Change.sized(ChangeKind.VOLUME_RESIZED, at("09:30:00"), 250),
                Change.of(ChangeKind.VOLUME_DELETED, at("11:00:00"))));

        // 100 GB × 1.5 h + 250 GB × 0.5 h = 275 GB-hours; then 250 GB × 1 h; then nothing.
        assertEquals(List.of(new MeteredQuantity(UsageType.VOLUME, "volume.gb", "", hours("275"))),
                log.usage(at("08:00:00"), at("10:00:00")));
        assertEquals(hours("250"), log.usage(at("10:00:00"), at("11:00:00")).get(0).quantity());
        assertEquals(List.of(), log.usage(at("11:00:00"), at("12:00:00")));
    }

    @Test
    void snapshotsAndPublicIpsCountWhileTheyAreHeld() {
        ChangeLog snapshot = new ChangeLog("snap-1", "acme", List.of(
                Change.sized(ChangeKind.SNAPSHOT_TAKEN, at("10:15:00"), 40),
                Change.of(ChangeKind.SNAPSHOT_DELETED, at("12:45:00"))));
        ChangeLog ip = new ChangeLog("ip-1", "acme", List.of(Change.of(ChangeKind.IP_ACQUIRED, at("10:15:00")),
                Change.of(ChangeKind.IP_RELEASED, at("12:45:00"))));

        assertEquals(List.of(new MeteredQuantity(UsageType.SNAPSHOT, "snapshot.gb", "", hours("100"))),
                snapshot.usage(DAY, DAY.plus(1, ChronoUnit.DAYS)));
        assertEquals(List.of(new MeteredQuantity(UsageType.IP_ADDRESS, "ip.public", "", hours("2.5"))),
                ip.usage(DAY, DAY.plus(1, ChronoUnit.DAYS)));
    }

    @Test
    void theCustomOfferingCountsHoursTimesVcpusAsOneShareOfAtMostTheIntervalPerVcpu() {
        ChangeLog log = vm("custom", 4, Change.of(ChangeKind.VM_STARTED, at("12:00:00")),
                Change.vm(ChangeKind.VM_OFFERING_CHANGED, at("13:30:00"), "custom", 2));

        List<MeteredQuantity> first = log.usage(at("12:00:00"), at("13:00:00"));
        assertEquals(hours("4"), totals(first).get("RUNNING_VM vm.running.custom"));
        assertEquals(hours("4"), totals(first).get("ALLOCATED_VM vm.allocated.custom"));

        // 4 vCPUs for half an hour, then 2: 4 × 0.5 + 2 × 0.5 = 3 vCPU-hours.
        List<MeteredQuantity> second = log.usage(at("13:00:00"), at("14:00:00"));
        assertEquals(hours("3"), totals(second).get("RUNNING_VM vm.running.custom"));
        List<MeteredQuantity> running = second.stream().filter(q -> q.usageType() == UsageType.RUNNING_VM).toList();
        assertEquals(List.of("vcpu1", "vcpu2", "vcpu3", "vcpu4"), running.stream().map(MeteredQuantity::part).toList());
        assertEquals(List.of(hours("1"), hours("1"), hours("0.5"), hours("0.5")),
                running.stream().map(MeteredQuantity::quantity).toList());
        assertTrue(second.stream().allMatch(q -> q.quantity().compareTo(BigDecimal.ONE) <= 0),
                "no share claims more than the hour");
    }

    @Test
    void manyVcpusSortInNumberOrder() {
        List<MeteredQuantity> usage = vm("custom", 12).usage(at("12:00:00"), at("13:00:00"));
        assertEquals("vcpu10", usage.get(9).part());
        assertEquals(12, usage.size(), "allocated only: the VM never started");
    }

    @Test
    void daysAreUtcDaysSoADaylightSavingChangeHasNoEffect() {
        // 2026-03-29: Europe's clocks jump from 02:00 to 03:00 (01:00 UTC). The UTC day has 24 hours all the same.
        Instant day = Instant.parse("2026-03-29T00:00:00Z");
        ChangeLog log = new ChangeLog("vm-2", "acme", List.of(
                Change.vm(ChangeKind.VM_CREATED, day.minus(1, ChronoUnit.DAYS), "small", 1),
                Change.of(ChangeKind.VM_STARTED, day.minus(1, ChronoUnit.DAYS))));
        assertEquals(hours("24"), totals(log.usage(day, day.plus(1, ChronoUnit.DAYS))).get("RUNNING_VM vm.running.small"));

        // The local (Zurich) calendar day is 23 hours long; metered by UTC hours it still comes out exact.
        Instant localStart = LocalDate.of(2026, 3, 29).atStartOfDay(ZoneId.of("Europe/Zurich")).toInstant();
        Instant localEnd = LocalDate.of(2026, 3, 30).atStartOfDay(ZoneId.of("Europe/Zurich")).toInstant();
        assertEquals(hours("23"), totals(log.usage(localStart, localEnd)).get("RUNNING_VM vm.running.small"));
    }

    @Test
    void hourlySlicesAcrossTheMonthEndStayInTheirMonthsAndAddUp() {
        Instant created = Instant.parse("2026-01-31T21:30:00Z");
        ChangeLog log = new ChangeLog("vm-3", "acme", List.of(Change.vm(ChangeKind.VM_CREATED, created, "medium", 2),
                Change.of(ChangeKind.VM_STARTED, created)));
        Instant monthEnd = Instant.parse("2026-02-01T00:00:00Z");

        BigDecimal january = BigDecimal.ZERO.setScale(6);
        for (Instant hour = Instant.parse("2026-01-31T21:00:00Z"); hour.isBefore(monthEnd); hour = hour.plus(1, ChronoUnit.HOURS)) {
            january = january.add(totals(log.usage(hour, hour.plus(1, ChronoUnit.HOURS))).get("RUNNING_VM vm.running.medium"));
        }
        assertEquals(hours("2.5"), january);
        assertEquals(hours("1"), totals(log.usage(monthEnd, monthEnd.plus(1, ChronoUnit.HOURS))).get("RUNNING_VM vm.running.medium"));
        assertEquals(hours("4.5"), totals(log.usage(created, monthEnd.plus(2, ChronoUnit.HOURS))).get("RUNNING_VM vm.running.medium"));
    }

    @Test
    void hoursAreRoundedOnceHalfEvenToSixDecimals() {
        ChangeLog log = vm("small", 1, Change.of(ChangeKind.VM_STARTED, at("12:00:00")),
                Change.of(ChangeKind.VM_STOPPED, at("12:00:01")));
        // One second is 0.000277777... hours.
        assertEquals(hours("0.000278"), log.usage(at("12:00:00"), at("13:00:00")).get(0).quantity());

        ChangeLog blink = vm("small", 1, Change.of(ChangeKind.VM_STARTED, at("12:00:00")),
                Change.of(ChangeKind.VM_STOPPED, Instant.parse("2026-05-12T12:00:00.001Z")));
        assertEquals(List.of("ALLOCATED_VM"), blink.usage(at("12:00:00"), at("13:00:00")).stream()
                .map(q -> q.usageType().name()).toList(), "a millisecond rounds to nothing and writes nothing");
    }

    @Test
    void impossibleSequencesAreRefusedWithTheirReason() {
        assertRefused(MeteringRefused.Reason.INVALID_TRANSITION, vm("small", 1,
                Change.of(ChangeKind.VM_STARTED, at("12:00:00")), Change.of(ChangeKind.VM_STARTED, at("13:00:00"))));
        assertRefused(MeteringRefused.Reason.INVALID_TRANSITION, vm("small", 1,
                Change.of(ChangeKind.VM_STOPPED, at("13:00:00"))));
        assertRefused(MeteringRefused.Reason.TIME_BACKWARDS, vm("small", 1,
                Change.of(ChangeKind.VM_STARTED, at("11:59:59"))));
        assertRefused(MeteringRefused.Reason.WRONG_KIND, vm("small", 1,
                Change.sized(ChangeKind.VOLUME_RESIZED, at("13:00:00"), 20)));
        assertRefused(MeteringRefused.Reason.ALREADY_EXISTS, vm("small", 1,
                Change.vm(ChangeKind.VM_CREATED, at("13:00:00"), "small", 1)));
        assertRefused(MeteringRefused.Reason.UNKNOWN_RESOURCE, new ChangeLog("vm-9", "acme",
                List.of(Change.of(ChangeKind.VM_STARTED, at("12:00:00")))));
        assertRefused(MeteringRefused.Reason.RESOURCE_ENDED, new ChangeLog("ip-9", "acme", List.of(
                Change.of(ChangeKind.IP_ACQUIRED, at("12:00:00")), Change.of(ChangeKind.IP_RELEASED, at("12:30:00")),
                Change.of(ChangeKind.IP_RELEASED, at("12:40:00")))));
    }

    @Test
    void badValuesAreRefusedAsInvalid() {
        assertRefused(MeteringRefused.Reason.INVALID_VALUE, vm("Small!", 1));
        assertRefused(MeteringRefused.Reason.INVALID_VALUE, vm("small", 0));
        assertRefused(MeteringRefused.Reason.INVALID_VALUE, new ChangeLog("vm:1", "acme",
                List.of(Change.vm(ChangeKind.VM_CREATED, at("12:00:00"), "small", 1))));
        assertRefused(MeteringRefused.Reason.INVALID_VALUE, new ChangeLog("vm-1", "",
                List.of(Change.vm(ChangeKind.VM_CREATED, at("12:00:00"), "small", 1))));
        assertRefused(MeteringRefused.Reason.INVALID_VALUE, new ChangeLog("vol-1", "acme",
                List.of(Change.sized(ChangeKind.VOLUME_CREATED, at("12:00:00"), 0))));
        MeteringRefused period = assertThrows(MeteringRefused.class,
                () -> vm("small", 1).usage(at("13:00:00"), at("13:00:00")));
        assertEquals(MeteringRefused.Reason.INVALID_PERIOD, period.reason());
    }

    private static void assertRefused(MeteringRefused.Reason reason, ChangeLog log) {
        MeteringRefused refused = assertThrows(MeteringRefused.class, log::states);
        assertEquals(reason, refused.reason(), refused.getMessage());
    }
}
