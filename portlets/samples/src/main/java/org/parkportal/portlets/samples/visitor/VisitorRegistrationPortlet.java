package org.parkportal.portlets.samples.visitor;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletException;
import javax.portlet.RenderParameters;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.portlets.support.PortletView;

/** Registers a visitor and tells the rest of the portal (the reception desk) by publishing {@link VisitorArrived}. */
public class VisitorRegistrationPortlet extends GenericPortlet {

    private static final Logger LOG = System.getLogger(VisitorRegistrationPortlet.class.getName());

    private final PortletView view = new PortletView(this);

    @Override
    public void processAction(ActionRequest request, ActionResponse response) throws PortletException, IOException {
        ActionParameters form = request.getActionParameters();
        VisitorForm visitor = VisitorForm.of(form.getValue("name"), form.getValue("company"));
        MutableRenderParameters next = response.getRenderParameters();
        Optional<String> problem = visitor.problem();
        if (problem.isPresent()) {
            next.setValue("problem", problem.get());
            next.setValue("draftName", visitor.name());
            next.setValue("draftCompany", visitor.company());
            return;
        }
        response.setEvent(VisitorArrived.QNAME, visitor.name());
        LOG.log(Level.DEBUG, "Published {0} for a visitor", VisitorArrived.QNAME);
        next.setValue("registered", visitor.name());
        next.setValue("company", visitor.company());
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        RenderParameters parameters = request.getRenderParameters();
        request.setAttribute("registered", parameters.getValue("registered"));
        request.setAttribute("company", parameters.getValue("company"));
        request.setAttribute("draftName", parameters.getValue("draftName"));
        request.setAttribute("draftCompany", parameters.getValue("draftCompany"));
        VisitorForm.knownProblem(parameters.getValue("problem")).ifPresent(key -> request.setAttribute("problemKey", key));
        request.setAttribute("maxLength", VisitorForm.MAX_LENGTH);
        view.include("visitor/view.jsp", request, response);
    }
}
