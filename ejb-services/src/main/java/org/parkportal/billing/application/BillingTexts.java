package org.parkportal.billing.application;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.parkportal.billing.domain.BillingRefused;

/**
 * Billing's refusals in the user's language, one text per {@link BillingRefused.Reason} (bundle
 * {@code org.parkportal.billing.messages}, eight languages): what the billing portlets and the REST API say when the
 * back office refuses a request.
 */
public final class BillingTexts {

    public static final String BUNDLE = "org.parkportal.billing.messages";

    private final ResourceBundle messages;

    private BillingTexts(ResourceBundle messages) {
        this.messages = messages;
    }

    public static BillingTexts of(Locale locale) {
        return new BillingTexts(bundle(locale));
    }

    /** The bundle itself, for a view that looks its keys ({@code refused.<REASON>}) up directly. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, BillingTexts.class.getClassLoader());
    }

    public String refusal(BillingRefused.Reason reason) {
        try {
            return messages.getString("refused." + reason.name());
        } catch (MissingResourceException e) {
            return messages.getString("refused.NOT_ALLOWED");
        }
    }
}
