package org.parkportal.portlets.samples;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.jsp.jstl.core.Config;
import jakarta.servlet.jsp.jstl.fmt.LocalizationContext;

import javax.portlet.GenericPortlet;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.RenderResponse;

/**
 * A portlet whose markup comes from JSPs under {@code /WEB-INF/jsp/}.
 *
 * <p>The JSPs use {@code <fmt:message>} without naming a bundle: this class hands JSTL the portlet's own
 * resource bundle (the one declared in portlet.xml, resolved by the container for the request's locale), so
 * titles and page texts always come from the same file in the same language.
 */
public abstract class JspPortlet extends GenericPortlet {

    /** Where JSTL looks for a request-scoped default localization context (what {@code Config.set(request, ...)} writes). */
    private static final String FMT_CONTEXT_IN_REQUEST = Config.FMT_LOCALIZATION_CONTEXT + ".request";

    protected void include(String view, PortletRequest request, MimeResponse response)
            throws PortletException, IOException {
        Locale locale = request.getLocale();
        request.setAttribute(FMT_CONTEXT_IN_REQUEST, new LocalizationContext(getResourceBundle(locale), locale));
        if (response instanceof RenderResponse && response.getContentType() == null) {
            response.setContentType("text/html");
        }
        getPortletContext().getRequestDispatcher("/WEB-INF/jsp/" + view).include(request, response);
    }
}
