package org.parkportal.it.support.portlets;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.parkportal.billing.application.BillingAdministration;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.cloud.application.internal.CloudClock;

/**
 * For the billing-day test: POST /cloud-time?at=2026-11-25T12:00:00Z sets the cloud lifecycle's clock (standing
 * still), POST /cloud-time without {@code at} gives it back to the system clock; POST /cloud-time/invoices prepares
 * the draft invoices of the month that holds the instant {@code in} (default: now) as the signed-in administrator
 * (BillingAdministration checks the role).
 */
@WebServlet("/cloud-time/*")
public class CloudTimeServlet extends HttpServlet {

    private static final String MODULE = "java:global/portal/ejb-services/";

    @EJB(lookup = MODULE + "CloudClock!org.parkportal.cloud.application.internal.CloudClock")
    private CloudClock clock;

    @EJB(lookup = MODULE + "DefaultBillingAdministration!org.parkportal.billing.application.BillingAdministration")
    private BillingAdministration billing;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/invoices".equals(request.getPathInfo())) {
            String in = request.getParameter("in");
            int invoices = billing.runInvoicing(BillingPeriod.of(in == null ? Instant.now() : Instant.parse(in)), false)
                    .size();
            response.setContentType("text/plain");
            response.getWriter().print(invoices);
            return;
        }
        String at = request.getParameter("at");
        clock.setTo(at == null ? null : Instant.parse(at));
        response.setStatus(204);
    }
}
