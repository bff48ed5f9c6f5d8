package org.parkportal.portlets.analytics;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJBAccessException;

import javax.portlet.GenericPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.portlet.ResourceURL;

import org.parkportal.analytics.application.UsageReport;
import org.parkportal.analytics.application.UsageReports;
import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;
import org.parkportal.portlets.support.PortalResources;

/**
 * The portal's use for administrators: page views and sign-ins per day, daily active users, the top pages, portlets
 * and searches of the last 7, 30 or 90 UTC days (render parameter {@code days}), for all companies or one
 * ({@code tenant}); as Chart.js charts, each with its table, and each table as CSV (serveResource). The back office
 * decides who may read the figures.
 */
public class UsageReportsPortlet extends GenericPortlet {

    private static final String STYLE = "<style>"
            + ".park-usage__choices{display:flex;flex-wrap:wrap;gap:.3em 1em}"
            + ".park-usage__choices [aria-current]{font-weight:bold}"
            + ".park-usage__charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(18em,1fr));gap:1em}"
            + ".park-usage__chart canvas{max-height:16em}"
            + ".park-usage table{border-collapse:collapse;width:100%}"
            + ".park-usage td,.park-usage th{text-align:left;padding:.1em .4em}"
            + ".park-usage td.park-usage__n{text-align:right}"
            + ".park-usage details{margin-top:.3em}"
            + "</style>";
    private static final Logger LOG = System.getLogger(UsageReportsPortlet.class.getName());

    private final Clock clock = Clock.systemUTC();
    private final BackOffice.Reference<UsageReports> reports =
            new BackOffice().reference("DefaultUsageReports", UsageReports.class);
    private final PortletView view = new PortletView(this);

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-usage-css", "parkportal", "1.0", STYLE);
        PortalResources.addChartJs(response);
        response.addDependency("park-usage-charts", "parkportal", "1.0",
                "<script src=\"" + request.getContextPath() + "/js/usage-charts.js\"></script>");
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        ReportPeriod period = ReportPeriod.parse(request.getRenderParameters()::getValue);
        Locale locale = request.getLocale();
        try {
            UsageReport report = report(period);
            request.setAttribute("report", report);
            request.setAttribute("chartData", ChartData.json(report, getResourceBundle(locale)));
            request.setAttribute("periods", periodLinks(response, period));
            request.setAttribute("tenants", tenantLinks(response, period, report));
            Map<String, String> csv = new LinkedHashMap<>();
            for (ReportCsv part : ReportCsv.values()) {
                ResourceURL url = response.createResourceURL();
                url.setResourceID(part.resourceId());
                url.getResourceParameters().setValue(ReportPeriod.DAYS, String.valueOf(period.days()));
                if (period.tenant() != null) {
                    url.getResourceParameters().setValue(ReportPeriod.TENANT, period.tenant());
                }
                csv.put(part.name(), url.toString());
            }
            request.setAttribute("csv", csv);
        } catch (EJBAccessException e) {
            LOG.log(Level.INFO, "Usage reports refused to {0}: {1}", request.getRemoteUser(), e.getMessage());
            request.setAttribute("forbidden", true);
        }
        view.include("usage-reports.jsp", request, response);
    }

    @Override
    public void serveResource(ResourceRequest request, ResourceResponse response) throws PortletException, IOException {
        ReportCsv part = ReportCsv.byResourceId(request.getResourceID());
        if (part == null) {
            response.setProperty(ResourceResponse.HTTP_STATUS_CODE, "404");
            return;
        }
        UsageReport report;
        try {
            report = report(ReportPeriod.parse(request.getResourceParameters()::getValue));
        } catch (EJBAccessException e) {
            LOG.log(Level.INFO, "Usage export refused to {0}: {1}", request.getRemoteUser(), e.getMessage());
            response.setProperty(ResourceResponse.HTTP_STATUS_CODE, "403");
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(getResourceBundle(request.getLocale()).getString("forbidden"));
            return;
        }
        response.setContentType(ReportCsv.CONTENT_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setProperty("Content-Disposition", "attachment; filename=\"" + part.fileName(report) + "\"");
        response.setProperty("Cache-Control", "no-store");
        part.write(report, response.getWriter());
    }

    private UsageReport report(ReportPeriod period) throws PortletException {
        LocalDate today = LocalDate.now(clock);
        return reports.get().report(period.from(today), today, period.backOfficeTenant());
    }

    /** Label (days) to URL; the current one maps to null. */
    private static Map<Integer, String> periodLinks(RenderResponse response, ReportPeriod current) {
        Map<Integer, String> links = new LinkedHashMap<>();
        for (int days : ReportPeriod.CHOICES) {
            PortletURL url = response.createRenderURL(MimeResponse.Copy.ALL);
            url.getRenderParameters().setValue(ReportPeriod.DAYS, String.valueOf(days));
            links.put(days, days == current.days() ? null : url.toString());
        }
        return links;
    }

    /** Tenant parameter ("" for all) to URL, the current one to null: all companies, then each with any use. */
    private static Map<String, String> tenantLinks(RenderResponse response, ReportPeriod current, UsageReport report) {
        Map<String, String> links = new LinkedHashMap<>();
        PortletURL all = response.createRenderURL(MimeResponse.Copy.ALL);
        all.getRenderParameters().removeParameter(ReportPeriod.TENANT);
        links.put("", current.tenant() == null ? null : all.toString());
        for (String tenant : report.tenants()) {
            String parameter = ReportPeriod.parameterOf(tenant);
            PortletURL url = response.createRenderURL(MimeResponse.Copy.ALL);
            url.getRenderParameters().setValue(ReportPeriod.TENANT, parameter);
            links.put(parameter, parameter.equals(current.tenant()) ? null : url.toString());
        }
        return links;
    }
}
