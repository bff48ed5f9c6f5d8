package org.parkportal.directory.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.directory.api.ldap.model.entry.Attribute;
import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.api.ldap.model.entry.DefaultModification;
import org.apache.directory.api.ldap.model.entry.ModificationOperation;
import org.apache.directory.api.ldap.model.entry.Value;
import org.apache.directory.api.ldap.model.ldif.LdifEntry;
import org.apache.directory.api.ldap.model.ldif.LdifReader;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.server.constants.ServerDNConstants;
import org.apache.directory.server.core.api.CoreSession;
import org.apache.directory.server.core.api.DirectoryService;

/**
 * First start only: the portal schema, the demo directory and a private admin password. The schema file
 * is the one slapd loads (cn=config form); its definitions go into ApacheDS's subschema subentry, attribute
 * types before object classes.
 */
final class DemoDirectorySeed {

    static final String SCHEMA = "/ldap/parkportal-schema.ldif";
    static final String DEMO = "/ldap/demo-directory.ldif";

    private final DirectoryService service;

    DemoDirectorySeed(DirectoryService service) {
        this.service = service;
    }

    /** Before the portal partition exists, which indexes a portal attribute. */
    void addSchema() throws Exception {
        addSchema(service.getAdminSession());
    }

    void addEntries(AdminPassword password) throws Exception {
        CoreSession admin = service.getAdminSession();
        for (LdifEntry entry : read(DEMO)) {
            admin.add(new DefaultEntry(service.getSchemaManager(), entry.getEntry()));
        }
        admin.modify(new Dn(service.getSchemaManager(), ServerDNConstants.ADMIN_SYSTEM_DN),
                new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, "userPassword", password.value()));
    }

    private void addSchema(CoreSession admin) throws Exception {
        Dn subschema = new Dn(service.getSchemaManager(), "cn=schema");
        for (LdifEntry entry : read(SCHEMA)) {
            for (String[] kind : new String[][] {{"olcAttributeTypes", "attributeTypes"},
                                                 {"olcObjectClasses", "objectClasses"}}) {
                Attribute definitions = entry.getEntry().get(kind[0]);
                if (definitions == null) {
                    continue;
                }
                for (Value definition : definitions) {
                    admin.modify(subschema, new DefaultModification(ModificationOperation.ADD_ATTRIBUTE, kind[1],
                            definition.getString()));
                }
            }
        }
    }

    private static List<LdifEntry> read(String resource) throws IOException {
        try (InputStream in = DemoDirectorySeed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            List<LdifEntry> entries = new ArrayList<>();
            try (LdifReader reader = new LdifReader(in)) {
                reader.forEach(entries::add);
            } catch (Exception e) {
                throw new IOException("cannot read " + resource + ": " + e.getMessage(), e);
            }
            return entries;
        }
    }
}
