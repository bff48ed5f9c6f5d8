package org.parkportal.cloud.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.placement.domain.PlacementRefusal;
import org.parkportal.cloud.placement.domain.Resource;

/**
 * The cloud context's refusals in the reader's language (bundle {@code org.parkportal.cloud.messages}, eight
 * languages): placement refusals with their resource and place, inventory and catalogue refusals. What portlets
 * and the REST API show; the exceptions' own messages are for the log.
 */
public final class CloudTexts {

    public static final String BUNDLE = "org.parkportal.cloud.messages";

    private final ResourceBundle messages;
    private final Locale locale;

    private CloudTexts(ResourceBundle messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public static CloudTexts of(Locale locale) {
        return new CloudTexts(ResourceBundle.getBundle(BUNDLE, locale, CloudTexts.class.getClassLoader()), locale);
    }

    public String refusal(PlacementRefusal refusal) {
        Object[] arguments = refusal.arguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Resource resource) {
                arguments[i] = resource(resource);
            }
        }
        return new MessageFormat(messages.getString("placement." + refusal.kind().name()), locale).format(arguments);
    }

    public String refusal(InventoryRefused refused) {
        return text("inventory.refused." + refused.reason().name(), "inventory.refused.NOT_ALLOWED");
    }

    public String refusal(CatalogueRefused refused) {
        return text("catalogue.refused." + refused.reason().name(), "catalogue.refused.NOT_FOUND");
    }

    public String resource(Resource resource) {
        return messages.getString("resource." + resource.name());
    }

    private String text(String key, String fallback) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return messages.getString(fallback);
        }
    }
}
