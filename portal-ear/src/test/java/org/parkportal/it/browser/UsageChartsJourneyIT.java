package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalUrls;

/** The administrator opens the usage analytics (admin/analytics) in a real browser: Chart.js (from the portal's WebJar) draws every chart. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsageChartsJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void theUsageReportsDrawTheirFiveChartsWithChartJs() {
        try (Browser browser = Browser.open()) {
            browser.signIn(DemoUser.ADMIN.uid(), DemoUser.ADMIN.password());
            browser.get(PortalUrls.portal("admin/analytics"));

            @SuppressWarnings("unchecked")
            List<String> drawn = browser.await("Chart.js charts on the five canvases of the usage reports",
                    d -> {
                        Object types = browser.script("if (!window.Chart) { return null; }"
                                + "var canvases = document.querySelectorAll("
                                + "'[data-portlet-window=\"admin-analytics\"] canvas[data-chart]');"
                                + "var types = [];"
                                + "for (var i = 0; i < canvases.length; i++) {"
                                + "  var chart = Chart.getChart(canvases[i]);"
                                + "  types.push(canvases[i].getAttribute('data-chart') + ':' + (chart ? chart.config.type : 'none'));"
                                + "}"
                                + "return types.length === 5 && types.every(function (t) { return !t.endsWith(':none'); })"
                                + "  ? types : null;");
                        return (List<String>) types;
                    });
            assertEquals(List.of("trend:line", "active:bar", "pages:bar", "portlets:bar", "searches:bar"), drawn);
        }
    }
}
