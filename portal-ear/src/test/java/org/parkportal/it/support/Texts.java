package org.parkportal.it.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Texts the tests expect, read from the same message bundles the portal and the portlets use (in the source tree
 * next to this module), so an assertion follows a reworded message instead of breaking on it. Lookup is as
 * ResourceBundle's: base file, then the language, then language_COUNTRY.
 */
public final class Texts {

    private static final String PORTAL_BUNDLE = "portal-web/src/main/resources/org/parkportal/portal/messages";

    private Texts() {
    }

    /** A text of the portal's own bundle (org.parkportal.portal.messages). */
    public static String portal(Locale locale, String key, Object... arguments) {
        return text(PORTAL_BUNDLE, locale, key, arguments);
    }

    /** A text of a sample portlet's bundle, e.g. {@code samples("welcome/WelcomeMessages", FRENCH, "javax.portlet.title")}. */
    public static String samples(String bundle, Locale locale, String key, Object... arguments) {
        return text("portlets/samples/src/main/resources/org/parkportal/portlets/samples/" + bundle, locale, key,
                arguments);
    }

    /** A text of the reception portlet's bundle. */
    public static String reception(Locale locale, String key, Object... arguments) {
        return text("portlets/reception/src/main/resources/org/parkportal/portlets/reception/ReceptionDeskMessages",
                locale, key, arguments);
    }

    /** A text of an identity portlet's bundle, e.g. {@code identity("profile/ProfileMessages", GERMAN, "guest")}. */
    public static String identity(String bundle, Locale locale, String key, Object... arguments) {
        return text("portlets/identity/src/main/resources/org/parkportal/portlets/identity/" + bundle, locale, key,
                arguments);
    }

    /** A text of the audit-log portlet's bundle. */
    public static String audit(Locale locale, String key, Object... arguments) {
        return text("portlets/audit/src/main/resources/org/parkportal/portlets/audit/AuditLogMessages", locale, key,
                arguments);
    }

    /** A text of a portal-admin portlet's bundle, e.g. {@code portalAdmin("pages/PagesMessages", ENGLISH, "page.deleted", "x")}. */
    public static String portalAdmin(String bundle, Locale locale, String key, Object... arguments) {
        return text("portlets/portal-admin/src/main/resources/org/parkportal/portlets/admin/" + bundle, locale, key,
                arguments);
    }

    /** A text of the billing portlets' shared bundle (BillingMessages). */
    public static String billing(Locale locale, String key, Object... arguments) {
        return text("portlets/billing/src/main/resources/org/parkportal/portlets/billing/BillingMessages", locale, key,
                arguments);
    }

    /** A refusal of the billing back office (its own bundle, shared by the billing portlets and the REST API). */
    public static String billingRefusal(Locale locale, String reason) {
        return text("ejb-services/src/main/resources/org/parkportal/billing/messages", locale, "refused." + reason);
    }

    /**
     * A text of the cloud back office's bundle as CloudTexts formats order refusals: always as a MessageFormat
     * pattern, even without arguments (unlike {@link #cloud}, which is for the plain inventory texts).
     */
    public static String cloudOrder(Locale locale, String key, Object... arguments) {
        return new MessageFormat(text("ejb-services/src/main/resources/org/parkportal/cloud/messages", locale, key),
                locale).format(arguments);
    }

    /** A text of the search portlet's bundle. */
    public static String search(Locale locale, String key, Object... arguments) {
        return text("portlets/search/src/main/resources/org/parkportal/portlets/search/SearchMessages", locale, key,
                arguments);
    }

    /** A text of the usage-reports portlet's bundle. */
    public static String analytics(Locale locale, String key, Object... arguments) {
        return text("portlets/analytics/src/main/resources/org/parkportal/portlets/analytics/UsageReportsMessages",
                locale, key, arguments);
    }

    /** A text of a cloud portlet's bundle, e.g. {@code cloudPortlet("ServersMessages", GERMAN, "op.stop")}. */
    public static String cloudPortlet(String bundle, Locale locale, String key, Object... arguments) {
        return text("portlets/cloud/src/main/resources/org/parkportal/portlets/cloud/" + bundle, locale, key,
                arguments);
    }

    /** A text of a cloud-admin portlet's bundle, e.g. {@code cloudAdmin("InventoryMessages", ENGLISH, "pod.created", "P1")}. */
    public static String cloudAdmin(String bundle, Locale locale, String key, Object... arguments) {
        return text("portlets/cloud-admin/src/main/resources/org/parkportal/portlets/cloudadmin/" + bundle, locale, key,
                arguments);
    }

    /** A text of the cloud context's own bundle (refusals, shared by its portlets and the REST API). */
    public static String cloud(Locale locale, String key, Object... arguments) {
        return text("ejb-services/src/main/resources/org/parkportal/cloud/messages", locale, key, arguments);
    }

    /** As JSTL's fmt:message does: a MessageFormat pattern when there are arguments, the plain text otherwise. */
    static String text(String bundle, Locale locale, String key, Object... arguments) {
        Properties texts = new Properties();
        load(texts, bundle + ".properties");
        if (!locale.getLanguage().isEmpty()) {
            load(texts, bundle + "_" + locale.getLanguage() + ".properties");
        }
        if (!locale.getCountry().isEmpty()) {
            load(texts, bundle + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
        }
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No " + key + " in " + bundle + " for " + locale);
        }
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    private static void load(Properties into, String relative) {
        Path file = projectRoot().resolve(relative);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reactor root: the parent of this module's directory (failsafe sets basedir). */
    private static Path projectRoot() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().getParent();
    }
}
