package org.parkportal.portlets.samples.city;

import java.io.IOException;
import java.util.List;

import javax.portlet.GenericPortlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.portlets.support.PortletView;

/**
 * Lists the park sites as render URLs that set the public render parameter {@code city}; every portlet on the
 * page that supports that parameter (city-weather) sees the choice, with no event and no action needed.
 */
public class CityPickerPortlet extends GenericPortlet {

    static final String CITY = "city";

    private final PortletView view = new PortletView(this);

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        request.setAttribute("sites", List.of(ParkSite.values()));
        request.setAttribute("city", request.getRenderParameters().getValue(CITY));
        view.include("city/picker.jsp", request, response);
    }
}
