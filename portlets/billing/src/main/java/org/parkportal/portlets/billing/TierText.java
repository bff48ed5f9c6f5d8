package org.parkportal.portlets.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.PriceTier;

/**
 * Tiers as an administrator types them, one per line: "up-to price" (e.g. {@code 1000 0.0004}), and a last line with
 * the price alone for everything above. Whether they rise properly is the domain's check.
 */
final class TierText {

    private TierText() {
    }

    static List<PriceTier> parse(String text) {
        List<PriceTier> tiers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tiers;
        }
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 1) {
                tiers.add(new PriceTier(null, FormNumber.required(parts[0], BillingRefused.Reason.INVALID_TIERS)));
            } else if (parts.length == 2) {
                BigDecimal upTo = FormNumber.required(parts[0], BillingRefused.Reason.INVALID_TIERS);
                tiers.add(new PriceTier(upTo, FormNumber.required(parts[1], BillingRefused.Reason.INVALID_TIERS)));
            } else {
                throw new BillingRefused(BillingRefused.Reason.INVALID_TIERS, line);
            }
        }
        return tiers;
    }

    /** The tiers as the form shows them again. */
    static String format(List<PriceTier> tiers) {
        StringBuilder text = new StringBuilder();
        for (PriceTier tier : tiers) {
            if (text.length() > 0) {
                text.append('\n');
            }
            if (tier.upTo() != null) {
                text.append(tier.upTo().stripTrailingZeros().toPlainString()).append(' ');
            }
            text.append(tier.unitPrice().stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }
}
