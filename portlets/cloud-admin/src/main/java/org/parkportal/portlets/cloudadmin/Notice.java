package org.parkportal.portlets.cloudadmin;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.ordering.domain.OrderRefused;

/**
 * What the last action did, for the next render: a message key (this WAR's texts, or the cloud context's refusal
 * texts) with its arguments, and for a refusal the form that was sent and what was typed into it, so the operator
 * corrects it instead of typing it again. An order refusal carries its sentence as CloudTexts words it ({@code text},
 * in the operator's language), because its figures are translated too. Never an exception's text; the view escapes
 * everything.
 */
public record Notice(String key, boolean error, List<String> arguments, String text, String form,
                     Map<String, String> values) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Notice {
        arguments = List.copyOf(arguments);
        values = Map.copyOf(values);
    }

    public static Notice done(String key, String... arguments) {
        return new Notice(key, false, List.of(arguments), null, null, Map.of());
    }

    public static Notice refused(InventoryRefused refused, String form, Map<String, String> values) {
        return new Notice("inventory.refused." + refused.reason().name(), true, List.of(), null, form, values);
    }

    public static Notice refused(OrderRefused refused, Locale locale, String form, Map<String, String> values) {
        return new Notice("order.refused." + refused.reason().name(), true, List.of(),
                CloudTexts.of(locale).refusal(refused), form, values);
    }

    /** With the refusal's arguments (e.g. the billing item that has no price). */
    public static Notice refused(CatalogueRefused refused, String form, Map<String, String> values) {
        return new Notice("catalogue.refused." + refused.reason().name(), true, refused.arguments(), null, form,
                values);
    }

    public static Notice failed(String form, Map<String, String> values) {
        return new Notice("failed", true, List.of(), null, form, values);
    }

    public String getKey() { return key; }
    public boolean isError() { return error; }
    public List<String> getArguments() { return arguments; }
    public String getText() { return text; }
    public String getForm() { return form; }
    public Map<String, String> getValues() { return values; }
}
