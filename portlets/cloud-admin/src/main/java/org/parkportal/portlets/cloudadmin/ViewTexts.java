package org.parkportal.portlets.cloudadmin;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.parkportal.cloud.application.CloudTexts;

/**
 * What the cloud-admin views say: the portlet's own bundle, then the cloud context's texts (its refusals,
 * {@code inventory.refused.*}, which the REST API shows too), so each refusal is worded in one place.
 */
final class ViewTexts extends ResourceBundle {

    private final ResourceBundle own;
    private final ResourceBundle cloud;

    ViewTexts(ResourceBundle own, ResourceBundle cloud) {
        this.own = own;
        this.cloud = cloud;
    }

    static ResourceBundle of(ResourceBundle own, Locale locale) {
        return new ViewTexts(own, cloud(locale));
    }

    static ResourceBundle cloud(Locale locale) {
        return ResourceBundle.getBundle(CloudTexts.BUNDLE, locale, CloudTexts.class.getClassLoader());
    }

    @Override
    protected Object handleGetObject(String key) {
        if (own.containsKey(key)) {
            return own.getObject(key);
        }
        return cloud.containsKey(key) ? cloud.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>(own.keySet());
        keys.addAll(cloud.keySet());
        return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
        return own.getLocale();
    }
}
