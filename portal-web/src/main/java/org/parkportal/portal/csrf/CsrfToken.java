package org.parkportal.portal.csrf;

import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The per-session token the portal puts into every action URL (as Liferay's p_auth does), so POST forms and the GET
 * action links of existing JSR-286 portlets both carry it. An action whose token is missing, wrong or from another
 * session is refused before any portlet code runs.
 */
public final class CsrfToken {

    private static final String SESSION_ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    /** The session's token, created with the session if needed. */
    public static String of(HttpSession session) {
        String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_ATTRIBUTE, token);
        }
        return token;
    }

    /** Whether the presented token is this session's; constant time, and false without a session or token. */
    public static boolean matches(HttpSession session, String presented) {
        if (session == null || presented == null) {
            return false;
        }
        String expected = (String) session.getAttribute(SESSION_ATTRIBUTE);
        return expected != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
