package org.parkportal.directory.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.apache.directory.api.ldap.codec.api.LdapApiService;
import org.apache.directory.api.ldap.codec.api.LdapApiServiceFactory;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.ldap.client.api.DefaultLdapConnectionFactory;
import org.apache.directory.ldap.client.api.LdapConnection;
import org.apache.directory.ldap.client.api.LdapConnectionConfig;
import org.apache.directory.ldap.client.api.LdapConnectionPool;
import org.apache.directory.ldap.client.api.LdapNetworkConnection;
import org.apache.directory.ldap.client.api.ValidatingPoolableLdapConnectionFactory;
import org.parkportal.directory.application.DirectoryFailure;

/**
 * The pool of connections bound as the portal's service account, created on first use so that the portal starts
 * even while the directory is down, and a way to check a user's own password by binding as them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DirectoryConnections {

    private static final Logger LOG = Logger.getLogger(DirectoryConnections.class.getName());
    private static final long TIMEOUT_MS = 5_000;

    private final DirectorySettings settings = DirectorySettings.fromSystemProperties();
    /**
     * One codec service for every connection, handed over explicitly: the library's lazily made singleton can be made
     * twice by concurrent first uses, and the encoder whose ThreadLocal is cleared must be the one that encoded.
     */
    private final LdapApiService codec = LdapApiServiceFactory.getSingleton();
    private final CodecThreadState codecState = CodecThreadState.of(codec);
    private volatile LdapConnectionPool pool;

    public DirectorySettings settings() {
        return settings;
    }

    /** Runs the work on a pooled connection; LDAP errors other than the work's own become UNAVAILABLE. */
    public <T> T withConnection(Work<T> work) {
        try {
            return onPooledConnection(work);
        } finally {
            codecState.clearCurrentThread();
        }
    }

    private <T> T onPooledConnection(Work<T> work) {
        LdapConnection connection;
        try {
            connection = pool().getConnection();
        } catch (LdapException | RuntimeException e) {
            LOG.log(Level.WARNING, "No connection to the directory at " + settings, e);
            throw new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, "no connection to the directory");
        }
        try {
            return work.run(connection);
        } catch (LdapException e) {
            LOG.log(Level.WARNING, "Directory operation failed", e);
            throw new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, e.getMessage());
        } finally {
            try {
                pool.releaseConnection(connection);
            } catch (LdapException e) {
                LOG.log(Level.FINE, "Connection not returned to the pool", e);
            }
        }
    }

    /** Whether the password is the user's: a bind of its own, outside the pool. */
    public boolean passwordMatches(String dn, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        try (LdapNetworkConnection connection = new LdapNetworkConnection(config(dn, password), codec)) {
            connection.bind();
            return connection.isAuthenticated();
        } catch (LdapException e) {
            return false;
        } finally {
            codecState.clearCurrentThread();
        }
    }

    private LdapConnectionPool pool() {
        LdapConnectionPool current = pool;
        if (current == null) {
            synchronized (this) {
                if (pool == null) {
                    DefaultLdapConnectionFactory factory = new DefaultLdapConnectionFactory(
                            config(settings.bindDn(), settings.bindPassword()));
                    factory.setTimeOut(TIMEOUT_MS);
                    factory.setLdapApiService(codec);
                    GenericObjectPoolConfig<LdapConnection> poolConfig = new GenericObjectPoolConfig<>();
                    poolConfig.setMaxTotal(16);
                    poolConfig.setMaxIdle(4);
                    poolConfig.setTestOnBorrow(true);
                    poolConfig.setMaxWait(java.time.Duration.ofMillis(TIMEOUT_MS));
                    pool = new LdapConnectionPool(new ValidatingPoolableLdapConnectionFactory(factory), poolConfig);
                }
                current = pool;
            }
        }
        return current;
    }

    private LdapConnectionConfig config(String dn, String password) {
        LdapConnectionConfig config = new LdapConnectionConfig();
        config.setLdapHost(settings.host());
        config.setLdapPort(settings.port());
        config.setUseSsl(settings.ssl());
        config.setName(dn);
        config.setCredentials(password);
        config.setTimeout(TIMEOUT_MS);
        config.setLdapApiService(codec);
        return config;
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            try {
                pool.close();
            } finally {
                // Closing unbinds: a last request sent on the thread that undeploys.
                codecState.clearCurrentThread();
            }
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(LdapConnection connection) throws LdapException;
    }
}
