package org.parkportal.portal.container;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletResourceResponseContext;
import org.apache.pluto.container.PortletWindow;

/** serveResource: the portlet owns the whole HTTP response, headers and status included. */
final class PortalResourceResponseContext extends PortalMimeResponseContext implements PortletResourceResponseContext {

    PortalResourceResponseContext(PortletContainer container, HttpServletRequest request, HttpServletResponse response,
                                  PortletWindow window) {
        super(container, request, response, window);
    }

    @Override public void setLocale(Locale locale) { getServletResponse().setLocale(locale); }
    @Override public void setCharacterEncoding(String charset) { getServletResponse().setCharacterEncoding(charset); }
    @Override public void setContentLength(int len) { getServletResponse().setContentLength(len); }
    @Override public void setContentLengthLong(long len) { getServletResponse().setContentLengthLong(len); }
    @Override public void setStatus(int sc) { getServletResponse().setStatus(sc); }
    @Override public int getStatus() { return getServletResponse().getStatus(); }

    @Override
    public void addProperty(String key, String value) {
        super.addProperty(key, value);
        if (isSetPropsAllowed()) {
            getContainerResponse().addHeader(key, value);
        }
    }

    @Override
    public void setProperty(String key, String value) {
        super.setProperty(key, value);
        if (isSetPropsAllowed()) {
            if (javax.portlet.ResourceResponse.HTTP_STATUS_CODE.equals(key)) {
                getContainerResponse().setStatus(Integer.parseInt(value));
            } else {
                getContainerResponse().setHeader(key, value);
            }
        }
    }
}
