package org.parkportal.portlets.audit;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

import jakarta.ejb.EJBAccessException;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletURL;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.portlet.ResourceURL;

import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;
import org.parkportal.portlets.support.RenderForm;

import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.application.ChainCheck;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.audit.domain.AuditEntry;

/**
 * The audit log for administrators: the last check of the hash chain (with "check now"), a filter (render parameters, so a filtered view
 * is a bookmark), 50 entries a page, and the filtered entries as CSV through serveResource. The back office decides
 * who may read the log; whoever it refuses gets a sentence, not a stack trace.
 */
public class AuditLogPortlet extends GenericPortlet {

    static final String CSV_RESOURCE = "csv";
    private static final String STYLE = "<style>"
            + ".park-audit__chain{font-weight:bold;padding:.4em .6em;border-left:.3em solid}"
            + ".park-audit__chain--intact{border-color:#2a7a2a}"
            + ".park-audit__chain--broken{border-color:#b00;color:#b00}"
            + ".park-audit__chain--unchecked{border-color:#888}"
            + ".park-audit__check{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:center}"
            + ".park-audit__filter{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:end}"
            + ".park-audit__filter label{display:flex;flex-direction:column}"
            + ".park-audit__entries{width:100%;border-collapse:collapse}"
            + ".park-audit__entries td,.park-audit__entries th{text-align:left;padding:.2em .4em;vertical-align:top}"
            + ".park-audit__entries td{overflow-wrap:anywhere}"
            + "</style>";
    private static final Logger LOG = System.getLogger(AuditLogPortlet.class.getName());

    private final BackOffice.Reference<AuditLog> log = new BackOffice().reference("DatabaseAuditLog", AuditLog.class);
    private final PortletView view = new PortletView(this);

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-audit-css", "parkportal", "1.0", STYLE);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        AuditFilter filter = AuditFilter.parse(request.getRenderParameters()::getValue);
        request.setAttribute("values", filter.values());
        request.setAttribute("errors", filter.errors());
        request.setAttribute("maxActor", AuditFilter.MAX_ACTOR);
        request.setAttribute("maxText", AuditFilter.MAX_TEXT);
        request.setAttribute("actions", List.of(AuditAction.values()));
        try {
            // The last check (nightly, or an administrator's "check now"): walking the whole log on every view
            // would make the page slower with every sign-in.
            log.get().lastCheck().ifPresent(chain -> {
                request.setAttribute("chainChecked", true);
                request.setAttribute("chainCheckedAt", chain.checkedAt().toString());
                request.setAttribute("chainIntact", chain.intact());
                request.setAttribute("chainEntries", chain.entries());
                // A String, or MessageFormat would print entry 1,234 with a grouping separator.
                request.setAttribute("chainBrokenAt", chain.intact() ? null : String.valueOf(chain.firstBrokenId()));
            });
            if (filter.valid()) {
                showEntries(filter, request, response);
            }
        } catch (EJBAccessException e) {
            LOG.log(Level.INFO, "Audit log refused to {0}: {1}", request.getRemoteUser(), e.getMessage());
            request.setAttribute("forbidden", true);
        }
        request.setAttribute("form", RenderForm.of(response.createRenderURL(MimeResponse.Copy.NONE), AuditFilter.FIELDS));
        view.include("audit-log.jsp", request, response);
    }

    private void showEntries(AuditFilter filter, RenderRequest request, RenderResponse response) throws PortletException {
        List<AuditEntry> entries = log.get().find(filter.pageQuery());
        long total = log.get().count(filter.query(0, 1));
        long first = (long) (filter.page() - 1) * AuditFilter.PAGE_SIZE + 1;
        request.setAttribute("entries", entries);
        request.setAttribute("total", total);
        request.setAttribute("first", first);
        request.setAttribute("last", first + entries.size() - 1);
        if (filter.page() > 1) {
            request.setAttribute("previousUrl", pageUrl(response, filter.page() - 1));
        }
        if (first - 1 + entries.size() < total && filter.page() < AuditFilter.MAX_PAGE) {
            request.setAttribute("nextUrl", pageUrl(response, filter.page() + 1));
        }
        ResourceURL csv = response.createResourceURL();
        csv.setResourceID(CSV_RESOURCE);
        filter.values().forEach(csv.getResourceParameters()::setValue);
        request.setAttribute("csvUrl", csv.toString());
    }

    private static String pageUrl(RenderResponse response, int page) {
        PortletURL url = response.createRenderURL(MimeResponse.Copy.ALL);
        url.getRenderParameters().setValue(AuditFilter.PAGE, String.valueOf(page));
        return url.toString();
    }

    /** "Check the chain now": the back office checks and keeps the result, which the next render shows. */
    @ProcessAction(name = "verify")
    public void verify(ActionRequest request, ActionResponse response) throws PortletException {
        try {
            ChainCheck chain = log.get().verify();
            LOG.log(Level.INFO, "Audit chain checked by {0}: {1} entries, intact {2}", request.getRemoteUser(),
                    chain.entries(), chain.intact());
        } catch (EJBAccessException e) {
            LOG.log(Level.INFO, "Audit chain check refused to {0}: {1}", request.getRemoteUser(), e.getMessage());
        }
    }

    @Override
    public void serveResource(ResourceRequest request, ResourceResponse response) throws PortletException, IOException {
        if (!CSV_RESOURCE.equals(request.getResourceID())) {
            response.setProperty(ResourceResponse.HTTP_STATUS_CODE, "404");
            return;
        }
        AuditFilter filter = AuditFilter.parse(request.getResourceParameters()::getValue);
        if (!filter.valid()) {
            // The page offers the export only for a valid filter: this URL was edited by hand.
            plainText(response, "400", filter.errors().toString());
            return;
        }
        List<AuditEntry> entries;
        try {
            entries = log.get().find(filter.exportQuery());
        } catch (EJBAccessException e) {
            LOG.log(Level.INFO, "Audit export refused to {0}: {1}", request.getRemoteUser(), e.getMessage());
            plainText(response, "403", getResourceBundle(request.getLocale()).getString("forbidden"));
            return;
        }
        response.setContentType(AuditCsv.CONTENT_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setProperty("Content-Disposition", "attachment; filename=\"" + AuditCsv.FILE_NAME + "\"");
        response.setProperty("Cache-Control", "no-store");
        AuditCsv.write(entries, response.getWriter());
    }

    private static void plainText(ResourceResponse response, String status, String text) throws IOException {
        response.setProperty(ResourceResponse.HTTP_STATUS_CODE, status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text);
    }
}
