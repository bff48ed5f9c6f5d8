package org.parkportal.portlets.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.parkportal.billing.application.DailyCharges;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.PriceTier;
import org.parkportal.billing.domain.UsageType;

class FormInputTest {

    @Test
    void numbersTakeADotOrACommaAndNothingElse() {
        assertEquals(new BigDecimal("12.50"), FormNumber.parse(" 12,50 ", BillingRefused.Reason.INVALID_PRICE));
        assertNull(FormNumber.parse("  ", BillingRefused.Reason.INVALID_PRICE));
        for (String bad : List.of("1e9", "1.000,00", "abc", "12.5.1", "0x10")) {
            assertEquals(BillingRefused.Reason.INVALID_CREDIT_LIMIT, assertThrows(BillingRefused.class,
                    () -> FormNumber.parse(bad, BillingRefused.Reason.INVALID_CREDIT_LIMIT)).reason(), bad);
        }
        assertThrows(BillingRefused.class, () -> FormNumber.required("", BillingRefused.Reason.INVALID_AMOUNT));
    }

    @Test
    void tiersAreReadLineByLineAndWrittenBackTheSameWay() {
        List<PriceTier> tiers = TierText.parse("1000 0.0004\r\n5000 0,0003\n\n0.0002");
        assertEquals(3, tiers.size());
        assertEquals(new BigDecimal("5000"), tiers.get(1).upTo());
        assertNull(tiers.get(2).upTo());
        assertEquals("1000 0.0004\n5000 0.0003\n0.0002", TierText.format(tiers));
        assertEquals(BillingRefused.Reason.INVALID_TIERS, assertThrows(BillingRefused.class,
                () -> TierText.parse("1000 0.1 extra")).reason());
    }

    @Test
    void theChartHasADatasetPerUsageTypeAndNoRawAngleBrackets() {
        Currency eur = Currency.getInstance("EUR");
        LocalDate day1 = LocalDate.parse("2026-05-01");
        LocalDate day2 = LocalDate.parse("2026-05-02");
        String json = UsageChart.json(List.of(
                new DailyCharges(day1, UsageType.RUNNING_VM, Money.exactly(new BigDecimal("1.08"), eur)),
                new DailyCharges(day2, UsageType.RUNNING_VM, Money.exactly(new BigDecimal("1.08"), eur)),
                new DailyCharges(day2, UsageType.VOLUME, Money.exactly(new BigDecimal("0.67"), eur))),
                type -> type == UsageType.VOLUME ? "</script><b>" : "VM");
        assertTrue(!json.contains("<"), json);
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals(List.of("2026-05-01", "2026-05-02"), chart.getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(2, chart.getJsonArray("datasets").size());
        JsonObject volume = chart.getJsonArray("datasets").getJsonObject(1);
        assertEquals("</script><b>", volume.getString("label"));
        assertEquals(0, volume.getJsonArray("data").getJsonNumber(0).bigDecimalValue().signum(), "no volume on day 1");
    }
}
