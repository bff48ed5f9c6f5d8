package org.parkportal.portal.driver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The eight portal languages and how a request's language is chosen: an explicit choice (?lang=, kept in the
 * session) before the browser's Accept-Language, before English. The user's saved choice joins with the directory.
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

    static Locale supported(String tag) {
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
