package org.parkportal.portlets.samples.city;

import java.io.IOException;

import javax.portlet.GenericPortlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.portlets.support.PortletView;

/** Shows a pseudo-forecast for the site named by the public render parameter {@code city}. */
public class CityWeatherPortlet extends GenericPortlet {

    private final PortletView view = new PortletView(this);

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        String city = request.getRenderParameters().getValue(CityPickerPortlet.CITY);
        if (city != null && !city.isBlank()) {
            // Another portlet may set any value; unknown ones are shown as given (escaped) rather than refused.
            request.setAttribute("city", city);
            ParkSite.byId(city).ifPresent(site -> request.setAttribute("siteLabelKey", site.getLabelKey()));
            request.setAttribute("forecast", PseudoForecast.forSite(city));
        }
        view.include("city/weather.jsp", request, response);
    }
}
