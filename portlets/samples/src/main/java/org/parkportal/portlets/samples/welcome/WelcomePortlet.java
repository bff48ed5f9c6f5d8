package org.parkportal.portlets.samples.welcome;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletException;
import javax.portlet.PortletMode;
import javax.portlet.PortletPreferences;
import javax.portlet.ReadOnlyException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ValidatorException;

import org.parkportal.portlets.support.PortletView;

/** Greets portal visitors with a greeting kept as a portlet preference; edit mode changes it, help mode explains. */
public class WelcomePortlet extends GenericPortlet {

    static final String GREETING = "greeting";
    static final String SINCE = "since";
    private static final String DEFAULT_GREETING_KEY = "greeting.default";
    /** Render parameters that carry a refused edit back to the form. */
    private static final String DRAFT = "draft";
    private static final String PROBLEM = "problem";

    private static final Logger LOG = System.getLogger(WelcomePortlet.class.getName());

    private final PortletView view = new PortletView(this);

    private Instant started;

    @Override
    public void init() {
        started = Instant.now();
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        PortletPreferences preferences = request.getPreferences();
        request.setAttribute("greeting", currentGreeting(preferences, request.getLocale()));
        request.setAttribute("since", Date.from(Greetings.since(preferences.getValue(SINCE, null), started)));
        // Guests may not be allowed edit mode; a URL to a forbidden mode would fail the whole page.
        request.setAttribute("canEdit", request.isPortletModeAllowed(PortletMode.EDIT));
        view.include("welcome/view.jsp", request, response);
    }

    @Override
    protected void doEdit(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        String draft = request.getRenderParameters().getValue(DRAFT);
        request.setAttribute("draft", draft != null ? draft : currentGreeting(request.getPreferences(), request.getLocale()));
        GreetingProblem.fromName(request.getRenderParameters().getValue(PROBLEM))
                .ifPresent(problem -> request.setAttribute("problemKey", problem.getMessageKey()));
        request.setAttribute("maxLength", GreetingValidator.MAX_LENGTH);
        view.include("welcome/edit.jsp", request, response);
    }

    @Override
    protected void doHelp(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        view.include("welcome/help.jsp", request, response);
    }

    @Override
    public void processAction(ActionRequest request, ActionResponse response) throws PortletException, IOException {
        String typed = Objects.requireNonNullElse(request.getActionParameters().getValue(GREETING), "");
        PortletPreferences preferences = request.getPreferences();
        try {
            preferences.setValue(GREETING, typed.strip());
            preferences.setValue(SINCE, Instant.now().toString());
            preferences.store();
            response.setPortletMode(PortletMode.VIEW);
        } catch (ValidatorException e) {
            LOG.log(Level.DEBUG, "Greeting refused: {0}", e.getMessage());
            sendBackToForm(response, typed, GreetingProblem.fromName(e.getMessage()).orElse(GreetingProblem.BLANK));
        } catch (ReadOnlyException e) {
            LOG.log(Level.INFO, "Greeting preference is read-only for portlet window {0}", request.getWindowID());
            sendBackToForm(response, typed, GreetingProblem.READ_ONLY);
        }
    }

    /** Keeps the typed text so the user corrects it rather than typing it again. */
    private static void sendBackToForm(ActionResponse response, String typed, GreetingProblem problem)
            throws PortletException {
        MutableRenderParameters parameters = response.getRenderParameters();
        parameters.setValue(DRAFT, typed);
        parameters.setValue(PROBLEM, problem.name());
        response.setPortletMode(PortletMode.EDIT);
    }

    private String currentGreeting(PortletPreferences preferences, Locale locale) {
        return Greetings.displayed(preferences.getValue(GREETING, null),
                getResourceBundle(Locale.ENGLISH).getString(DEFAULT_GREETING_KEY),
                getResourceBundle(locale).getString(DEFAULT_GREETING_KEY));
    }
}
