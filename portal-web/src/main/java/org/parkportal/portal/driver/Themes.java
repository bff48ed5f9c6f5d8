package org.parkportal.portal.driver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.regex.Pattern;
import org.parkportal.layout.domain.Theme;
import org.parkportal.portal.identity.Visitor;

/**
 * Which theme draws a page: a choice made in this session (the theme switcher, or ?theme=), then the signed-in
 * user's saved theme (portalTheme in the directory), then the device (phones get the light mobile theme), then
 * the page's own theme.
 */
public final class Themes {

    public static final List<String> AVAILABLE = java.util.Arrays.stream(Theme.values()).map(Theme::id).toList();

    private static final String SESSION_ATTRIBUTE = Themes.class.getName();
    private static final Pattern PHONE = Pattern.compile("Mobi|iPhone|iPod|Android.*Mobile|Windows Phone");

    private Themes() {
    }

    /** Remembers the visitor's choice for the rest of the session; false when there is no such theme. */
    public static boolean choose(HttpServletRequest request, String theme) {
        if (theme == null || !AVAILABLE.contains(theme)) {
            return false;
        }
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, theme);
        return true;
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
        String users = Visitor.of(request).theme();
        if (users != null && AVAILABLE.contains(users)) {
            return users;
        }
        String agent = request.getHeader("User-Agent");
        if (agent != null && PHONE.matcher(agent).find()) {
            return "mobile";
        }
        return AVAILABLE.contains(pageTheme) ? pageTheme : "default";
    }
}
