package org.parkportal.portlets.billing;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.billing.application.AccountSummary;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.BillingRefused;

/**
 * Billing accounts for administrators: each tenant's terms (name on invoices, tax rate, credit limit, enforcement),
 * its spending against the limit and its credit left; credit notes; for a chosen month (render parameter
 * {@code period}, last month by default) the invoices, the revenue-share settlement per provider, and a run of
 * invoicing (drafts or issued).
 */
public class BillingAccountsPortlet extends BillingPortlet {

    static final String PERIOD = "period";
    private static final Logger LOG = System.getLogger(BillingAccountsPortlet.class.getName());

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        BillingPeriod period = period(request.getRenderParameters().getValue(PERIOD));
        try {
            List<AccountSummary> accounts = administration().accounts();
            request.setAttribute("accounts", accounts);
            request.setAttribute("period", period);
            request.setAttribute("settlement", administration().settlement(period));
            request.setAttribute("periodInvoices", administration().invoices(period));
        } catch (BillingRefused refused) {
            LOG.log(Level.INFO, "Billing accounts refused to {0}: {1}", request.getRemoteUser(), refused.getMessage());
            request.setAttribute("refused", refused.reason().name());
        }
        include("billing-accounts.jsp", request, response);
    }

    @ProcessAction(name = "account")
    public void account(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String tenant = form.getValue("tenant");
        change(request, () -> administration().changeAccount(tenant, form.getValue("billingName"),
                FormNumber.required(form.getValue("taxRate"), BillingRefused.Reason.INVALID_TAX_RATE),
                FormNumber.parse(form.getValue("creditLimit"), BillingRefused.Reason.INVALID_CREDIT_LIMIT),
                "true".equals(form.getValue("enforce"))), Notice.done("account.changed", String.valueOf(tenant)));
    }

    @ProcessAction(name = "credit")
    public void credit(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String tenant = form.getValue("tenant");
        String amount = form.getValue("amount");
        change(request, () -> administration().issueCredit(tenant,
                FormNumber.required(amount, BillingRefused.Reason.INVALID_AMOUNT), form.getValue("reason")),
                Notice.done("credit.issued", String.valueOf(amount), String.valueOf(tenant)));
    }

    @ProcessAction(name = "showPeriod")
    public void showPeriod(ActionRequest request, ActionResponse response) {
        String text = request.getActionParameters().getValue(PERIOD);
        try {
            response.getRenderParameters().setValue(PERIOD, BillingPeriod.parse(text).toString());
        } catch (BillingRefused refused) {
            keep(request, Notice.refused(refused.reason()));
        }
    }

    @ProcessAction(name = "invoice")
    public void invoice(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        boolean issue = "true".equals(form.getValue("issue"));
        String text = form.getValue(PERIOD);
        change(request, () -> {
            BillingPeriod period = BillingPeriod.parse(text);
            response.getRenderParameters().setValue(PERIOD, period.toString());
            administration().runInvoicing(period, issue);
        }, Notice.done(issue ? "invoicing.issued" : "invoicing.drafts", String.valueOf(text)));
    }

    @ProcessAction(name = "rate")
    public void rate(ActionRequest request, ActionResponse response) {
        change(request, () -> administration().runRating(), Notice.done("rating.done"));
    }

    /** The month shown: the render parameter when it is one, else the month before this one. */
    static BillingPeriod period(String text) {
        try {
            return text == null ? BillingPeriod.of(Instant.now()).previous() : BillingPeriod.parse(text);
        } catch (BillingRefused e) {
            return BillingPeriod.of(Instant.now()).previous();
        }
    }
}
