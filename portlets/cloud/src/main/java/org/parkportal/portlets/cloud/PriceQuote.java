package org.parkportal.portlets.cloud;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.parkportal.cloud.ordering.application.OrderQuote;

/**
 * The back office's quote as the order form keeps it in the portlet session until the next render: prices with
 * their currency, what the tenant already holds, what this server adds, the tenant's limits and which of them the
 * order would pass, and whether a manager must approve it.
 */
public record PriceQuote(BigDecimal hourly, BigDecimal monthly, String currency, Use inUse, Use asked, Use after,
                         Limits limits, List<String> passes, boolean needsApproval) implements Serializable {

    private static final long serialVersionUID = 2L;

    public PriceQuote {
        passes = List.copyOf(passes);
    }

    /** Servers, vCPUs, RAM and disk. */
    public record Use(long vms, long vcpus, long ramMib, long storageGb) implements Serializable {
        private static final long serialVersionUID = 1L;

        public long getVms() { return vms; }
        public long getVcpus() { return vcpus; }
        public long getRamMib() { return ramMib; }
        public long getStorageGb() { return storageGb; }
    }

    /** The tenant's limit per resource; null: none. */
    public record Limits(Long vms, Long vcpus, Long ramMib, Long storageGb) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Long getVms() { return vms; }
        public Long getVcpus() { return vcpus; }
        public Long getRamMib() { return ramMib; }
        public Long getStorageGb() { return storageGb; }
    }

    /**
     * One resource as the quote's table shows it: {@code name} for the markup and the bundle (use.vms, ...), in use,
     * asked, after the order, the limit (null: none) and whether the order would pass it.
     */
    public record Row(String name, long inUse, long asked, long after, Long limit, boolean over) {
        public String getName() { return name; }
        public long getInUse() { return inUse; }
        public long getAsked() { return asked; }
        public long getAfter() { return after; }
        public Long getLimit() { return limit; }
        public boolean isOver() { return over; }
    }

    /** VMs, vCPUs, RAM and storage, in the order of the limits' kinds. */
    public List<Row> getRows() {
        return List.of(
                new Row("vms", inUse.vms(), asked.vms(), after.vms(), limits.vms(), passes.contains("VMS")),
                new Row("vcpus", inUse.vcpus(), asked.vcpus(), after.vcpus(), limits.vcpus(), passes.contains("VCPUS")),
                new Row("ram", inUse.ramMib(), asked.ramMib(), after.ramMib(), limits.ramMib(),
                        passes.contains("RAM_MIB")),
                new Row("storage", inUse.storageGb(), asked.storageGb(), after.storageGb(), limits.storageGb(),
                        passes.contains("STORAGE_GB")));
    }

    static PriceQuote of(OrderQuote quote) {
        var in = quote.inUse();
        var asked = quote.asked();
        var limits = quote.limits();
        return new PriceQuote(quote.hourly(), quote.monthly(), quote.currency(),
                new Use(in.vms(), in.vcpus(), in.ramMib(), in.storageGb()),
                new Use(asked.vms(), asked.vcpus(), asked.ramMib(), asked.storageGb()),
                new Use(in.vms() + asked.vms(), in.vcpus() + asked.vcpus(), in.ramMib() + asked.ramMib(),
                        in.storageGb() + asked.storageGb()),
                new Limits(limits.vms(), limits.vcpus(), limits.ramMib(), limits.storageGb()),
                quote.passes(), quote.needsApproval());
    }

    public BigDecimal getHourly() { return hourly; }
    public BigDecimal getMonthly() { return monthly; }
    public String getCurrency() { return currency; }
    public Use getInUse() { return inUse; }
    public Use getAsked() { return asked; }
    public Use getAfter() { return after; }
    public Limits getLimits() { return limits; }
    /** The limits the order would pass, by kind (VMS, VCPUS, RAM_MIB, STORAGE_GB): placing it would be refused. */
    public List<String> getPasses() { return passes; }
    public boolean isPassesAny() { return !passes.isEmpty(); }
    public boolean isNeedsApproval() { return needsApproval; }
}
