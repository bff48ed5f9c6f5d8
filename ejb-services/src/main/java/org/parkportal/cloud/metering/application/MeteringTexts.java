package org.parkportal.cloud.metering.application;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.parkportal.cloud.metering.domain.MeteringRefused;

/**
 * Metering's refusals in the user's language, one text per {@link MeteringRefused.Reason} (bundle
 * {@code org.parkportal.cloud.metering.messages}, eight languages), for the portlets and REST that show them.
 */
public final class MeteringTexts {

    public static final String BUNDLE = "org.parkportal.cloud.metering.messages";

    private final ResourceBundle messages;

    private MeteringTexts(ResourceBundle messages) {
        this.messages = messages;
    }

    public static MeteringTexts of(Locale locale) {
        return new MeteringTexts(ResourceBundle.getBundle(BUNDLE, locale, MeteringTexts.class.getClassLoader()));
    }

    public String refusal(MeteringRefused.Reason reason) {
        try {
            return messages.getString("refused." + reason.name());
        } catch (MissingResourceException e) {
            return messages.getString("refused.INVALID_VALUE");
        }
    }
}
