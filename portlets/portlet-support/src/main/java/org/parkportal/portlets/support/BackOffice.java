package org.parkportal.portlets.support;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.portlet.UnavailableException;

/**
 * The back office (the EAR's ejb-services module) as a portlet reaches it: a bean's local interface by the bean's
 * name. Pluto, not the server, creates portlet objects, so nothing is injected; and it initialises them on a timer
 * thread where no java:comp or java:app of the WAR exists. So the services are looked up by their java:global names,
 * which the EAR keeps stable (application "portal", module "ejb-services", see portal-ear's pom).
 */
public final class BackOffice {

    static final String EJB_SERVICES = "java:global/portal/ejb-services/";

    /** A JNDI lookup; the server's naming context in production, a map in tests. */
    @FunctionalInterface
    public interface Naming {
        Object lookup(String name) throws NamingException;
    }

    private final Naming naming;

    public BackOffice() {
        this(InitialContext::doLookup);
    }

    public BackOffice(Naming naming) {
        this.naming = naming;
    }

    /** The portable name of a bean's local interface in ejb-services. */
    static String name(String bean, Class<?> type) {
        return EJB_SERVICES + bean + "!" + type.getName();
    }

    /**
     * The bean's local interface, looked up now. A missing bean makes the portlet unavailable (the portal then shows
     * its translated "temporarily unavailable" sentence in the window); the name and the cause go to the log.
     */
    public <T> T service(String bean, Class<T> type) throws UnavailableException {
        String name = name(bean, type);
        try {
            return type.cast(naming.lookup(name));
        } catch (NamingException e) {
            UnavailableException unavailable = new UnavailableException(
                    "The back-office service " + name + " is not deployed: " + e);
            unavailable.initCause(e);
            throw unavailable;
        }
    }

    /**
     * The bean's local interface, looked up at its first use and kept from then on, so the portlet itself comes up
     * even while the back office is not (yet) deployed; a failed lookup is tried again at the next use.
     */
    public <T> Reference<T> reference(String bean, Class<T> type) {
        return new Reference<>(bean, type);
    }

    /** A back-office service looked up when first needed. */
    public final class Reference<T> {

        private final String bean;
        private final Class<T> type;
        private volatile T found;

        private Reference(String bean, Class<T> type) {
            this.bean = bean;
            this.type = type;
        }

        public T get() throws UnavailableException {
            T service = found;
            if (service == null) {
                // Two threads may both look it up at first; either proxy serves, so no lock.
                service = service(bean, type);
                found = service;
            }
            return service;
        }
    }
}
