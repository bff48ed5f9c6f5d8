package org.parkportal.portal.container;

import jakarta.enterprise.inject.spi.BeanManager;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.EventPortlet;
import javax.portlet.EventRequest;
import javax.portlet.EventResponse;
import javax.portlet.HeaderPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.Portlet;
import javax.portlet.PortletContext;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.portlet.ResourceServingPortlet;
import javax.portlet.filter.ActionFilter;
import javax.portlet.filter.EventFilter;
import javax.portlet.filter.FilterChain;
import javax.portlet.filter.FilterConfig;
import javax.portlet.filter.HeaderFilter;
import javax.portlet.filter.HeaderFilterChain;
import javax.portlet.filter.PortletFilter;
import javax.portlet.filter.RenderFilter;
import javax.portlet.filter.ResourceFilter;
import org.apache.pluto.container.FilterManager;
import org.apache.pluto.container.FilterManagerService;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.om.portlet.Filter;
import org.apache.pluto.container.om.portlet.FilterMapping;
import org.apache.pluto.container.om.portlet.InitParam;
import org.apache.pluto.container.om.portlet.PortletApplicationDefinition;

/**
 * Portlet filters (portlet.xml filter and filter-mapping): the filters mapped to the portlet for the phase run in
 * the order of their mappings, then the portlet. Filter instances are created once per application and filter name.
 */
final class PortletFilters implements FilterManagerService {

    private final PortletApplications applications;
    private final Map<String, PortletFilter> instances = new ConcurrentHashMap<>();

    PortletFilters(PortletApplications applications) {
        this.applications = applications;
    }

    @Override
    public FilterManager getFilterManager(PortletWindow window, String lifecycle) {
        PortletApplicationDefinition app = window.getPortletDefinition().getApplication();
        String portletName = window.getPortletDefinition().getPortletName();
        // The chain follows the order of the filter-mapping elements (JSR-286 PLT.20.2.2), each filter once.
        Set<String> names = new LinkedHashSet<>();
        for (FilterMapping mapping : app.getFilterMappings()) {
            if (mapping.getPortletNames().stream().anyMatch(pattern -> matches(pattern, portletName))) {
                names.add(mapping.getFilterName());
            }
        }
        List<Filter> filters = names.stream().map(app::getFilter)
                .filter(f -> f != null && f.getLifecycles().contains(lifecycle))
                .toList();
        return new Chain(app, filters);
    }

    private static boolean matches(String pattern, String portletName) {
        return pattern.equals("*") || pattern.equals(portletName)
                || (pattern.endsWith("*") && portletName.startsWith(pattern.substring(0, pattern.length() - 1)));
    }

    private PortletFilter instance(PortletApplicationDefinition app, Filter filter, PortletContext context)
            throws PortletException {
        String key = app.getName() + "/" + filter.getFilterName();
        PortletFilter existing = instances.get(key);
        if (existing != null) {
            return existing;
        }
        try {
            ClassLoader loader = applications.getClassLoader(app.getName());
            PortletFilter created = (PortletFilter) Class.forName(filter.getFilterClass(), true, loader)
                    .getDeclaredConstructor().newInstance();
            created.init(new Config(filter, context));
            PortletFilter raced = instances.putIfAbsent(key, created);
            return raced != null ? raced : created;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new PortletException("Portlet filter " + filter.getFilterName() + " cannot be created", e);
        }
    }

    private final class Chain implements FilterManager, FilterChain, HeaderFilterChain {
        private final PortletApplicationDefinition app;
        private final List<Filter> filters;
        private PortletContext context;
        private Object portlet;
        private int next;

        Chain(PortletApplicationDefinition app, List<Filter> filters) {
            this.app = app;
            this.filters = filters;
        }

        private PortletFilter nextFilter() throws PortletException {
            return next < filters.size() ? instance(app, filters.get(next++), context) : null;
        }

