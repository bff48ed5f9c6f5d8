package org.parkportal.portal.aggregation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.portlet.CacheControl;
import javax.portlet.GenericPortlet;
import javax.portlet.HeaderPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.Portlet;
import org.apache.pluto.container.HeaderData;
import org.apache.pluto.container.PageResourceId;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletContainerException;
import org.apache.pluto.container.driver.PortletContextService;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.parkportal.portal.container.PortalWindow;
import org.parkportal.portal.container.RequestState;
import org.parkportal.portal.csrf.TokenPlaceholder;
import org.parkportal.portal.container.WindowOutcome;

/**
 * Renders one window: its header phase when the portlet has one, then its markup, into buffers. A window that
 * throws, or overruns the window timeout, yields an error instead of markup; the page goes on. Markup that the
 * portlet allows to be cached (expiration-cache) is served from the {@link OutputCache} while it is fresh.
 */
public final class WindowRenderer {

    private static final Logger LOG = Logger.getLogger(WindowRenderer.class.getName());

    /** The outcome for one window. {@code failure} is null, "window.error" or "window.timeout". */
    record Rendered(String markup, String title, String head, Map<PageResourceId, String> resources, String failure,
                    int cacheSeconds, boolean publicScope) {
    }

    private final PortletContainer container;
    private final PortletContextService contexts;
    private final OutputCache<Markup> cache;
    private final ScheduledExecutorService watchdogs;
    private final long timeoutMillis;
    private final Map<PortletDefinition, Boolean> headerPortlets = new java.util.concurrent.ConcurrentHashMap<>();
    private final TokenPlaceholder tokenPlaceholder;

    /** What the cache keeps of a window: everything its render produced. */
    record Markup(String markup, String title, String head, Map<PageResourceId, String> resources) {
    }

    public WindowRenderer(PortletContainer container, PortletContextService contexts, RenderCaches caches,
                   ScheduledExecutorService watchdogs, long timeoutMillis, TokenPlaceholder tokenPlaceholder) {
        this.container = container;
        this.contexts = contexts;
        this.cache = caches.windows;
        this.watchdogs = watchdogs;
        this.timeoutMillis = timeoutMillis;
        this.tokenPlaceholder = tokenPlaceholder;
    }

