package org.parkportal.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInServletTest {

    @Test
    void goesOnToAPortalPath() {
        assertEquals("/portal/home/reception?m.w1=edit", SignInServlet.safeNext("/portal", "/portal/home/reception?m.w1=edit"));
    }

    @Test
    void anythingOutsideThePortalGoesHome() {
        for (String next : new String[] {null, "", "https://evil.example/", "//evil.example/portal/", "/other/app",
                                         "/portal\\..\\x", "/portal/\r\nSet-Cookie: x=y", "/portalx/home"}) {
            assertEquals("/portal/", SignInServlet.safeNext("/portal", next), String.valueOf(next));
        }
    }

    @Test
    void theSignInLinkCarriesTheCurrentAddressEncoded() {
        assertEquals("/portal/signin?next=%2Fportal%2Fhome%3Fa%3D1%26b%3D2",
                SignInServlet.linkFrom("/portal", "/portal/home?a=1&b=2"));
    }
}
