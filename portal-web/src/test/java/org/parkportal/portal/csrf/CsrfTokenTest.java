package org.parkportal.portal.csrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsrfTokenTest {

    @Test
    void aSessionKeepsOneTokenAndAcceptsOnlyIt() {
        HttpSession session = fakeSession();
        String token = CsrfToken.of(session);
        assertEquals(token, CsrfToken.of(session));
        assertTrue(CsrfToken.matches(session, token));
        assertFalse(CsrfToken.matches(session, token + "x"));
        assertFalse(CsrfToken.matches(session, null));
    }

    @Test
    void rejectsTokenFromAnotherSessionOrWithoutSession() {
        HttpSession mine = fakeSession();
        HttpSession other = fakeSession();
        String otherToken = CsrfToken.of(other);
        CsrfToken.of(mine);
        assertNotEquals(CsrfToken.of(mine), otherToken);
        assertFalse(CsrfToken.matches(mine, otherToken));
        assertFalse(CsrfToken.matches(null, otherToken));
    }

    /** A session that only stores attributes, which is all the token needs. */
    private static HttpSession fakeSession() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(CsrfTokenTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
