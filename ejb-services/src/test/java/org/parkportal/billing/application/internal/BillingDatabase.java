package org.parkportal.billing.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory H2 with the real migrations (V1 to V7) and the real billing mappings, and transactions as the
 * EJBs have them: {@link #inTransaction} commits what its work did, or rolls all of it back when the work throws.
 */
final class BillingDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;

    BillingDatabase() {
        String url = "jdbc:h2:mem:billing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        factory = Persistence.createEntityManagerFactory("billing-test", Map.of(
                "eclipselink.persistencexml", "META-INF/billing-test-persistence.xml",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    long count(String entity) {
        return inTransaction(em -> em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
    }

    @Override
    public void close() {
        factory.close();
    }
}
