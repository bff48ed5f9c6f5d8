package org.parkportal.portal.container;

import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.portlet.PortletContext;
import org.apache.pluto.container.driver.DriverPortletConfig;
import org.apache.pluto.container.impl.AbstractPortletConfigImpl;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.apache.pluto.container.om.portlet.PortletInfo;

/**
 * The PortletConfig of one portlet. Its resource bundle is the one declared in portlet.xml (title, short title and
 * keywords come from there when declared) over the inline portlet-info, loaded with the portlet application's
 * class loader.
 */
final class PortalPortletConfig extends AbstractPortletConfigImpl implements DriverPortletConfig {

    private final ClassLoader applicationClassLoader;
    private final ConcurrentMap<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

    PortalPortletConfig(PortletContext context, PortletDefinition portlet, ClassLoader applicationClassLoader) {
        super(context, portlet);
        this.applicationClassLoader = applicationClassLoader;
    }

    /** The modes the portlet declares for the MIME type, view always included. */
    @Override
    public java.util.Enumeration<javax.portlet.PortletMode> getPortletModes(String mimeType) {
        java.util.Set<javax.portlet.PortletMode> modes = new java.util.LinkedHashSet<>();
        modes.add(javax.portlet.PortletMode.VIEW);
        var supports = portlet.getSupports(mimeType == null ? "text/html" : mimeType);
        if (supports != null) {
            supports.getPortletModes().forEach(m -> modes.add(new javax.portlet.PortletMode(m)));
        }
        return java.util.Collections.enumeration(modes);
    }

    @Override
    public java.util.Enumeration<javax.portlet.WindowState> getWindowStates(String mimeType) {
        java.util.Set<javax.portlet.WindowState> states = new java.util.LinkedHashSet<>(java.util.List.of(
                javax.portlet.WindowState.NORMAL, javax.portlet.WindowState.MAXIMIZED,
                javax.portlet.WindowState.MINIMIZED));
        var supports = portlet.getSupports(mimeType == null ? "text/html" : mimeType);
        if (supports != null) {
            supports.getWindowStates().forEach(s -> states.add(new javax.portlet.WindowState(s)));
        }
        return java.util.Collections.enumeration(states);
    }

    @Override
    public java.util.Map<String, javax.xml.namespace.QName> getPublicRenderParameterDefinitions() {
        java.util.Map<String, javax.xml.namespace.QName> definitions = new java.util.LinkedHashMap<>();
        for (String identifier : portlet.getSupportedPublicRenderParameters()) {
            var prp = portlet.getApplication().getPublicRenderParameter(identifier);
            if (prp != null && prp.getQName() != null) {
                definitions.put(identifier, prp.getQName());
            }
        }
        return definitions;
    }

    @Override
    public ResourceBundle getResourceBundle(Locale locale) {
        return bundles.computeIfAbsent(locale == null ? Locale.ROOT : locale, this::loadBundle);
    }

    private ResourceBundle loadBundle(Locale locale) {
        ResourceBundle inline = new InlineInfo(portlet.getPortletInfo());
        String name = portlet.getResourceBundle();
        if (name == null || name.isBlank()) {
            return inline;
        }
        try {
            ResourceBundle declared = ResourceBundle.getBundle(name, locale, applicationClassLoader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
            return new Layered(declared, inline);
        } catch (MissingResourceException e) {
            return inline;
        }
    }

    /** portlet-info from portlet.xml as javax.portlet.title / short-title / keywords. */
    private static final class InlineInfo extends ListResourceBundle {
        private final Object[][] contents;

        InlineInfo(PortletInfo info) {
            contents = new Object[][] {
                {"javax.portlet.title", info == null || info.getTitle() == null ? "" : info.getTitle()},
                {"javax.portlet.short-title", info == null || info.getShortTitle() == null ? "" : info.getShortTitle()},
                {"javax.portlet.keywords", info == null || info.getKeywords() == null ? "" : info.getKeywords()},
            };
        }

        @Override
        protected Object[][] getContents() {
            return contents;
        }
    }

    /** The declared bundle first, the inline info behind it. */
    private static final class Layered extends ResourceBundle {
        private final ResourceBundle declared;

        Layered(ResourceBundle declared, ResourceBundle inline) {
            this.declared = declared;
            setParent(inline);
        }

        @Override
        protected Object handleGetObject(String key) {
            return declared.containsKey(key) ? declared.getObject(key) : null;
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            java.util.Set<String> keys = new java.util.HashSet<>(declared.keySet());
            keys.addAll(parent.keySet());
            return java.util.Collections.enumeration(keys);
        }

        @Override
        public Locale getLocale() {
            return declared.getLocale();
        }
    }
}