        @Override
        public void processFilter(ActionRequest rq, ActionResponse rs, Portlet p, PortletContext c)
                throws PortletException, IOException {
            start(p, c);
            doFilter(rq, rs);
        }

        @Override
        public void processFilter(HeaderRequest rq, HeaderResponse rs, HeaderPortlet p, PortletContext c)
                throws PortletException, IOException {
            start(p, c);
            doFilter(rq, rs);
        }

        @Override
        public void processFilter(RenderRequest rq, RenderResponse rs, Portlet p, PortletContext c)
                throws PortletException, IOException {
            start(p, c);
            doFilter(rq, rs);
        }

        @Override
        public void processFilter(ResourceRequest rq, ResourceResponse rs, ResourceServingPortlet p, PortletContext c)
                throws PortletException, IOException {
            start(p, c);
            doFilter(rq, rs);
        }

        @Override
        public void processFilter(EventRequest rq, EventResponse rs, EventPortlet p, PortletContext c)
                throws PortletException, IOException {
            start(p, c);
            doFilter(rq, rs);
        }

        private void start(Object portlet, PortletContext context) {
            this.portlet = portlet;
            this.context = context;
            this.next = 0;
        }

        @Override
        public void setBeanManager(BeanManager beanManager) {
            // Filters are plain objects here; CDI-managed filters are not created through the bean manager.
        }

        @Override
        public void doFilter(ActionRequest rq, ActionResponse rs) throws IOException, PortletException {
            PortletFilter f = nextFilter();
            if (f instanceof ActionFilter af) {
                af.doFilter(rq, rs, this);
            } else if (f != null) {
                doFilter(rq, rs);
            } else {
                ((Portlet) portlet).processAction(rq, rs);
            }
        }

        @Override
        public void doFilter(HeaderRequest rq, HeaderResponse rs) throws IOException, PortletException {
            PortletFilter f = nextFilter();
            if (f instanceof HeaderFilter hf) {
                hf.doFilter(rq, rs, this);
            } else if (f != null) {
                doFilter(rq, rs);
            } else {
                ((HeaderPortlet) portlet).renderHeaders(rq, rs);
            }
        }

        @Override
        public void doFilter(EventRequest rq, EventResponse rs) throws IOException, PortletException {
            PortletFilter f = nextFilter();
            if (f instanceof EventFilter ef) {
                ef.doFilter(rq, rs, this);
            } else if (f != null) {
                doFilter(rq, rs);
            } else {
                ((EventPortlet) portlet).processEvent(rq, rs);
            }
        }

        @Override
        public void doFilter(RenderRequest rq, RenderResponse rs) throws IOException, PortletException {
            PortletFilter f = nextFilter();
            if (f instanceof RenderFilter rf) {
                rf.doFilter(rq, rs, this);
            } else if (f != null) {
                doFilter(rq, rs);
            } else {
                ((Portlet) portlet).render(rq, rs);
            }
        }

        @Override
        public void doFilter(ResourceRequest rq, ResourceResponse rs) throws IOException, PortletException {
            PortletFilter f = nextFilter();
            if (f instanceof ResourceFilter rf) {
                rf.doFilter(rq, rs, this);
            } else if (f != null) {
                doFilter(rq, rs);
            } else {
                ((ResourceServingPortlet) portlet).serveResource(rq, rs);
            }
        }
    }

    private record Config(Filter filter, PortletContext context) implements FilterConfig {
        @Override public String getFilterName() { return filter.getFilterName(); }
        @Override public PortletContext getPortletContext() { return context; }

        @Override
        public String getInitParameter(String name) {
            InitParam p = filter.getInitParam(name);
            return p == null ? null : p.getParamValue();
        }

        @Override
        public java.util.Enumeration<String> getInitParameterNames() {
            return Collections.enumeration(filter.getInitParams().stream().map(InitParam::getParamName)
                    .collect(Collectors.toList()));
        }
    }
}
