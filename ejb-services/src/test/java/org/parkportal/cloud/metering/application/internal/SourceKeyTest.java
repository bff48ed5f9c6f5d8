package org.parkportal.cloud.metering.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parkportal.billing.domain.UsageType;
import org.parkportal.cloud.metering.domain.MeteredQuantity;

/** The keys billing deduplicates by: the same resource, item, share and hour always give the same key. */
class SourceKeyTest {

    @Test
    void namesResourceTypeItemAndUtcHour() {
        Instant hour = Instant.parse("2026-05-01T10:00:00Z");
        assertEquals("cloud:vm-42:RUNNING_VM:vm.running.small:2026-05-01T10", ResourceMeter.sourceKey("vm-42",
                new MeteredQuantity(UsageType.RUNNING_VM, "vm.running.small", "", BigDecimal.ONE), hour));
        assertEquals("cloud:vm-7:ALLOCATED_VM:vm.allocated.custom:vcpu3:2026-05-01T10", ResourceMeter.sourceKey("vm-7",
                new MeteredQuantity(UsageType.ALLOCATED_VM, "vm.allocated.custom", "vcpu3", BigDecimal.ONE), hour));
    }
}
