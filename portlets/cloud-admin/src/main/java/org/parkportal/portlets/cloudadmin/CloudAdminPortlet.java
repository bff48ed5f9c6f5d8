package org.parkportal.portlets.cloudadmin;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJBException;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.UnavailableException;

import org.parkportal.cloud.catalogue.application.CatalogueAdministration;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.inventory.application.CapacityReport;
import org.parkportal.cloud.inventory.application.InventoryAdministration;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.ordering.application.TenantLimitsAdministration;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;

/**
 * A portlet of the cloud-admin application: JSP views under {@code /WEB-INF/jsp/} that read the portlet's own bundle
 * and the cloud context's refusal texts, and the inventory, catalogue and tenant-limits services of the back
 * office. The back office decides who may read and change them (operators only); this only shows its answer.
 */
public abstract class CloudAdminPortlet extends GenericPortlet {

    static final String STYLE = "<style>"
            + ".park-cloud table{border-collapse:collapse;width:100%;margin:.3em 0}"
            + ".park-cloud td,.park-cloud th{text-align:left;padding:.15em .4em;vertical-align:top}"
            + ".park-cloud .park-cloud__num{text-align:right;white-space:nowrap}"
            + ".park-cloud form{display:flex;flex-wrap:wrap;gap:.3em .8em;align-items:end;margin:.3em 0}"
            + ".park-cloud form label{display:flex;flex-direction:column}"
            + ".park-cloud form.park-cloud__state{display:inline-flex;margin:0}"
            + ".park-cloud__zones [aria-current]{font-weight:bold}"
            + ".park-cloud__above{background:#fde8e8}.park-cloud__above .park-cloud__flag{color:#b00;font-weight:bold}"
            + ".park-cloud__charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(20em,1fr));gap:1em}"
            + ".park-cloud__chart canvas{max-height:18em}"
            + "</style>";
    private static final String NOTICE = "notice";
    private static final Logger LOG = System.getLogger(CloudAdminPortlet.class.getName());

    private final BackOffice backOffice = new BackOffice();
    private final BackOffice.Reference<InventoryAdministration> inventory =
            backOffice.reference("DefaultInventoryAdministration", InventoryAdministration.class);
    private final BackOffice.Reference<CapacityReport> capacity =
            backOffice.reference("DefaultCapacityReport", CapacityReport.class);
    private final BackOffice.Reference<CatalogueAdministration> catalogue =
            backOffice.reference("DefaultCatalogueAdministration", CatalogueAdministration.class);
    private final BackOffice.Reference<TenantLimitsAdministration> limits =
            backOffice.reference("DefaultTenantLimitsAdministration", TenantLimitsAdministration.class);
    private final PortletView views = new PortletView(this, locale -> ViewTexts.of(getResourceBundle(locale), locale));

    protected InventoryAdministration inventory() throws UnavailableException {
        return inventory.get();
    }

    protected CapacityReport capacity() throws UnavailableException {
        return capacity.get();
    }

    protected CatalogueAdministration catalogue() throws UnavailableException {
        return catalogue.get();
    }

    protected TenantLimitsAdministration limits() throws UnavailableException {
        return limits.get();
    }

    /** A change the back office may refuse: answers whether it was made, and keeps the outcome for the next render. */
    @FunctionalInterface
    protected interface Change {
        void run() throws UnavailableException;
    }

    protected boolean change(ActionRequest request, String form, Change change, Notice success) {
        try {
            change.run();
            keep(request, success);
            return true;
        } catch (InventoryRefused refused) {
            LOG.log(Level.INFO, "Cloud inventory change by {0} refused: {1}", request.getRemoteUser(),
                    refused.getMessage());
            keep(request, Notice.refused(refused, form, typed(request.getActionParameters())));
        } catch (CatalogueRefused refused) {
            LOG.log(Level.INFO, "Cloud catalogue change by {0} refused: {1}", request.getRemoteUser(),
                    refused.getMessage());
            keep(request, Notice.refused(refused, form, typed(request.getActionParameters())));
        } catch (OrderRefused refused) {
            LOG.log(Level.INFO, "Cloud change by {0} refused: {1}", request.getRemoteUser(), refused.getMessage());
            keep(request, Notice.refused(refused, request.getLocale(), form, typed(request.getActionParameters())));
        } catch (EJBException | UnavailableException failure) {
            LOG.log(Level.WARNING, "Cloud inventory change by " + request.getRemoteUser() + " failed", failure);
            keep(request, Notice.failed(form, typed(request.getActionParameters())));
        }
        return false;
    }

    private static Map<String, String> typed(ActionParameters form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : form.getNames()) {
            String value = form.getValue(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    private static void keep(PortletRequest request, Notice notice) {
        request.getPortletSession().setAttribute(NOTICE, notice, PortletSession.PORTLET_SCOPE);
    }

    protected void include(String view, RenderRequest request, RenderResponse response)
            throws PortletException, IOException {
        PortletSession session = request.getPortletSession(false);
        if (session != null && session.getAttribute(NOTICE, PortletSession.PORTLET_SCOPE) instanceof Notice notice) {
            session.removeAttribute(NOTICE, PortletSession.PORTLET_SCOPE);
            request.setAttribute(NOTICE, notice);
        }
        views.include(view, request, response);
    }
}
