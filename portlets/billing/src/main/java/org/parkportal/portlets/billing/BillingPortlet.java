package org.parkportal.portlets.billing;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.ejb.EJBException;

import javax.portlet.ActionRequest;
import javax.portlet.GenericPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.billing.application.BillingAdministration;
import org.parkportal.billing.application.BillingStatements;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;

/**
 * A portlet of the billing application: JSP views under {@code /WEB-INF/jsp/} with the shared BillingMessages bundle
 * (the portlet's own bundle only carries its title), and the billing services of the back office. The back office
 * decides who may see and change what.
 */
public abstract class BillingPortlet extends GenericPortlet {

    static final String MESSAGES = "org.parkportal.portlets.billing.BillingMessages";
    private static final String NOTICE = "notice";
    private static final String STYLE = "<style>"
            + ".park-bills table{border-collapse:collapse;width:100%}"
            + ".park-bills td,.park-bills th{text-align:left;padding:.2em .5em;vertical-align:top}"
            + ".park-bills td.park-bills__num,.park-bills th.park-bills__num{text-align:right;white-space:nowrap}"
            + ".park-bills__credit{padding:.4em .6em;border-left:.3em solid #2a7a2a}"
            + ".park-bills__credit--80{border-color:#c80}.park-bills__credit--100{border-color:#b00;color:#b00}"
            + ".park-bills form{display:flex;flex-wrap:wrap;gap:.4em 1em;align-items:end;margin:.4em 0}"
            + ".park-bills form label{display:flex;flex-direction:column}"
            + ".park-bills__chart{max-width:48em}"
            + "</style>";
    private static final Logger LOG = System.getLogger(BillingPortlet.class.getName());

    private final PortletView views = new PortletView(this, BillingPortlet::messages);
    private BillingStatements statements;
    private BillingAdministration administration;

    @Override
    public void init() throws PortletException {
        BackOffice backOffice = new BackOffice();
        statements = backOffice.service("DefaultBillingStatements", BillingStatements.class);
        administration = backOffice.service("DefaultBillingAdministration", BillingAdministration.class);
    }

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-bills-css", "parkportal", "1.0", STYLE);
    }

    protected BillingStatements statements() {
        return statements;
    }

    protected BillingAdministration administration() {
        return administration;
    }

    /** Runs a change and keeps its outcome for the next render: the success, or why it was refused. */
    protected void change(ActionRequest request, Runnable change, Notice success) {
        try {
            change.run();
            keep(request, success);
        } catch (BillingRefused refused) {
            LOG.log(Level.INFO, "Billing change by {0} refused: {1}", request.getRemoteUser(), refused.getMessage());
            keep(request, Notice.refused(refused.reason()));
        } catch (EJBException failure) {
            LOG.log(Level.WARNING, "Billing change by " + request.getRemoteUser() + " failed", failure);
            keep(request, Notice.problem("failed"));
        }
    }

    protected static void keep(PortletRequest request, Notice notice) {
        request.getPortletSession().setAttribute(NOTICE, notice, PortletSession.PORTLET_SCOPE);
    }

    protected static ResourceBundle messages(Locale locale) {
        return ViewTexts.of(MESSAGES, locale);
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
