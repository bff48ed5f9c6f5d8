package org.parkportal.billing.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkportal.billing.application.internal.GoldenUsage.SETTINGS;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkportal.billing.application.CreditStatus;
import org.parkportal.billing.application.NewUsage;
import org.parkportal.billing.application.PriceQuote;
import org.parkportal.billing.application.RatingObserver;
import org.parkportal.billing.application.RecordedUsage;
import org.parkportal.billing.domain.BillingAccount;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.QuotaAlert;
import org.parkportal.billing.domain.UsageType;

/** What the cloud servers (and other producers) rely on: idempotent recording, quotes, the credit limit and its alerts. */
class ProducerApiTest {

    private static final Instant NOW = Instant.parse("2025-04-30T12:00:00Z");

    private BillingDatabase db;

    @BeforeEach
    void setUp() {
        db = new BillingDatabase();
        GoldenUsage.prices(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private RecordedUsage record(NewUsage usage) {
        return db.inTransaction(em -> new UsageBook(em).record(usage, NOW));
    }

    private static NewUsage vmHours(String key, String hours) {
        return GoldenUsage.usage(key, "acme", UsageType.RUNNING_VM, "vm.running.small", "vm-1", hours,
                "2025-04-01T00:00:00Z", "2025-04-11T00:00:00Z");
    }

    @Test
    void aRetriedRecordIsTheFirstOneAndAChangedOneIsRefused() {
        RecordedUsage first = record(vmHours("cloud:vm-1:2025-04-01", "240"));
        RecordedUsage retry = record(vmHours("cloud:vm-1:2025-04-01", "240.000"));

        assertTrue(first.created());
        assertFalse(retry.created());
        assertEquals(first.id(), retry.id());
        assertEquals(1, db.count("UsageRecord"));
        assertEquals(BillingRefused.Reason.CONFLICTING_RECORD, assertThrows(BillingRefused.class,
                () -> record(vmHours("cloud:vm-1:2025-04-01", "239"))).reason());
        assertEquals(BillingRefused.Reason.UNKNOWN_ITEM, assertThrows(BillingRefused.class,
                () -> record(GoldenUsage.usage("k", "acme", UsageType.RUNNING_VM, "vm.running.huge", "vm-1", "1",
                        "2025-04-01T00:00:00Z", "2025-04-01T01:00:00Z"))).reason());
    }

    @Test
    void aQuotePricesLikeRatingIncludingTheMonthsRunningTotal() {
        PriceQuote before = quote("acme", "storage.volume", "1000");
        assertEquals(new BigDecimal("0.40"), before.amount().amount(), "1000 GB-h in the first tier");

        record(GoldenUsage.usage("vol", "acme", UsageType.VOLUME, "storage.volume", "vol-1", "4500",
                "2025-04-01T00:00:00Z", "2025-04-20T00:00:00Z"));
        rate();

        // 500 GB-h more after 4500: to 5000 at 0.0003 and 500 at 0.0002 = 0.15 + 0.10.
        assertEquals(new BigDecimal("0.25"), quote("acme", "storage.volume", "1000").amount().amount());
        assertEquals(new BigDecimal("0.40"), quote("globex", "storage.volume", "1000").amount().amount(),
                "another tenant's running total is its own");
        assertEquals(new BigDecimal("0.05"), quote("acme", "vm.running.small", "1").amount().amount(),
                "the price of 2025-04-20 is the second version's");
        assertEquals(BillingRefused.Reason.NOT_FOUND, assertThrows(BillingRefused.class,
                () -> db.inTransaction(em -> new Quotation(em, SETTINGS).quote("acme", "vm.running.small",
                        BigDecimal.ONE, Instant.parse("2024-06-01T00:00:00Z"), Instant.parse("2024-06-01T01:00:00Z"))))
                .reason());
    }

    @Test
    void spendingCountsRatedAndUnratedUsageAndAlertsOncePerLevel() {
        db.run(em -> em.find(BillingAccount.class, "acme").change("Acme Robotics", new BigDecimal("19"),
                new BigDecimal("20.00"), true, GoldenUsage.EUR));
        record(vmHours("a", "240"));   // 240 x 0.045 = 10.80
        rate();
        record(GoldenUsage.usage("b", "acme", UsageType.SERVICE_USE, "room.booking", "room-a", "0.4",
                "2025-04-22T14:00:00Z", "2025-04-22T15:00:00Z"));   // not rated yet: 0.4 x 15.00 = 6.00

        CreditStatus status = db.inTransaction(em -> new CreditWatch(em, SETTINGS).status("acme"));

        assertEquals(new BigDecimal("16.80"), status.exposure().amount());
        assertEquals(QuotaAlert.WARNING, status.alertLevel(), "16.80 is 84 % of 20.00");
        assertTrue(status.enforced());
        assertTrue(status.wouldExceed(Money.exactly(new BigDecimal("3.21"), GoldenUsage.EUR)));
        assertFalse(status.wouldExceed(Money.exactly(new BigDecimal("3.20"), GoldenUsage.EUR)), "up to the limit is fine");

        assertEquals(QuotaAlert.WARNING, db.inTransaction(em -> new CreditWatch(em, SETTINGS).raiseAlerts("acme", NOW))
                .orElseThrow().level());
        assertTrue(db.inTransaction(em -> new CreditWatch(em, SETTINGS).raiseAlerts("acme", NOW)).isEmpty(),
                "an alert is raised once per level and month");
        assertEquals(1, db.count("QuotaAlert"));
    }

    @Test
    void aTenantWithoutALimitIsNeverRefused() {
        CreditStatus status = db.inTransaction(em -> new CreditWatch(em, SETTINGS).status("globex"));

        assertNull(status.limit());
        assertEquals(0, status.alertLevel());
        assertFalse(status.wouldExceed(Money.exactly(new BigDecimal("1000000"), GoldenUsage.EUR)));
    }

    private PriceQuote quote(String tenant, String item, String quantity) {
        return db.inTransaction(em -> new Quotation(em, SETTINGS).quote(tenant, item, new BigDecimal(quantity),
                Instant.parse("2025-04-20T00:00:00Z"), Instant.parse("2025-04-30T00:00:00Z")));
    }

    private void rate() {
        new RatingRun().run(cursor -> db.inTransaction(
                em -> new Rating(em).rateBatch(cursor, SETTINGS.ratingBatchSize(), NOW, RatingObserver.NONE)));
    }
}
