package org.parkportal.portlets.billing;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.billing.application.NewRateVersion;
import org.parkportal.billing.domain.BillableItem;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.PricingModel;
import org.parkportal.billing.domain.RatePlanVersion;
import org.parkportal.billing.domain.UsageType;

/**
 * Rate plans for administrators: every billable item with its price versions (the one in force marked), a form for a
 * new item and one for a new price version from a future day, with tiers and the provider's revenue share.
 */
public class RatePlansPortlet extends BillingPortlet {

    private static final Logger LOG = System.getLogger(RatePlansPortlet.class.getName());

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        try {
            List<BillableItem> items = administration().items();
            Map<String, List<RatePlanVersion>> versions = new LinkedHashMap<>();
            items.forEach(i -> versions.put(i.code(), new java.util.ArrayList<>()));
            Map<Long, String> tiers = new java.util.HashMap<>();
            for (RatePlanVersion v : administration().rateVersions()) {
                versions.computeIfAbsent(v.item().code(), c -> new java.util.ArrayList<>()).add(v);
                tiers.put(v.id(), TierText.format(v.tiers()).replace("\n", "; "));
            }
            request.setAttribute("items", items);
            request.setAttribute("versions", versions);
            request.setAttribute("tiers", tiers);
            request.setAttribute("usageTypes", Arrays.asList(UsageType.values()));
            request.setAttribute("pricingModels", Arrays.asList(PricingModel.values()));
            request.setAttribute("tomorrow", LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString());
            request.setAttribute("now", java.time.Instant.now());
        } catch (BillingRefused refused) {
            LOG.log(Level.INFO, "Rate plans refused to {0}: {1}", request.getRemoteUser(), refused.getMessage());
            request.setAttribute("refused", refused.reason().name());
        }
        include("rate-plans.jsp", request, response);
    }

    @ProcessAction(name = "createItem")
    public void createItem(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String code = text(form.getValue("code"));
        change(request, () -> administration().createItem(code, text(form.getValue("name")),
                usageType(form.getValue("usageType"))), Notice.done("item.created", code));
    }

    @ProcessAction(name = "addVersion")
    public void addVersion(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String item = text(form.getValue("item"));
        change(request, () -> {
            PricingModel model = pricing(form.getValue("pricing"));
            administration().addRateVersion(new NewRateVersion(item, day(form.getValue("effective")), model,
                    model == PricingModel.TIERED ? null
                            : FormNumber.required(form.getValue("price"), BillingRefused.Reason.INVALID_PRICE),
                    model == PricingModel.TIERED ? TierText.parse(form.getValue("tiers")) : List.of(),
                    text(form.getValue("provider")).isEmpty() ? null : text(form.getValue("provider")),
                    FormNumber.parse(form.getValue("share"), BillingRefused.Reason.INVALID_SHARE)));
        }, Notice.done("version.created", item, text(form.getValue("effective"))));
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeException e) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_EFFECTIVE_DATE, String.valueOf(text));
        }
    }

    private static UsageType usageType(String text) {
        try {
            return UsageType.valueOf(String.valueOf(text));
        } catch (IllegalArgumentException e) {
            throw new BillingRefused(BillingRefused.Reason.WRONG_USAGE_TYPE, String.valueOf(text));
        }
    }

    private static PricingModel pricing(String text) {
        try {
            return PricingModel.valueOf(String.valueOf(text));
        } catch (IllegalArgumentException e) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_PRICE, String.valueOf(text));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
