package org.parkportal.portal.container;

import javax.portlet.CacheControl;
import javax.portlet.MimeResponse;

/** Cache settings a portlet gives for its markup; starts from the expiration-cache declared in portlet.xml. */
final class WindowCacheControl implements CacheControl {

    private int expirationTime;
    private boolean publicScope;
    private String etag;
    private boolean useCachedContent;

    WindowCacheControl(int expirationTime, String scope) {
        this.expirationTime = expirationTime;
        this.publicScope = MimeResponse.PUBLIC_SCOPE.equals(scope);
    }

    @Override public int getExpirationTime() { return expirationTime; }
    @Override public void setExpirationTime(int time) { this.expirationTime = time; }
    @Override public boolean isPublicScope() { return publicScope; }
    @Override public void setPublicScope(boolean publicScope) { this.publicScope = publicScope; }
    @Override public String getETag() { return etag; }
    @Override public void setETag(String token) { this.etag = token; }
    @Override public boolean useCachedContent() { return useCachedContent; }
    @Override public void setUseCachedContent(boolean use) { this.useCachedContent = use; }
}
