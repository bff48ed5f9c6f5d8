package org.parkportal.portlets.billing;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.parkportal.billing.application.BillingTexts;

/**
 * What the billing views say: this WAR's BillingMessages, then the back office's refusal texts (refused.*), which the
 * REST API uses too, so each refusal is worded in one place.
 */
final class ViewTexts extends ResourceBundle {

    private final ResourceBundle own;
    private final ResourceBundle refusals;

    private ViewTexts(ResourceBundle own, ResourceBundle refusals) {
        this.own = own;
        this.refusals = refusals;
    }

    static ResourceBundle of(String ownBundle, Locale locale) {
        return new ViewTexts(ResourceBundle.getBundle(ownBundle, locale), BillingTexts.bundle(locale));
    }

    @Override
    protected Object handleGetObject(String key) {
        if (own.containsKey(key)) {
            return own.getObject(key);
        }
        return refusals.containsKey(key) ? refusals.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>(own.keySet());
        keys.addAll(refusals.keySet());
        return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
        return own.getLocale();
    }
}
