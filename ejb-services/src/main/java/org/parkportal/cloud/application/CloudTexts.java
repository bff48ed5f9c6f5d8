package org.parkportal.cloud.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.placement.domain.PlacementRefusal;
import org.parkportal.cloud.placement.domain.Resource;

/**
 * The cloud context's refusals in the reader's language (bundle {@code org.parkportal.cloud.messages}, eight
 * languages): placement refusals with their resource and place, inventory and catalogue refusals. What portlets
 * and the REST API show; the exceptions' own messages are for the log.
 */
public final class CloudTexts {

    public static final String BUNDLE = "org.parkportal.cloud.messages";
    /** How an order keeps a failure's arguments (placement's resources marked, so they are translated when shown). */
    public static final String ARGUMENT_SEPARATOR = "\u001f";
    public static final String RESOURCE_ARGUMENT = "resource:";

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

    /** With its arguments (the billing item that has no price). */
    public String refusal(CatalogueRefused refused) {
        String key = "catalogue.refused." + refused.reason().name();
        return format(messages.containsKey(key) ? key : "catalogue.refused.NOT_FOUND", refused.arguments().toArray());
    }

    /** An order or VM operation refused, with its figures (resources and states in words). */
    public String refusal(OrderRefused refused) {
        List<Object> arguments = refused.arguments();
        return switch (refused.reason()) {
            case NO_CAPACITY -> !arguments.isEmpty() && arguments.get(0) instanceof PlacementRefusal placement
                    ? refusal(placement) : format("order.refused.DRIVER_FAILED", "");
            case QUOTA_EXCEEDED -> format("order.refused.QUOTA_EXCEEDED",
                    messages.getString("order.quota." + arguments.get(0)), arguments.get(1), arguments.get(2),
                    arguments.get(3));
            case INVALID_LIMIT -> format("order.refused.INVALID_LIMIT",
                    arguments.isEmpty() ? "" : text("order.quota." + arguments.get(0), "order.quota.VMS"));
            case WRONG_STATE -> format("order.refused.WRONG_STATE",
                    arguments.isEmpty() ? "" : text("state." + arguments.get(0), "state.DELETED"));
            case INVALID_INPUT -> arguments.size() == 3 ? format("order.refused.INVALID_INPUT.range",
                    arguments.toArray()) : messages.getString("order.refused.INVALID_INPUT");
            case DRIVER_FAILED -> format("order.refused.DRIVER_FAILED", arguments.isEmpty() ? ""
                    : text("order.failed.DRIVER_" + arguments.get(0), "order.failed.DRIVER_UNAVAILABLE"));
            default -> format("order.refused." + refused.reason().name(), arguments.toArray());
        };
    }

    /**
     * Why an order failed, from what the order keeps ({@code OrderView.reasonKey()} and {@code reasonArguments()});
     * null when it has no failure (a rejected order's reason is the approver's own comment).
     */
    public String orderFailure(String reasonKey, String reasonArguments) {
        if (reasonKey == null) {
            return null;
        }
        Object[] arguments = reasonArguments == null || reasonArguments.isEmpty() ? new Object[0]
                : reasonArguments.split(ARGUMENT_SEPARATOR, -1);
        for (int i = 0; i < arguments.length; i++) {
            String argument = (String) arguments[i];
            if (argument.startsWith(RESOURCE_ARGUMENT)) {
                arguments[i] = text("resource." + argument.substring(RESOURCE_ARGUMENT.length()), "resource.CPU");
            }
        }
        return format(messages.containsKey(reasonKey) ? reasonKey : "order.failed.DRIVER_UNAVAILABLE", arguments);
    }

    /** An order status, VM state or disk state in words. */
    public String state(Enum<?> state) {
        return text("state." + state.name(), "state.DELETED");
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(messages.getString(key), locale).format(arguments);
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
