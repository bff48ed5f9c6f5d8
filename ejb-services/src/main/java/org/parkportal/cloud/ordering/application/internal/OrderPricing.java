package org.parkportal.cloud.ordering.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.parkportal.billing.application.PriceQuotation;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.Money;
import org.parkportal.cloud.catalogue.domain.BillingItems;
import org.parkportal.cloud.catalogue.domain.ComputeOffering;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.ordering.domain.ServerSpec;

/**
 * The price of a server as billing will charge it: running and allocated VM hours (per vCPU for the custom
 * offering, as metering reports them) and its disks' GB-hours, for every hour of the current UTC month, quoted by
 * billing (so tiers and the tenant's month so far count). The hourly figure is that month divided by its hours.
 * An item billing has no price for makes the server not orderable rather than free.
 */
@Stateless
public class OrderPricing {

    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private PriceQuotation quotation;

    public record Price(BigDecimal hourly, BigDecimal monthly, String currency) {
    }

    public Price price(String tenant, ServerSpec spec) {
        ComputeOffering offering = em.find(ComputeOffering.class, spec.offeringId());
        if (offering == null) {
            throw new OrderRefused(OrderRefused.Reason.NOT_ORDERABLE);
        }
        YearMonth month = YearMonth.now(CLOCK);
        Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        BigDecimal hours = BigDecimal.valueOf(Duration.between(start, end).toHours());
        Money monthly = monthOf(tenant, offering.runningItem(), hours, start, end)
                .plus(monthOf(tenant, offering.allocatedItem(), hours, start, end));
        if (offering.custom()) {
            // Metering reports a custom VM's hours once per vCPU.
            monthly = Money.round(monthly.amount().multiply(BigDecimal.valueOf(spec.vcpus())), monthly.currency());
        }
        long diskGb = spec.rootDiskGb() + spec.dataDiskGb();
        if (diskGb > 0) {
            monthly = monthly.plus(monthOf(tenant, BillingItems.VOLUME_GB,
                    hours.multiply(BigDecimal.valueOf(diskGb)), start, end));
        }
        BigDecimal hourly = monthly.amount().divide(hours, 4, RoundingMode.HALF_EVEN);
        return new Price(hourly, monthly.amount(), monthly.currency().getCurrencyCode());
    }

    private Money monthOf(String tenant, String item, BigDecimal quantity, Instant start, Instant end) {
        try {
            return quotation.quote(tenant, item, quantity, start, end).amount();
        } catch (BillingRefused e) {
            throw new OrderRefused(OrderRefused.Reason.NOT_ORDERABLE);
        }
    }
}
