package org.parkportal.portal.driver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which theme draws a page: the visitor's explicit choice (?theme=, kept in the session) before the device
 * (phones get the light mobile theme) before the page's own theme. Saved per user once users exist.
 */
public final class Themes {

    public static final List<String> AVAILABLE = List.of("default", "mobile");

    private static final String SESSION_ATTRIBUTE = Themes.class.getName();
    private static final Pattern PHONE = Pattern.compile("Mobi|iPhone|iPod|Android.*Mobile|Windows Phone");

    private Themes() {
    }

    public static String resolve(HttpServletRequest request, String pageTheme) {
        String chosen = request.getParameter("theme");
        if (chosen != null && AVAILABLE.contains(chosen)) {
            request.getSession(true).setAttribute(SESSION_ATTRIBUTE, chosen);
            return chosen;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String saved) {
            return saved;
        }
        String agent = request.getHeader("User-Agent");
        if (agent != null && PHONE.matcher(agent).find()) {
            return "mobile";
        }
        return AVAILABLE.contains(pageTheme) ? pageTheme : "default";
    }
}
