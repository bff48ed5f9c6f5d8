package org.parkportal.directory.infrastructure;

import java.net.URI;

/**
 * Where the directory is and how it is laid out: the same system properties as the Elytron realm of
 * portal.cli (docs/directory.md), with the embedded ApacheDS's values as defaults.
 */
public record DirectorySettings(String host, int port, boolean ssl, String bindDn, String bindPassword,
                                String usersDn, String groupsDn, String tenantsDn, String groupName) {

    public static DirectorySettings fromSystemProperties() {
        URI url = URI.create(System.getProperty("portal.ldap.url", "ldap://127.0.0.1:10389"));
        boolean ssl = "ldaps".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : ssl ? 636 : 389;
        return new DirectorySettings(url.getHost(), port, ssl,
                System.getProperty("portal.ldap.bind.dn", "uid=admin,ou=system"),
                System.getProperty("portal.ldap.bind.password", ""),
                System.getProperty("portal.ldap.users.dn", "ou=people,dc=parkportal,dc=org"),
                System.getProperty("portal.ldap.groups.dn", "ou=groups,dc=parkportal,dc=org"),
                System.getProperty("portal.ldap.tenants.dn", "ou=tenants,dc=parkportal,dc=org"),
                System.getProperty("portal.ldap.group.name", "cn"));
    }

    @Override
    public String toString() {
        return "DirectorySettings[" + host + ":" + port + (ssl ? " (ldaps)" : "") + ", bind " + bindDn + "]";
    }
}
