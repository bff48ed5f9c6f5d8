package org.parkportal.portal.driver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.parkportal.portal.identity.Visitor;

/**
 * The eight portal languages and how a request's language is chosen: a choice made in this session (the
 * language switcher, or ?lang=), then the signed-in user's saved language (preferredLanguage in the directory),
 * then the browser's Accept-Language, then English.
 */
public final class Locales {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE,
            Locale.TRADITIONAL_CHINESE, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN, Locale.KOREAN, Locale.JAPANESE);

    private static final String SESSION_ATTRIBUTE = Locales.class.getName();

    private Locales() {
    }

    public static Locale resolve(HttpServletRequest request) {
        Locale chosen = supported(request.getParameter("lang"));
        if (chosen != null) {
            request.getSession(true).setAttribute(SESSION_ATTRIBUTE, chosen);
            return chosen;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale saved) {
            return saved;
        }
        Locale users = supported(Visitor.of(request).language());
        if (users != null) {
            return users;
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale wanted : Collections.list(request.getLocales())) {
                Locale match = match(wanted);
                if (match != null) {
                    return match;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** Remembers the visitor's choice for the rest of the session; false when the tag is no portal language. */
    public static boolean choose(HttpServletRequest request, String tag) {
        Locale chosen = supported(tag);
        if (chosen == null) {
            return false;
        }
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, chosen);
        return true;
    }

    public static Locale supported(String tag) {
        return tag == null || tag.isBlank() ? null : match(Locale.forLanguageTag(tag));
    }

    private static Locale match(Locale wanted) {
        if (wanted.getLanguage().equals("zh")) {
            boolean traditional = "TW".equals(wanted.getCountry()) || "HK".equals(wanted.getCountry())
                    || "Hant".equals(wanted.getScript());
            return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(null);
    }
}
