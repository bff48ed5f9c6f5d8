package org.parkportal.portlets.admin.jobs;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.ejb.EJBException;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.portlets.admin.AdminPortlet;
import org.parkportal.portlets.admin.Notice;
import org.parkportal.scheduling.application.JobAdministration;
import org.parkportal.scheduling.application.JobOverview;
import org.parkportal.scheduling.application.JobRefused;

/**
 * The jobs of every context for administrators: schedule, next run, last run with its outcome and duration, the last
 * failure, and the recent runs (of all jobs, or of the one chosen: render parameter {@code job}). "Run now" asks
 * first (render parameter {@code confirm}), then starts the job through an action. The back office decides who may
 * see and start jobs; a refusal becomes a translated notice.
 */
public class JobsPortlet extends AdminPortlet {

    static final String JOB = "job";
    static final String CONFIRM = "confirm";
    static final int HISTORY = 20;
    private static final Logger LOG = System.getLogger(JobsPortlet.class.getName());

    private static final String STYLE = "<style>"
            + ".park-admin-jobs table{width:100%;border-collapse:collapse}"
            + ".park-admin-jobs td,.park-admin-jobs th{text-align:left;padding:.2em .4em;vertical-align:top}"
            + ".park-admin-jobs__message{overflow-wrap:anywhere}"
            + ".park-admin-jobs__badge--SUCCEEDED{color:#2a7a2a}"
            + ".park-admin-jobs__badge--FAILED,.park-admin-jobs__badge--INTERRUPTED{color:#b00;font-weight:bold}"
            + ".park-admin-jobs__badge--RUNNING{font-style:italic}"
            + "</style>";

    private JobAdministration jobs;

    @Override
    public void init() throws PortletException {
        super.init();
        jobs = backOffice.service("DefaultJobAdministration", JobAdministration.class);
    }

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-admin-jobs-css", "parkportal", "1.0", STYLE);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        try {
            List<JobOverview> all = jobs.jobs();
            String asked = request.getRenderParameters().getValue(JOB);
            // Only a job that exists is chosen: the parameter is in a URL anyone can edit.
            String chosen = all.stream().map(JobOverview::name).filter(n -> n.equals(asked)).findFirst().orElse(null);
            request.setAttribute("jobs", all);
            request.setAttribute("titles", titles(all, getResourceBundle(request.getLocale())));
            request.setAttribute("chosen", chosen);
            request.setAttribute("runs", jobs.recentRuns(chosen, HISTORY));
            String confirm = request.getRenderParameters().getValue(CONFIRM);
            all.stream().filter(j -> j.name().equals(confirm)).findFirst()
                    .ifPresent(j -> request.setAttribute("confirm", j.name()));
        } catch (JobRefused refused) {
            LOG.log(Level.INFO, "Jobs refused to {0}: {1}", request.getRemoteUser(), refused.getMessage());
            request.setAttribute("forbidden", true);
        }
        include("jobs/view.jsp", request, response);
    }

    @ProcessAction(name = "runNow")
    public void runNow(ActionRequest request, ActionResponse response) {
        String job = request.getActionParameters().getValue(JOB);
        try {
            jobs.runNow(job);
            keep(request, Notice.done("run.started", title(job, getResourceBundle(request.getLocale()))));
        } catch (JobRefused refused) {
            LOG.log(Level.INFO, "Run of {0} by {1} refused: {2}", job, request.getRemoteUser(), refused.getMessage());
            keep(request, Notice.problem("refused." + refused.reason().name(),
                    job == null ? "" : title(job, getResourceBundle(request.getLocale()))));
        } catch (EJBException failure) {
            LOG.log(Level.WARNING, "Run of " + job + " by " + request.getRemoteUser() + " failed", failure);
            keep(request, Notice.problem("failed"));
        }
        response.getRenderParameters().removeParameter(CONFIRM);
        if (job != null) {
            response.getRenderParameters().setValue(JOB, job);
        }
    }

    /** Each job's title from this portlet's bundle ({@code job.<name>}), or its name when the bundle has none. */
    static Map<String, String> titles(List<JobOverview> all, ResourceBundle bundle) {
        Map<String, String> titles = new LinkedHashMap<>();
        all.forEach(j -> titles.put(j.name(), title(j.name(), bundle)));
        return titles;
    }

    static String title(String job, ResourceBundle bundle) {
        String key = "job." + job;
        return bundle.containsKey(key) ? bundle.getString(key) : job;
    }
}
