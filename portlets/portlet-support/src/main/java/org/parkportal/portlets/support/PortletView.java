package org.parkportal.portlets.support;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import jakarta.servlet.jsp.jstl.core.Config;
import jakarta.servlet.jsp.jstl.fmt.LocalizationContext;

import javax.portlet.GenericPortlet;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.PortletRequestDispatcher;
import javax.portlet.RenderResponse;

/**
 * A portlet's JSP views under {@code /WEB-INF/jsp/}. The JSPs use {@code <fmt:message>} without naming a bundle:
 * before each include this hands JSTL the portlet's bundle for the request's locale (by default the one declared in
 * portlet.xml, as the container resolves it), so titles and page texts come from the same file in the same language.
 */
public final class PortletView {

    /** Where JSTL looks for a request-scoped default localization context (what {@code Config.set(request, ...)} writes). */
    static final String FMT_CONTEXT_IN_REQUEST = Config.FMT_LOCALIZATION_CONTEXT + ".request";
    static final String JSP_FOLDER = "/WEB-INF/jsp/";

    private final Function<Locale, ResourceBundle> bundles;
    private final Function<String, PortletRequestDispatcher> dispatchers;

    /**
     * Views with the portlet's own bundle. Takes the portlet rather than its config so that it can be made in a field
     * initialiser: the portlet reads its config (set by init) only when a view is included.
     */
    public PortletView(GenericPortlet portlet) {
        this(portlet, portlet::getResourceBundle);
    }

    /** Views with another bundle, for a WAR whose portlets share one. */
    public PortletView(GenericPortlet portlet, Function<Locale, ResourceBundle> bundles) {
        this(bundles, path -> portlet.getPortletContext().getRequestDispatcher(path));
    }

    PortletView(Function<Locale, ResourceBundle> bundles, Function<String, PortletRequestDispatcher> dispatchers) {
        this.bundles = bundles;
        this.dispatchers = dispatchers;
    }

    /** The bundle the views read for this locale. */
    public ResourceBundle bundle(Locale locale) {
        return bundles.apply(locale);
    }

    /**
     * Includes {@code /WEB-INF/jsp/<view>}. A render response that has no content type yet gets text/html; a resource
     * response keeps what the portlet set.
     */
    public void include(String view, PortletRequest request, MimeResponse response)
            throws PortletException, IOException {
        Locale locale = request.getLocale();
        request.setAttribute(FMT_CONTEXT_IN_REQUEST, new LocalizationContext(bundle(locale), locale));
        if (response instanceof RenderResponse && response.getContentType() == null) {
            response.setContentType("text/html");
        }
        dispatchers.apply(JSP_FOLDER + view).include(request, response);
    }
}
