package org.parkportal.portlets.cloud;

import java.io.Serializable;
import java.math.BigDecimal;

import org.parkportal.cloud.ordering.application.OrderQuote;

/**
 * The back office's quote as the order form keeps it in the portlet session until the next render: prices with
 * their currency, what the tenant already holds, what this server adds, and whether a manager must approve it.
 */
public record PriceQuote(BigDecimal hourly, BigDecimal monthly, String currency, Use inUse, Use asked, Use after,
                         boolean needsApproval) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Servers, vCPUs, RAM and disk. */
    public record Use(long vms, long vcpus, long ramMib, long storageGb) implements Serializable {
        private static final long serialVersionUID = 1L;

        public long getVms() { return vms; }
        public long getVcpus() { return vcpus; }
        public long getRamMib() { return ramMib; }
        public long getStorageGb() { return storageGb; }
    }

    static PriceQuote of(OrderQuote quote) {
        var in = quote.inUse();
        var asked = quote.asked();
        return new PriceQuote(quote.hourly(), quote.monthly(), quote.currency(),
                new Use(in.vms(), in.vcpus(), in.ramMib(), in.storageGb()),
                new Use(asked.vms(), asked.vcpus(), asked.ramMib(), asked.storageGb()),
                new Use(in.vms() + asked.vms(), in.vcpus() + asked.vcpus(), in.ramMib() + asked.ramMib(),
                        in.storageGb() + asked.storageGb()),
                quote.needsApproval());
    }

    public BigDecimal getHourly() { return hourly; }
    public BigDecimal getMonthly() { return monthly; }
    public String getCurrency() { return currency; }
    public Use getInUse() { return inUse; }
    public Use getAsked() { return asked; }
    public Use getAfter() { return after; }
    public boolean isNeedsApproval() { return needsApproval; }
}
