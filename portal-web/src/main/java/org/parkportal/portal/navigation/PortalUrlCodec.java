package org.parkportal.portal.navigation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes and reads portal URLs. The page is the path ({@code /portal/services/cloud}); the navigational state travels
 * in the query string, so every render URL is bookmarkable and the back button restores the page as it was:
 * <pre>
 *   m.WINDOW=edit          portlet mode (omitted for view)
 *   s.WINDOW=maximized     window state (omitted for normal)
 *   r.WINDOW.NAME=VALUE    private render parameter (repeatable)
 *   pr.{NS}LOCAL=VALUE     public render parameter, by QName, shared on the page
 *   p_l=action|resource|partial  lifecycle of the request, with p_t=WINDOW its target
 *   p_rid, p_rc            resource id and cacheability
 *   a.NAME=VALUE           action or resource parameter of the target
 *   _csrf=TOKEN            the session's CSRF token, on action and partial action URLs only
 * </pre>
 * Window ids never contain '.', so the first dot after the window id ends it.
 */
public final class PortalUrlCodec {

    public static final String CSRF_PARAMETER = "_csrf";

    private static final Pattern PAGE_PATH = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

    private PortalUrlCodec() {
    }

    /** The URL path and query, starting with the context path; the CSRF token is added to action URLs only. */
    public static String encode(PortalUrl url, String contextPath, String csrfToken) {
        StringBuilder out = new StringBuilder(128).append(contextPath).append('/');
        if (url.page() != null) {
            out.append(url.page());
        }
        Query query = new Query(out);
        if (url.lifecycle() != PortalUrl.Lifecycle.RENDER && url.target() != null) {
            query.add("p_l", url.lifecycle().name().toLowerCase());
            query.add("p_t", url.target());
            if (url.resourceId() != null) {
                query.add("p_rid", url.resourceId());
            }
            if (url.cacheability() != null) {
                query.add("p_rc", url.cacheability());
            }
        }
        url.windows().forEach((id, w) -> {
            if (!WindowNavigation.VIEW.equals(w.mode())) {
                query.add("m." + id, w.mode());
            }
            if (!WindowNavigation.NORMAL.equals(w.state())) {
                query.add("s." + id, w.state());
            }
            w.parameters().forEach((name, values) -> query.addAll("r." + id + "." + name, values));
        });
        url.publicParameters().forEach((qname, values) -> query.addAll("pr." + qname, values));
        url.targetParameters().forEach((name, values) -> query.addAll("a." + name, values));
        if (url.changesState() && csrfToken != null) {
            query.add(CSRF_PARAMETER, csrfToken);
        }
        if (url.fragment() != null) {
            out.append('#').append(encode(url.fragment()));
        }
        return out.toString();
    }

    /**
     * Reads a request: the page from the path below the context path, the state from the parameters.
     * For action requests, parameters that are not portal parameters (form fields) become action parameters.
     *
     * @throws MalformedPortalUrl when the path or a portal parameter is not valid
     */
    public static PortalUrl decode(String pagePath, Map<String, String[]> parameters) {
        String page = pagePath == null ? "" : pagePath.replaceAll("^/+|/+$", "");
        if (!page.isEmpty() && !PAGE_PATH.matcher(page).matches()) {
            throw new MalformedPortalUrl("page path " + page);
        }
        PortalUrl url = new PortalUrl(page.isEmpty() ? null : page);
        String lifecycle = first(parameters.get("p_l"));
        String target = first(parameters.get("p_t"));
        if (lifecycle != null) {
            PortalUrl.Lifecycle l = switch (lifecycle) {
                case "action" -> PortalUrl.Lifecycle.ACTION;
                case "resource" -> PortalUrl.Lifecycle.RESOURCE;
                case "partial" -> PortalUrl.Lifecycle.PARTIAL;
                default -> throw new MalformedPortalUrl("lifecycle " + lifecycle);
            };
            if (target == null || target.isEmpty()) {
                throw new MalformedPortalUrl("missing target window");
            }
            url.target(l, target);
            url.resourceId(first(parameters.get("p_rid")));
            url.cacheability(first(parameters.get("p_rc")));
        }
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            String name = e.getKey();
            String[] values = e.getValue();
            if (name.startsWith("m.")) {
                url.window(windowId(name.substring(2))).mode(first(values));
            } else if (name.startsWith("s.")) {
                url.window(windowId(name.substring(2))).state(first(values));
            } else if (name.startsWith("r.")) {
                String rest = name.substring(2);
                int dot = rest.indexOf('.');
                if (dot <= 0 || dot == rest.length() - 1) {
                    throw new MalformedPortalUrl("render parameter " + name);
                }
                url.window(windowId(rest.substring(0, dot))).parameters().put(rest.substring(dot + 1), values);
            } else if (name.startsWith("pr.")) {
                url.publicParameters().put(name.substring(3), values);
            } else if (name.startsWith("a.")) {
                url.targetParameters().merge(name.substring(2), values, PortalUrlCodec::concat);
            } else if (url.changesState() && !isPortalParameter(name)) {
                url.targetParameters().merge(name, values, PortalUrlCodec::concat);
            }
        }
        return url;
    }

    private static boolean isPortalParameter(String name) {
        return name.equals("p_l") || name.equals("p_t") || name.equals("p_rid") || name.equals("p_rc")
                || name.equals("p_hub") || name.equals(CSRF_PARAMETER);
    }

    private static String windowId(String id) {
        if (id.isEmpty() || id.indexOf('.') >= 0) {
            throw new MalformedPortalUrl("window id " + id);
        }
        return id;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static final class Query {
        private final StringBuilder out;
        private boolean first = true;

        Query(StringBuilder out) {
            this.out = out;
        }

        void add(String name, String value) {
            out.append(first ? '?' : '&').append(encode(name)).append('=');
            if (value != null) {
                out.append(encode(value));
            }
            first = false;
        }

        void addAll(String name, String[] values) {
            if (values == null || values.length == 0) {
                add(name, "");
                return;
            }
            for (String v : values) {
                add(name, v == null ? "" : v);
            }
        }
    }
}
