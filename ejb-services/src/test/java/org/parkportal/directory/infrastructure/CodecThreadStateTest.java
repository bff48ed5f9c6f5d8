package org.parkportal.directory.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.List;
import org.apache.directory.api.ldap.codec.api.LdapApiServiceFactory;
import org.junit.jupiter.api.Test;

class CodecThreadStateTest {

    /** Fails when an upgrade of the LDAP API or MINA renames them: then the redeploy leak would be back unseen. */
    @Test
    void findsTheEncoderOutputAndTheAsn1BufferThreadLocalsOfTheShippedLibraries() {
        assertEquals(2, CodecThreadState.of(LdapApiServiceFactory.getSingleton()).locals().size());
    }

    @Test
    void dropsTheValuesLeftOnTheCurrentThread() {
        CodecThreadState state = CodecThreadState.of(LdapApiServiceFactory.getSingleton());
        List<Object> left = new ArrayList<>();
        for (ThreadLocal<?> local : state.locals()) {
            Object value = new Object();
            set(local, value);
            left.add(value);
        }

        state.clearCurrentThread();

        for (int i = 0; i < left.size(); i++) {
            assertNotSame(left.get(i), state.locals().get(i).get());
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(ThreadLocal<?> local, Object value) {
        ((ThreadLocal<Object>) local).set(value);
    }
}
