package org.parkportal.layout.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the database schema up to date with the versioned migrations in db/migration before any service runs.
 * Flyway manages its own transactions, hence bean-managed.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    /** WildFly's table of persistent EJB timers (portal.cli), which the server creates before any application starts. */
    static final String TIMER_TABLE = "jboss_ejb_timer";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        FluentConfiguration configuration = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration");
        if (onlyServerTables(tables())) {
            // A new database that holds nothing but the server's timer table: Flyway would refuse it as "non-empty
            // without a history"; a baseline below V1 lets every migration run. A database with anything else in it
            // is still refused, so the portal never migrates into a stranger's schema.
            configuration.baselineOnMigrate(true).baselineVersion("0");
        }
        var result = configuration.load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }

    /** True when the tables are the server's own and nothing of the portal (no Flyway history) is there yet. */
    static boolean onlyServerTables(Collection<String> tables) {
        return !tables.isEmpty() && tables.stream().allMatch(t -> t.toLowerCase(Locale.ROOT).equals(TIMER_TABLE));
    }

    /** The tables of the connection's current schema, the one Flyway migrates. */
    private List<String> tables() {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rows = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tables of the portal database", e);
        }
        return tables;
    }
}
