package org.parkportal.portlets.cloud;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Locale;

import jakarta.ejb.EJBException;

import javax.portlet.ActionRequest;
import javax.portlet.GenericPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletSession;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.catalogue.application.Catalogue;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.machines.application.CloudMachines;
import org.parkportal.cloud.ordering.application.CloudOrders;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;

/**
 * A portlet of the cloud application: JSP views under {@code /WEB-INF/jsp/} with the portlet's own bundle, the cloud
 * services of the back office (looked up at first use, so the portlet comes up before the back office), and the
 * outcome of the last action kept for the render after the redirect. The back office decides who may see and do
 * what; a refusal reaches the user in the back office's words ({@link CloudTexts}), never as an exception.
 */
public abstract class CloudPortlet extends GenericPortlet {

    private static final String OUTCOME = "outcome";
    /** Fields and buttons flow and wrap, so a narrow (mobile) window stacks them; tables turn into cards there. */
    private static final String STYLE = "<style>"
            + ".park-cloud form{margin:.4em 0}"
            + ".park-cloud__fields{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:flex-end;border:0;padding:0;margin:.3em 0}"
            + ".park-cloud__fields label{display:flex;flex-direction:column;min-width:10em;flex:1 1 12em;max-width:24em}"
            + ".park-cloud__fields select,.park-cloud__fields input{max-width:100%}"
            // A fieldset is as wide as its widest option by default (min-width: min-content): let it shrink.
            + ".park-cloud__step{border:1px solid #ccd;border-radius:.3em;padding:.4em .7em;margin:.5em 0;min-width:0}"
            + ".park-cloud__step legend{font-weight:bold}"
            + ".park-cloud__hint{font-size:.85em;color:#555}"
            + ".park-cloud__buttons{display:flex;flex-wrap:wrap;gap:.5em;margin:.5em 0}"
            + ".park-cloud__buttons form{margin:0;display:inline}"
            + ".park-cloud form.park-cloud__inline{display:inline;margin:0 0 0 .5em}"
            // A resource the order would take past the company's limit: marked in colour and in words.
            + ".park-cloud__over{background:#fdecea}"
            + ".park-cloud table{border-collapse:collapse;width:100%}"
            + ".park-cloud td,.park-cloud th{text-align:left;padding:.25em .45em;vertical-align:top}"
            + ".park-cloud td.park-cloud__num,.park-cloud th.park-cloud__num{text-align:right;white-space:nowrap}"
            + ".park-cloud__quote{border-left:.3em solid #2a5a9a;padding:.3em .7em;margin:.5em 0}"
            + ".park-cloud__confirm{border:2px solid #b00;padding:.5em .8em;margin:.5em 0}"
            + "@media (max-width:640px){"
            + ".park-cloud__fields label{flex-basis:100%;max-width:none;min-width:0}"
            + ".park-cloud__fields select,.park-cloud__fields input{width:100%;box-sizing:border-box}"
            + ".park-cloud td:empty{display:none}"
            + ".park-cloud table,.park-cloud thead,.park-cloud tbody,.park-cloud tr,.park-cloud td,.park-cloud tbody th{display:block;width:auto}"
            + ".park-cloud thead{position:absolute;left:-9999px}"
            + ".park-cloud tr{border-top:1px solid #ccd;padding:.3em 0}"
            + ".park-cloud td[data-label]::before{content:attr(data-label) \": \";font-weight:bold}"
            + ".park-cloud td.park-cloud__num{text-align:left}"
            + ".park-cloud__buttons button{min-height:44px}"
            + "}"
            + "</style>";
    private static final Logger LOG = System.getLogger(CloudPortlet.class.getName());

    private final PortletView views = new PortletView(this);
    private final BackOffice backOffice = new BackOffice();
    private final BackOffice.Reference<Catalogue> catalogue = backOffice.reference("DefaultCatalogue", Catalogue.class);
    private final BackOffice.Reference<CloudOrders> orders = backOffice.reference("DefaultCloudOrders", CloudOrders.class);
    private final BackOffice.Reference<CloudMachines> machines =
            backOffice.reference("DefaultCloudMachines", CloudMachines.class);

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-cloud-css", "parkportal", "1.0", STYLE);
    }

    protected Catalogue catalogue() throws PortletException {
        return catalogue.get();
    }

    protected CloudOrders orders() throws PortletException {
        return orders.get();
    }

    protected CloudMachines machines() throws PortletException {
        return machines.get();
    }

    protected static CloudTexts cloudTexts(Locale locale) {
        return CloudTexts.of(locale);
    }

    /** A change through the back office; its outcome (done, or why not) is kept for the next render. */
    @FunctionalInterface
    protected interface Change {
        void run() throws PortletException;
    }

    /**
     * Runs a change and keeps its outcome for the next render: {@code success} (null: the change keeps its own),
     * or why it was refused.
     */
    protected void change(ActionRequest request, Change change, Outcome success) throws PortletException {
        try {
            change.run();
            if (success != null) {
                keep(request, success);
            }
        } catch (OrderRefused refused) {
            LOG.log(Level.INFO, "Cloud change by {0} refused: {1}", request.getRemoteUser(), refused.getMessage());
            keep(request, Outcome.refused(refused.reason().name(), cloudTexts(request.getLocale()).refusal(refused)));
        } catch (CatalogueRefused refused) {
            LOG.log(Level.INFO, "Cloud change by {0} refused: {1}", request.getRemoteUser(), refused.getMessage());
            keep(request, Outcome.refused(refused.reason().name(), cloudTexts(request.getLocale()).refusal(refused)));
        } catch (FormProblem problem) {
            java.util.ResourceBundle texts = views.bundle(request.getLocale());
            keep(request, Outcome.problem(problem.key(), problem.arguments().stream().map(texts::getString).toList()));
        } catch (EJBException failure) {
            LOG.log(Level.WARNING, "Cloud change by " + request.getRemoteUser() + " failed", failure);
            keep(request, Outcome.problem("failed"));
        }
    }

    protected static void keep(javax.portlet.PortletRequest request, Outcome outcome) {
        request.getPortletSession().setAttribute(OUTCOME, outcome, PortletSession.PORTLET_SCOPE);
    }

    /** Includes the view with the last action's outcome (shown once) as request attribute {@code outcome}. */
    protected void include(String view, RenderRequest request, RenderResponse response)
            throws PortletException, IOException {
        PortletSession session = request.getPortletSession(false);
        if (session != null && session.getAttribute(OUTCOME, PortletSession.PORTLET_SCOPE) instanceof Outcome outcome) {
            session.removeAttribute(OUTCOME, PortletSession.PORTLET_SCOPE);
            request.setAttribute(OUTCOME, outcome);
        }
        views.include(view, request, response);
    }

    /** An id from a form or URL anyone can edit: not a number is "no such thing", as the back office says it. */
    protected static long id(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new OrderRefused(OrderRefused.Reason.NOT_FOUND);
        }
    }
}
