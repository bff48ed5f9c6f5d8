package org.parkportal.it.support.portlets;

import javax.portlet.GenericPortlet;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/** Fails every render: the portal must show its error box for this window only. */
public class FaultyPortlet extends GenericPortlet {

    @Override
    protected void doView(RenderRequest request, RenderResponse response) {
        throw new IllegalStateException("FaultyPortlet fails on purpose (integration test)");
    }
}