    /**
     * Renders the window. Its action URLs carry the token placeholder: the page fills in the visitor's token.
     * {@code cacheSeconds} of the result says how long the markup stays valid (0: not cacheable).
     */
    Rendered render(PortalWindow window, String pageState, Locale locale, HttpServletRequest request,
                    HttpServletResponse response) {
        RequestState state = RequestState.of(request);
        String id = window.getId().getStringId();
        PortletDefinition portlet = window.getPortletDefinition();
        boolean publicScope = "public".equalsIgnoreCase(portlet.getCacheScope());
        HttpSession session = request.getSession(false);
        OutputCache.Key key = new OutputCache.Key(id, publicScope || session == null ? "" : session.getId(),
                pageState, locale.toLanguageTag());
        OutputCache.Hit<Markup> cached = cache.get(key);
        if (cached != null) {
            Markup m = cached.value();
            return new Rendered(m.markup(), m.title(), m.head(), m.resources(), null, cached.secondsLeft(), publicScope);
        }

        Map<PageResourceId, String> resources = new LinkedHashMap<>();
        StringBuilder head = new StringBuilder();
        String markup = null;
        String failure = null;
        // Portlets render on the request thread (Undertow does not dispatch includes from other threads). A window
        // that overruns its time is interrupted, which ends blocking waits and sleeps; whatever it wrote is dropped.
        long started = System.nanoTime();
        Thread renderer = Thread.currentThread();
        AtomicBoolean finished = new AtomicBoolean();
        ScheduledFuture<?> watchdog = watchdogs.schedule(() -> {
            synchronized (finished) {
                if (!finished.get()) {
                    renderer.interrupt();
                }
            }
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        state.writeTokensAs(tokenPlaceholder.text());
        try {
            if (hasHeaderPhase(portlet)) {
                BufferedResponse headerOut = new BufferedResponse(response);
                collect(container.doHeader(window, request, headerOut), resources, head);
                head.append(headerOut.text());
            }
            BufferedResponse out = new BufferedResponse(response);
            collect(container.doRender(window, request, out, null), resources, head);
            markup = out.text();
        } catch (Exception | LinkageError e) {
            if (!overran(started)) {
                LOG.log(Level.WARNING, "Window " + id + " (" + portlet.getPortletName() + ") failed to render", e);
                failure = "window.error";
            }
        } finally {
            state.writeTokensAs(null);
            synchronized (finished) {
                finished.set(true);
            }
            watchdog.cancel(false);
            Thread.interrupted();
        }
        if (overran(started)) {
            LOG.warning(() -> "Window " + id + " (" + portlet.getPortletName() + ") did not render within "
                    + timeoutMillis + " ms; its output was dropped");
            return new Rendered(null, title(window, request, locale), "", Map.of(), "window.timeout", 0, false);
        }
        String title = title(window, request, locale);
        CacheControl cacheControl = WindowOutcome.of(request, id).cacheControl();
        int seconds = failure == null && cacheControl != null ? OutputCache.seconds(cacheControl.getExpirationTime()) : 0;
        cache.put(key, new Markup(markup, title, head.toString(), Map.copyOf(resources)), seconds);
        return new Rendered(markup, title, head.toString(), resources, failure, seconds,
                publicScope || cacheControl != null && cacheControl.isPublicScope());
    }

    private boolean overran(long startedNanos) {
        return System.nanoTime() - startedNanos >= TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    private static void collect(HeaderData data, Map<PageResourceId, String> resources, StringBuilder head) {
        if (data == null) {
            return;
        }
        // A dependency named without markup would be a resource the portal provides; it has none to offer yet.
        data.getDynamicResources().forEach((id, markup) -> {
            if (markup != null) {
                resources.putIfAbsent(id, markup);
            }
        });
        String section = data.getHeadSectionMarkup();
        // Pluto marks where the stream part starts even when there is none; keep the head clean.
        section = section == null ? null : section.replace("\n<!-- markup from portlet output stream -->", "");
        if (section != null && !section.isBlank()) {
            head.append(section);
        }
    }

    /**
     * Whether the portlet takes part in the header phase, asked once per portlet: a HeaderPortlet that does more
     * than GenericPortlet's empty renderHeaders (every GenericPortlet is a HeaderPortlet since Portlet 3.0, and
     * a header dispatch costs as much as a render), or a portlet configured by annotations, whose
     * {@code @HeaderMethod}s Pluto finds itself.
     */
    private boolean hasHeaderPhase(PortletDefinition portlet) {
        return headerPortlets.computeIfAbsent(portlet, p -> {
            if (p.getPortletClass() == null) {
                return true;
            }
            try {
                ClassLoader loader = contexts.getClassLoader(p.getApplication().getName());
                Class<?> type = Class.forName(p.getPortletClass(), false, loader);
                if (GenericPortlet.class.isAssignableFrom(type)) {
                    return type.getMethod("renderHeaders", HeaderRequest.class, HeaderResponse.class)
                            .getDeclaringClass() != GenericPortlet.class;
                }
                // A plain Portlet has no header phase; anything else is configured by annotations.
                return HeaderPortlet.class.isAssignableFrom(type) || !Portlet.class.isAssignableFrom(type);
            } catch (ReflectiveOperationException | PortletContainerException | LinkageError e) {
                return true;
            }
        });
    }

    /**
     * The name of a custom portlet mode as its portlet's bundle gives it (the JSR-286 decoration-name key),
     * else the mode's own name.
     */
    String customModeName(PortalWindow window, String mode, Locale locale) {
        try {
            ResourceBundle bundle = contexts.getPortletConfig(window.applicationName(),
                    window.getPortletDefinition().getPortletName()).getResourceBundle(locale);
            String key = "javax.portlet.app.custom-portlet-mode." + mode + ".decoration-name";
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        } catch (PortletContainerException | java.util.MissingResourceException e) {
            // No bundle entry: the mode's own name stands in.
        }
        return mode;
    }

    /** The title the portlet set while rendering, else the one in its resource bundle, else its name. */
    private String title(PortalWindow window, HttpServletRequest request, Locale locale) {
        String title = WindowOutcome.of(request, window.getId().getStringId()).title();
        if (title != null) {
            return title;
        }
        String name = window.getPortletDefinition().getPortletName();
        try {
            String bundled = contexts.getPortletConfig(window.applicationName(), name)
                    .getResourceBundle(locale).getString("javax.portlet.title");
            return bundled == null || bundled.isBlank() ? name : bundled;
        } catch (Exception e) {
            return name;
        }
    }
}
