package org.parkportal.portal.container;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;
import javax.portlet.CacheControl;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletMimeResponseContext;
import org.apache.pluto.container.PortletWindow;

/** A response with markup: render, header and resource phases. Output goes to the dispatched servlet response. */
class PortalMimeResponseContext extends PortalResponseContext implements PortletMimeResponseContext {

    private final WindowCacheControl cacheControl;

    PortalMimeResponseContext(PortletContainer container, HttpServletRequest request, HttpServletResponse response,
                              PortletWindow window) {
        super(container, request, response, window);
        this.cacheControl = new WindowCacheControl(window.getPortletDefinition().getExpirationCache(),
                window.getPortletDefinition().getCacheScope());
    }

    @Override public CacheControl getCacheControl() { return cacheControl; }

    @Override
    public Locale getLocale() {
        Object locale = getContainerRequest().getAttribute(Locale.class.getName());
        return locale instanceof Locale l ? l : getContainerRequest().getLocale();
    }

    @Override public String getContentType() { return getServletResponse().getContentType(); }
    @Override public void setContentType(String contentType) { getServletResponse().setContentType(contentType); }
    @Override public String getCharacterEncoding() { return getServletResponse().getCharacterEncoding(); }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return isClosed() ? OutputStream.nullOutputStream() : getServletResponse().getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return isClosed() ? new PrintWriter(java.io.Writer.nullWriter()) : getServletResponse().getWriter();
    }

    @Override public int getBufferSize() { return getServletResponse().getBufferSize(); }
    @Override public void setBufferSize(int size) { getServletResponse().setBufferSize(size); }
    @Override public void reset() { getServletResponse().reset(); }
    @Override public void resetBuffer() { getServletResponse().resetBuffer(); }
    @Override public void flushBuffer() throws IOException { getServletResponse().flushBuffer(); }
    @Override public boolean isCommitted() { return getServletResponse().isCommitted(); }
}
