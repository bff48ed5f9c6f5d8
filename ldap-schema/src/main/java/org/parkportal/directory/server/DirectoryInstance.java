package org.parkportal.directory.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.directory.api.ldap.model.constants.LdapSecurityConstants;
import org.apache.directory.api.ldap.model.constants.SchemaConstants;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.api.ldap.model.schema.LdapComparator;
import org.apache.directory.api.ldap.model.schema.SchemaManager;
import org.apache.directory.api.ldap.model.schema.comparators.NormalizingComparator;
import org.apache.directory.api.ldap.schema.extractor.impl.DefaultSchemaLdifExtractor;
import org.apache.directory.api.ldap.schema.loader.LdifSchemaLoader;
import org.apache.directory.api.ldap.schema.manager.impl.DefaultSchemaManager;
import org.apache.directory.server.constants.ServerDNConstants;
import org.apache.directory.server.core.DefaultDirectoryService;
import org.apache.directory.server.core.api.DirectoryService;
import org.apache.directory.server.core.api.InstanceLayout;
import org.apache.directory.server.core.api.interceptor.Interceptor;
import org.apache.directory.server.core.api.schema.SchemaPartition;
import org.apache.directory.server.core.hash.PasswordHashingInterceptor;
import org.apache.directory.server.core.partition.impl.btree.jdbm.JdbmIndex;
import org.apache.directory.server.core.partition.impl.btree.jdbm.JdbmPartition;
import org.apache.directory.server.core.partition.ldif.LdifPartition;

/**
 * Builds the ApacheDS service on a persistent instance folder: the schema (extracted once, then kept in an
 * LDIF partition, so schema additions survive restarts), the system partition and the portal's partition
 * dc=parkportal,dc=org, both JDBM on disk (the latter added once the portal schema is there).
 *
 * Secure defaults, unlike ApacheDS's own: no anonymous access, access control on (off only while the
 * seed adds the schema, which ApacheDS's ACI interceptor fails on; without access control
 * items, an ordinary user can bind but neither read nor change entries; the portal works as the admin),
 * and passwords written in clear (an add, a modify or the Password Modify operation) are stored as
 * PBKDF2 hashes.
 */
final class DirectoryInstance {

    static final String SUFFIX = "dc=parkportal,dc=org";

    private DirectoryInstance() {
    }

    static DirectoryService open(Path folder, boolean accessControl) throws Exception {
        Files.createDirectories(folder);
        DefaultDirectoryService service = new DefaultDirectoryService();
        service.setShutdownHookEnabled(false);
        service.setInstanceId("parkportal");
        service.setInstanceLayout(new InstanceLayout(folder.toFile()));
        File partitions = service.getInstanceLayout().getPartitionsDirectory();

        SchemaManager schema = loadSchema(partitions);
        service.setSchemaManager(schema);
        LdifPartition schemaStore = new LdifPartition(schema, service.getDnFactory());
        schemaStore.setPartitionPath(new File(partitions, "schema").toURI());
        SchemaPartition schemaPartition = new SchemaPartition(schema);
        schemaPartition.setWrappedPartition(schemaStore);
        service.setSchemaPartition(schemaPartition);

        JdbmPartition system = partition(service, schema, "system", ServerDNConstants.SYSTEM_DN, partitions);
        service.setSystemPartition(system);

        service.setAllowAnonymousAccess(false);
        service.setAccessControlEnabled(accessControl);
        // Not addAfter(): it leaves the interceptor out of the per-operation chains; setInterceptors rebuilds them.
        List<Interceptor> chain = new ArrayList<>(service.getInterceptors());
        chain.add(chain.indexOf(service.getInterceptor("authenticationInterceptor")) + 1,
                new PasswordHashingInterceptor("pbkdf2PasswordHashingInterceptor",
                        LdapSecurityConstants.HASH_METHOD_PKCS5S2) { });
        service.setInterceptors(chain);
        service.startup();
        return service;
    }

    /** The partition of the portal's entries; after the portal schema, as it indexes portalTenant. */
    static void addPortalPartition(DirectoryService service) throws Exception {
        SchemaManager schema = service.getSchemaManager();
        File partitions = service.getInstanceLayout().getPartitionsDirectory();
        JdbmPartition portal = partition(service, schema, "parkportal", SUFFIX, partitions);
        for (String attribute : List.of("uid", "cn", "member", "mail", "portalTenant")) {
            portal.getIndexedAttributes().add(new JdbmIndex<>(attribute, false));
        }
        service.addPartition(portal);
    }

    private static SchemaManager loadSchema(File partitions) throws Exception {
        try {
            new DefaultSchemaLdifExtractor(partitions).extractOrCopy();
        } catch (IOException alreadyExtracted) {
            // kept from an earlier start, with whatever the portal added to it since
        }
        SchemaManager schema = new DefaultSchemaManager(new LdifSchemaLoader(new File(partitions, "schema")));
        schema.loadAllEnabled();
        for (LdapComparator<?> comparator : schema.getComparatorRegistry()) {
            if (comparator instanceof NormalizingComparator normalizing) {
                normalizing.setOnServer();
            }
        }
        if (!schema.getErrors().isEmpty()) {
            throw new IllegalStateException("The directory schema does not load: " + schema.getErrors());
        }
        return schema;
    }

    private static JdbmPartition partition(DirectoryService service, SchemaManager schema, String id, String suffix,
                                           File partitions) throws Exception {
        JdbmPartition partition = new JdbmPartition(schema, service.getDnFactory());
        partition.setId(id);
        partition.setSuffixDn(new Dn(schema, suffix));
        partition.setPartitionPath(new File(partitions, id).toURI());
        partition.getIndexedAttributes().add(new JdbmIndex<>(SchemaConstants.OBJECT_CLASS_AT, false));
        return partition;
    }
}
