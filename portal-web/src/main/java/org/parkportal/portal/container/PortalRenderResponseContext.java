package org.parkportal.portal.container;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import javax.portlet.PortletMode;
import org.apache.pluto.container.PageResourceId;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletHeaderResponseContext;
import org.apache.pluto.container.PortletRenderResponseContext;
import org.apache.pluto.container.PortletWindow;

/** Render and header phases: markup plus the window title and next possible modes. */
final class PortalRenderResponseContext extends PortalMimeResponseContext
        implements PortletRenderResponseContext, PortletHeaderResponseContext {

    private final DependencyMarkup dependencies;

    PortalRenderResponseContext(PortletContainer container, HttpServletRequest request, HttpServletResponse response,
                                PortletWindow window, DependencyMarkup dependencies) {
        super(container, request, response, window);
        this.dependencies = dependencies;
        outcome().cacheControl(getCacheControl());
    }

    private WindowOutcome outcome() {
        return WindowOutcome.of(getContainerRequest(), getPortletWindow().getId().getStringId());
    }

    @Override public void setTitle(String title) { outcome().title(title); }
    @Override public void setNextPossiblePortletModes(Collection<PortletMode> modes) { outcome().nextModes(modes); }

    @Override
    public void addDependency(String name, String scope, String version) {
        getHeaderData().addDependency(name, scope, version);
    }

    @Override
    public void addDependency(String name, String scope, String version, String markup) {
        if (name == null || name.isEmpty() || markup == null || markup.isEmpty()) {
            // As Pluto's HeaderData does: a dependency with markup needs a name and the markup.
            throw new IllegalArgumentException("A page dependency needs a name and its markup");
        }
        getHeaderData().getDynamicResources().put(new PageResourceId(name, scope, version),
                dependencies.clean(markup));
    }
}
