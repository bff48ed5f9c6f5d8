package org.parkportal.billing.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.YearMonth;
import org.parkportal.billing.domain.BillingPeriod;

/** A billing period as 'yyyy-MM' text, which sorts and compares like the months it names. */
@Converter
public class PeriodColumn implements AttributeConverter<BillingPeriod, String> {

    @Override
    public String convertToDatabaseColumn(BillingPeriod period) {
        return period == null ? null : period.toString();
    }

    @Override
    public BillingPeriod convertToEntityAttribute(String value) {
        return value == null ? null : new BillingPeriod(YearMonth.parse(value));
    }
}
