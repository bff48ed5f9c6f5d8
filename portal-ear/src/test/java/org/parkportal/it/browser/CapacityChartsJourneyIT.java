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

/**
 * The administrator opens the cloud page (admin/cloud) in a real browser: Chart.js, loaded once from the portal's
 * WebJar, draws the capacity dashboard's three bar charts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CapacityChartsJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void theCapacityDashboardDrawsItsThreeBarChartsWithChartJsLoadedOnce() {
        try (Browser browser = Browser.open()) {
            browser.signIn(DemoUser.ADMIN.uid(), DemoUser.ADMIN.password());
            browser.get(PortalUrls.portal("admin/cloud"));

            @SuppressWarnings("unchecked")
            List<String> drawn = browser.await("Chart.js charts on the three canvases of the capacity dashboard",
                    d -> {
                        Object types = browser.script("if (!window.Chart) { return null; }"
                                + "var canvases = document.querySelectorAll("
                                + "'[data-portlet-window=\"admin-cloud-capacity\"] canvas[data-chart]');"
                                + "var types = [];"
                                + "for (var i = 0; i < canvases.length; i++) {"
                                + "  var chart = Chart.getChart(canvases[i]);"
                                + "  types.push(canvases[i].getAttribute('data-chart') + ':' + (chart ? chart.config.type : 'none'));"
                                + "}"
                                + "return types.length === 3 && types.every(function (t) { return !t.endsWith(':none'); })"
                                + "  ? types : null;");
                        return (List<String>) types;
                    });
            assertEquals(List.of("cpu:bar", "ram:bar", "storage:bar"), drawn);
            assertEquals(1.0, browser.number(
                    "return document.querySelectorAll('script[src$=\"/webjars/chart.js/4.4.1/dist/chart.umd.js\"]').length;"));
        }
    }
}
