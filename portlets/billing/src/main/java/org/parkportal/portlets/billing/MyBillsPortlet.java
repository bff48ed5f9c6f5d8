package org.parkportal.portlets.billing;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ResourceBundle;

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

import org.parkportal.billing.application.PeriodSummary;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.Invoice;
import org.parkportal.portlets.support.PortalResources;

/**
 * "My bills" for a tenant's users: the credit standing, the open month so far (lines and a Chart.js chart per day and
 * usage type), the issued invoices, one of them in full (render parameter {@code invoice}) with its PDF through a
 * resource URL. Which tenant is the back office's decision (the caller's own); an invoice it will not show is
 * "not found", whoever's it is.
 */
public class MyBillsPortlet extends BillingPortlet {

    static final String INVOICE = "invoice";
    static final String PDF = "pdf";
    private static final Logger LOG = System.getLogger(MyBillsPortlet.class.getName());

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        super.renderHeaders(request, response);
        PortalResources.addChartJs(response);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        if (request.getRemoteUser() == null) {
            request.setAttribute("guest", true);
            include("my-bills.jsp", request, response);
            return;
        }
        try {
            PeriodSummary current = statements().currentPeriod(null);
            request.setAttribute("current", current);
            ResourceBundle texts = messages(request.getLocale());
            request.setAttribute("chartJson", UsageChart.json(current.days(), t -> texts.getString("type." + t.name())));
            java.util.List<Invoice> invoices = statements().invoices(null);
            java.util.Map<Long, String> openUrls = new java.util.HashMap<>();
            for (Invoice i : invoices) {
                PortletURL url = response.createRenderURL(MimeResponse.Copy.NONE);
                url.getRenderParameters().setValue(INVOICE, String.valueOf(i.id()));
                openUrls.put(i.id(), url.toString());
            }
            request.setAttribute("invoices", invoices);
            request.setAttribute("openUrls", openUrls);
            String selected = request.getRenderParameters().getValue(INVOICE);
            if (selected != null) {
                showInvoice(selected, request, response);
            }
        } catch (BillingRefused refused) {
            LOG.log(Level.INFO, "My bills refused to {0}: {1}", request.getRemoteUser(), refused.getMessage());
            request.setAttribute("refused", refused.reason().name());
        }
        request.setAttribute("listUrl", response.createRenderURL(MimeResponse.Copy.NONE).toString());
        include("my-bills.jsp", request, response);
    }

    private void showInvoice(String selected, RenderRequest request, RenderResponse response) {
        long id = id(selected);
        try {
            Invoice invoice = statements().invoice(id);
            request.setAttribute("invoice", invoice);
            ResourceURL pdf = response.createResourceURL();
            pdf.setResourceID(PDF);
            pdf.getResourceParameters().setValue(INVOICE, String.valueOf(invoice.id()));
            request.setAttribute("pdfUrl", pdf.toString());
        } catch (BillingRefused refused) {
            LOG.log(Level.INFO, "Invoice {0} refused to {1}: {2}", selected, request.getRemoteUser(), refused.reason());
            request.setAttribute("invoiceNotFound", true);
        }
    }

    @Override
    public void serveResource(ResourceRequest request, ResourceResponse response) throws PortletException, IOException {
        if (!PDF.equals(request.getResourceID())) {
            response.setProperty(ResourceResponse.HTTP_STATUS_CODE, "404");
            return;
        }
        byte[] pdf;
        Invoice invoice;
        try {
            long id = id(request.getResourceParameters().getValue(INVOICE));
            invoice = statements().invoice(id);
            pdf = statements().invoicePdf(id, request.getLocale());
        } catch (BillingRefused refused) {
            LOG.log(Level.INFO, "Invoice PDF refused to {0}: {1}", request.getRemoteUser(), refused.getMessage());
            response.setProperty(ResourceResponse.HTTP_STATUS_CODE,
                    refused.reason() == BillingRefused.Reason.NOT_ALLOWED ? "403" : "404");
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(messages(request.getLocale()).getString("invoice.notFound"));
            return;
        }
        String name = (invoice.number() == null ? "invoice-" + invoice.period() : invoice.number()) + ".pdf";
        response.setContentType("application/pdf");
        response.setProperty("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setProperty("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getPortletOutputStream().write(pdf);
    }

    /** An id from a URL anyone can edit: not a number is "no such invoice". */
    private static long id(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new BillingRefused(BillingRefused.Reason.NOT_FOUND, "invoice id " + text);
        }
    }
}
