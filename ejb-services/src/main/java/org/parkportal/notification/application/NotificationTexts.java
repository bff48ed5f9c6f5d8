package org.parkportal.notification.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parkportal.cloud.application.CloudTexts;

/**
 * Notifications in the reader's language (bundle {@code org.parkportal.notification.messages}, eight languages):
 * made when shown, so a notification reads in whatever language its reader uses now. A failed server order keeps
 * the cloud's reason key and arguments, translated here by {@link CloudTexts}.
 */
public final class NotificationTexts {

    public static final String BUNDLE = "org.parkportal.notification.messages";
    /** A server order that could not be created: {0} server name, {1} the cloud's reason key, {2} its arguments. */
    public static final String ORDER_FAILED = "order.FAILED";
    private static final String UNKNOWN = "unknown";

    private final ResourceBundle messages;
    private final Locale locale;

    private NotificationTexts(ResourceBundle messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public static NotificationTexts of(Locale locale) {
        return new NotificationTexts(ResourceBundle.getBundle(BUNDLE, locale,
                NotificationTexts.class.getClassLoader()), locale);
    }

    /** Whether the bundle has the key (the notifier refuses keys it could never show). */
    public static boolean knows(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NotificationTexts.class.getClassLoader()).containsKey(key);
    }

    public String text(NotificationView notification) {
        return text(notification.key(), notification.arguments());
    }

    public String text(String key, List<String> arguments) {
        if (!messages.containsKey(key)) {
            return messages.getString(UNKNOWN);
        }
        Object[] values = arguments.toArray();
        if (ORDER_FAILED.equals(key)) {
            String reason = CloudTexts.of(locale).orderFailure(argument(arguments, 1), argument(arguments, 2));
            values = new Object[] {argument(arguments, 0), reason == null ? "" : reason};
        }
        return new MessageFormat(messages.getString(key), locale).format(values);
    }

    public String refusal(NotificationRefused.Reason reason) {
        return messages.getString("refused." + reason.name());
    }

    private static String argument(List<String> arguments, int index) {
        if (index >= arguments.size()) {
            return null;
        }
        String value = arguments.get(index);
        return value == null || value.isEmpty() ? null : value;
    }
}
