package org.parkportal.portlets.admin.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.parkportal.access.domain.ProtectedResource;

class GrantTargetTest {

    @Test
    void readsPagesWindowsAndCataloguePortlets() {
        assertEquals(ProtectedResource.page("home/reception"), GrantTarget.parse("page:home/reception"));
        assertEquals(ProtectedResource.window("admin-audit"), GrantTarget.parse("window:admin-audit"));
        assertEquals(ProtectedResource.portlet("samples/park-clock"), GrantTarget.parse("portlet:samples/park-clock"));
    }

    @Test
    void writesWhatItReads() {
        for (String value : new String[] {"page:home", "window:home-clock", "portlet:audit/audit-log"}) {
            assertEquals(value, GrantTarget.of(GrantTarget.parse(value)));
        }
    }

    @Test
    void refusesAnythingElse() {
        assertNull(GrantTarget.parse(null));
        assertNull(GrantTarget.parse("home"));
        assertNull(GrantTarget.parse("page:"));
        assertNull(GrantTarget.parse(":home"));
        assertNull(GrantTarget.parse("content:news"));
        assertNull(GrantTarget.parse("portlet:no-application"));
    }
}
