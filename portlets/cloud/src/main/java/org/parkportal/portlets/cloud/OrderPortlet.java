package org.parkportal.portlets.cloud;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.cloud.catalogue.application.Catalogue;
import org.parkportal.cloud.catalogue.application.CatalogueItems.Orderable;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ZoneChoice;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.ordering.application.OrderDraft;
import org.parkportal.cloud.ordering.application.OrderView;
import org.parkportal.cloud.ordering.domain.OrderRefused;

/**
 * "Order a server", CloudStack's deploy wizard on one page and without scripts: zone, template, compute offering
 * (vCPUs and RAM for a custom one), an optional data disk and network, a name. "Update" shows what the chosen zone
 * offers, "Price" the back office's quote (prices, the tenant's use, whether a manager must approve), "Order" places
 * the order and shows its confirmation (render parameter {@code placed}, the order's id, read back through the back
 * office, which shows only the caller's own orders). What was typed travels as render parameters: a refusal comes
 * back next to the form with every field as it was.
 */
public class OrderPortlet extends CloudPortlet {

    static final String PLACED = "placed";
    static final String OP = "op";
    private static final Logger LOG = System.getLogger(OrderPortlet.class.getName());

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        if (request.getRemoteUser() == null) {
            request.setAttribute("guest", true);
            include("order.jsp", request, response);
            return;
        }
        String placed = request.getRenderParameters().getValue(PLACED);
        if (placed != null) {
            confirmation(placed, request);
        } else {
            wizard(request);
        }
        request.setAttribute("newOrderUrl", response.createRenderURL(MimeResponse.Copy.NONE).toString());
        include("order.jsp", request, response);
    }

    private void confirmation(String placed, RenderRequest request) throws PortletException {
        try {
            OrderView order = orders().order(placed);
            request.setAttribute("placed", order);
            request.setAttribute("placedStatus", cloudTexts(request.getLocale()).state(order.status()));
        } catch (OrderRefused refused) {
            LOG.log(Level.INFO, "Order {0} refused to {1}: {2}", placed, request.getRemoteUser(), refused.getMessage());
            request.setAttribute("refusal", cloudTexts(request.getLocale()).refusal(refused));
        }
    }

    private void wizard(RenderRequest request) throws PortletException {
        ServerForm form = ServerForm.read(request.getRenderParameters()::getValue);
        Catalogue catalogue = catalogue();
        List<ZoneChoice> zones = catalogue.zones();
        request.setAttribute("zones", zones);
        if (zones.isEmpty()) {
            return;
        }
        Optional<Long> chosen = form.zoneId().filter(id -> zones.stream().anyMatch(z -> z.id() == id));
        try {
            // Without a choice, the first zone that has templates to order: an empty zone is no start.
            long zoneId = chosen.orElseGet(() -> zones.stream().map(ZoneChoice::id)
                    .filter(id -> !catalogue.orderable(id).templates().isEmpty()).findFirst()
                    .orElse(zones.get(0).id()));
            request.setAttribute("zoneId", zoneId);
            Orderable orderable = catalogue.orderable(zoneId);
            request.setAttribute("orderable", orderable);
            request.setAttribute("customOffering", form.computeOffering(orderable)
                    .filter(o -> o.custom()).orElse(null));
            request.setAttribute("customOfferings", orderable.computeOfferings().stream().filter(o -> o.custom()).toList());
            request.setAttribute("customDisks", orderable.diskOfferings().stream().filter(o -> o.custom()).toList());
        } catch (CatalogueRefused refused) {
            request.setAttribute("refusal", cloudTexts(request.getLocale()).refusal(refused));
        }
        request.setAttribute("form", form);
    }

    /** The wizard's one form; its button says what to do ({@code op}: update, price or order). */
    @ProcessAction(name = "wizard")
    public void wizard(ActionRequest request, ActionResponse response) throws PortletException {
        ServerForm form = ServerForm.read(request.getActionParameters()::getValue);
        String op = String.valueOf(request.getActionParameters().getValue(OP));
        form.keep(response.getRenderParameters());
        if ("price".equals(op)) {
            change(request, () -> keep(request, Outcome.priced(PriceQuote.of(orders().quote(draft(form))))), null);
        } else if ("order".equals(op)) {
            change(request, () -> {
                OrderView order = orders().place(draft(form));
                LOG.log(Level.INFO, "{0} ordered server {1} as {2}: {3}", request.getRemoteUser(), order.name(),
                        order.id(), order.status());
                response.getRenderParameters().clear();
                response.getRenderParameters().setValue(PLACED, order.id());
            }, null);
        }
        // "update" (or a form sent by Enter in a field) only shows the chosen zone's offers again.
    }

    private OrderDraft draft(ServerForm form) throws PortletException {
        long zoneId = form.zoneId().orElseThrow(() -> new FormProblem("form.missing", "field.zone"));
        return form.draft(catalogue().orderable(zoneId));
    }
}
