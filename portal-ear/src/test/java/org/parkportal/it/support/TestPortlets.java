package org.parkportal.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.parkportal.it.support.portlets.FaultyPortlet;
import org.parkportal.it.support.portlets.SlowPortlet;
import org.parkportal.it.support.portlets.SteadyPortlet;

/**
 * it-portlets.war: a portlet application deployed next to the EAR (context /it-portlets, so Pluto names the
 * application "it-portlets") with three portlets that misbehave on purpose: faulty, slow and steady.
 * No JSPs, so it needs no portlet taglib; the portlet API and Pluto come from the EAR's lib/ through the module
 * dependency in WEB-INF/jboss-deployment-structure.xml.
 */
public final class TestPortlets {

    public static final String APPLICATION = "it-portlets";

    private TestPortlets() {
    }

    public static WebArchive war() {
        return ShrinkWrap.create(WebArchive.class, APPLICATION + ".war")
                .addClasses(FaultyPortlet.class, SlowPortlet.class, SteadyPortlet.class)
                .addAsWebInfResource("it-portlets/portlet.xml", "portlet.xml")
                .addAsWebInfResource("it-portlets/jboss-deployment-structure.xml", "jboss-deployment-structure.xml")
                .setWebXML("it-portlets/web.xml");
    }
}
