package org.parkportal.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.parkportal.it.support.portlets.AsyncPortlet;
import org.parkportal.it.support.portlets.CloudFixtureServlet;
import org.parkportal.it.support.portlets.CloudTimeServlet;
import org.parkportal.it.support.portlets.AsyncViewServlet;
import org.parkportal.it.support.portlets.BracketFilter;
import org.parkportal.it.support.portlets.CountingPortlet;
import org.parkportal.it.support.portlets.FaultyPortlet;
import org.parkportal.it.support.portlets.FilteredPortlet;
import org.parkportal.it.support.portlets.ModesPortlet;
import org.parkportal.it.support.portlets.NoAsyncPortlet;
import org.parkportal.it.support.portlets.SessionPortlet;
import org.parkportal.it.support.portlets.SlowPortlet;
import org.parkportal.it.support.portlets.SteadyPortlet;
import org.parkportal.it.support.portlets.UserInfoPortlet;
import org.parkportal.it.support.portlets.RequestingServiceServlet;
import org.parkportal.it.support.portlets.WhoAmIServlet;

/**
 * it-portlets.war: a portlet application deployed next to the EAR (context /it-portlets, so Pluto names the
 * application "it-portlets") with portlets that exercise the container: faulty, slow and steady misbehave (or
 * not) on purpose, counting counts its renders (expiration cache), filtered runs behind two portlet filters,
 * async serves resources asynchronously (its dispatch target is a servlet of the WAR), no-async may not.
 * No JSPs, so it needs no portlet taglib; the portlet API and Pluto come from the EAR's lib/ through the module
 * dependency in WEB-INF/jboss-deployment-structure.xml.
 */
public final class TestPortlets {

    public static final String APPLICATION = "it-portlets";

    private TestPortlets() {
    }

    public static WebArchive war() {
        return ShrinkWrap.create(WebArchive.class, APPLICATION + ".war")
                .addClasses(FaultyPortlet.class, SlowPortlet.class, SteadyPortlet.class, CountingPortlet.class,
                        FilteredPortlet.class, BracketFilter.class, ModesPortlet.class, SessionPortlet.class,
                        AsyncPortlet.class, AsyncViewServlet.class, NoAsyncPortlet.class, WhoAmIServlet.class,
                        UserInfoPortlet.class, RequestingServiceServlet.class, CloudFixtureServlet.class,
                        CloudTimeServlet.class)
                .addAsResource("it-bpmn/failing.bpmn")
                .addAsWebInfResource("it-portlets/portlet.xml", "portlet.xml")
                .addAsWebInfResource("it-portlets/jboss-deployment-structure.xml", "jboss-deployment-structure.xml")
                .setWebXML("it-portlets/web.xml");
    }

    /**
     * Pluto registers the WAR's portlets from a timer once the portal's services exist, which can be just after
     * the deployment is reported done; waits until the window no longer reports its portlet as not installed.
     */
    public static void awaitRegistration(String page, String window) throws InterruptedException {
        String notInstalled = Texts.portal(java.util.Locale.ENGLISH, "window.unavailable");
        for (int i = 0; i < 40; i++) {
            // Maximized, so only this window renders (a slow neighbour would slow every poll down).
            PortalPage answer = PortalClient.newSession().get(page + "?s." + window + "=maximized");
            if (answer.status() == 200 && answer.windowError(window).map(e -> !e.text().equals(notInstalled))
                    .orElse(true)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The portlets of " + APPLICATION + ".war never became available to the portal");
    }
}
