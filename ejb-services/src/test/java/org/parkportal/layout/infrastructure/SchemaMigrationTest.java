package org.parkportal.layout.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    @Test
    void aDatabaseWithOnlyTheServersTimerTableIsBaselinedBelowTheFirstMigration() {
        assertTrue(SchemaMigration.onlyServerTables(List.of("JBOSS_EJB_TIMER")));
        assertTrue(SchemaMigration.onlyServerTables(List.of("jboss_ejb_timer")), "PostgreSQL folds names to lower case");
    }

    @Test
    void anEmptyDatabaseOrOneWithAnyOtherTableIsLeftToFlywaysOwnRules() {
        assertFalse(SchemaMigration.onlyServerTables(List.of()), "empty: Flyway migrates it as it is");
        assertFalse(SchemaMigration.onlyServerTables(List.of("JBOSS_EJB_TIMER", "flyway_schema_history")),
                "already migrated");
        assertFalse(SchemaMigration.onlyServerTables(List.of("JBOSS_EJB_TIMER", "CUSTOMERS")),
                "someone else's schema: refused as before");
    }
}
