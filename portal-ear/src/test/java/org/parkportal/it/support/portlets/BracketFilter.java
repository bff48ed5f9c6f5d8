package org.parkportal.it.support.portlets;

import java.io.IOException;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.filter.ActionFilter;
import javax.portlet.filter.FilterChain;
import javax.portlet.filter.FilterConfig;
import javax.portlet.filter.HeaderFilter;
import javax.portlet.filter.HeaderFilterChain;
import javax.portlet.filter.RenderFilter;

/**
 * Writes "[label" before and "label]" after the rest of the chain; in actions it marks the request; in the
 * header phase it writes a meta element.
 */
public class BracketFilter implements RenderFilter, ActionFilter, HeaderFilter {

    private String label;

    @Override
    public void init(FilterConfig config) {
        label = config.getInitParameter("label");
    }

    @Override
    public void doFilter(RenderRequest request, RenderResponse response, FilterChain chain)
            throws IOException, PortletException {
        response.getWriter().write("[" + label + " ");
        chain.doFilter(request, response);
        response.getWriter().write(" " + label + "]");
    }

    @Override
    public void doFilter(ActionRequest request, ActionResponse response, FilterChain chain)
            throws IOException, PortletException {
        Object before = request.getAttribute("it.filtered");
        request.setAttribute("it.filtered", before == null ? label : before + "," + label);
        chain.doFilter(request, response);
    }

    /** In the header phase it leaves a meta element in the page head, before the rest of the chain. */
    @Override
    public void doFilter(HeaderRequest request, HeaderResponse response, HeaderFilterChain chain)
            throws IOException, PortletException {
        response.getWriter().write("<meta name=\"it-filter\" content=\"" + label + "\">");
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
    }
}
