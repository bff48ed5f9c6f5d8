package org.parkportal.directory.infrastructure;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.directory.api.ldap.codec.api.LdapApiService;
import org.apache.directory.api.ldap.codec.protocol.mina.LdapProtocolCodecFactory;
import org.apache.directory.api.ldap.codec.protocol.mina.LdapProtocolEncoder;
import org.apache.mina.filter.codec.ProtocolCodecFilter;

/**
 * What the LDAP client leaves on the thread that sent a request: MINA's encoder output (a static ThreadLocal of
 * ProtocolCodecFilter) and the LDAP encoder's Asn1Buffer (a ThreadLocal of the shared LdapProtocolEncoder). Requests
 * are sent on WildFly's own threads (HTTP workers, managed executors, timers), which outlive the application: the
 * values, classes of the EAR's lib/, kept every undeployed EAR reachable. Neither library offers a way to drop them,
 * so the ThreadLocals are read once by reflection and removed after each use of the client.
 */
final class CodecThreadState {

    private static final Logger LOG = Logger.getLogger(CodecThreadState.class.getName());

    private final List<ThreadLocal<?>> locals;

    private CodecThreadState(List<ThreadLocal<?>> locals) {
        this.locals = locals;
    }

    /**
     * The ThreadLocals of MINA and of this codec service's encoder (connections must be made with that service); those
     * it cannot find are named in the log, once.
     */
    static CodecThreadState of(LdapApiService codec) {
        List<ThreadLocal<?>> found = new ArrayList<>();
        try {
            found.add((ThreadLocal<?>) field(ProtocolCodecFilter.class, "ENCODER_OUTPUT").get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "MINA's encoder output ThreadLocal not found: undeployed EARs may stay in memory", e);
        }
        try {
            Object codecs = codec.getProtocolCodecFactory();
            Object encoder = field(LdapProtocolCodecFactory.class, "ldapEncoder").get(codecs);
            found.add((ThreadLocal<?>) field(LdapProtocolEncoder.class, "threadLocalStorage").get(encoder));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "The LDAP encoder's ThreadLocal not found: undeployed EARs may stay in memory", e);
        }
        return new CodecThreadState(List.copyOf(found));
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** The library's ThreadLocals that were found (2 with the library versions the portal ships). */
    List<ThreadLocal<?>> locals() {
        return locals;
    }

    /** Drops this thread's values; the library creates them anew on its next use. */
    void clearCurrentThread() {
        for (ThreadLocal<?> local : locals) {
            local.remove();
        }
    }
}
