package org.parkportal.portlets.cloudadmin;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.ordering.application.LimitsDraft;
import org.parkportal.cloud.ordering.domain.OrderRefused;

/**
 * Company limits for the cloud's operators: every park company with what it holds now (servers, vCPUs, RAM, disk,
 * open orders included) next to its limits and auto-approval threshold, and a form per company to change them.
 * The back office validates and refuses in words; a refused form comes back with what was typed.
 */
public class TenantLimitsPortlet extends CloudAdminPortlet {

    private static final Logger LOG = System.getLogger(TenantLimitsPortlet.class.getName());
    /** Signs and sizes pass through, so the back office is the one judge of a negative limit. */
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,15}([.,]\\d{1,9})?");

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-cloud-css", "parkportal", "1.0", STYLE);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        try {
            request.setAttribute("tenants", limits().tenants());
            request.setAttribute("currency", limits().currency());
        } catch (InventoryRefused refused) {
            LOG.log(Level.INFO, "Tenant limits refused to {0}: {1}", request.getRemoteUser(), refused.getMessage());
            request.setAttribute("refused", "inventory.refused." + refused.reason().name());
        }
        include("tenant-limits.jsp", request, response);
    }

    @ProcessAction(name = "changeLimits")
    public void changeLimits(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String tenant = FormInput.text(form.getValue("tenant"));
        change(request, "limits-" + tenant, () -> limits().change(tenant, draft(form)),
                Notice.done("limits.changed", FormInput.text(form.getValue("tenantName"))));
    }

    static LimitsDraft draft(ActionParameters form) {
        String currency = FormInput.optional(form.getValue("currency"));
        return new LimitsDraft(limit(form.getValue("maxVms"), "VMS"), limit(form.getValue("maxVcpus"), "VCPUS"),
                limit(form.getValue("maxRamMib"), "RAM_MIB"), limit(form.getValue("maxStorageGb"), "STORAGE_GB"),
                amount(form.getValue("autoApproveBelow"), currency), currency);
    }

    /** A limit as typed: null for a blank field (no limit). */
    static Long limit(String value, String kind) {
        String t = FormInput.text(value);
        if (t.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(t).matches()) {
            throw new OrderRefused(OrderRefused.Reason.INVALID_LIMIT, kind);
        }
        return Long.parseLong(t);
    }

    /** A threshold typed as 50, 49.5 or 49,5: null for a blank field (every order needs a manager). */
    static BigDecimal amount(String value, String currency) {
        String t = FormInput.text(value);
        if (t.isEmpty()) {
            return null;
        }
        if (!AMOUNT.matcher(t).matches()) {
            throw new OrderRefused(OrderRefused.Reason.INVALID_THRESHOLD, currency == null ? "" : currency);
        }
        return new BigDecimal(t.replace(',', '.'));
    }
}
