package org.parkportal.portlets.billing;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.parkportal.billing.domain.BillingRefused;

/**
 * A decimal number typed into a form: digits with one '.' or ',' as the decimal separator, no grouping, no exponent
 * (a value like 1e9 is a typo in a price form, not a wish). Anything else is refused with the field's reason.
 */
final class FormNumber {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}([.,]\\d{1,8})?");

    private FormNumber() {
    }

    /** Null for a blank field. */
    static BigDecimal parse(String text, BillingRefused.Reason reason) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new BillingRefused(reason, t);
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    static BigDecimal required(String text, BillingRefused.Reason reason) {
        BigDecimal value = parse(text, reason);
        if (value == null) {
            throw new BillingRefused(reason, "missing");
        }
        return value;
    }
}
