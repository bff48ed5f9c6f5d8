package org.parkportal.scheduling.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.scheduling.application.PortalJob;
import org.parkportal.scheduling.infrastructure.JpaJobRuns;

/**
 * The jobs of every context: the beans implementing {@link PortalJob}, found through CDI when the application starts
 * (a context adds a job by adding such a bean; nothing is registered by hand). At start it also gives each job its
 * row and ends as INTERRUPTED the runs this node left unfinished when it stopped.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobCatalogue {

    private static final Logger LOG = Logger.getLogger(JobCatalogue.class.getName());

    @Inject
    @Any
    private Instance<PortalJob> discovered;

    @EJB
    private JpaJobRuns runs;

    /** By name; the values are the container's references, so a call runs with the job's transaction attributes. */
    private volatile Map<String, PortalJob> jobs = Map.of();

    @PostConstruct
    void start() {
        Map<String, PortalJob> byName = new TreeMap<>();
        for (PortalJob job : discovered) {
            PortalJob other = byName.put(job.name(), job);
            if (other != null) {
                throw new IllegalStateException("Two jobs are named " + job.name());
            }
        }
        jobs = Map.copyOf(byName);
        for (String name : byName.keySet()) {
            try {
                runs.register(name);
            } catch (RuntimeException e) {
                // Another node registered it at the same moment; its first run finds the row.
                LOG.log(Level.FINE, "Job " + name + " not registered by this node", e);
            }
        }
        int interrupted = runs.interruptRunsOf(Node.name(), Clock.systemUTC().instant());
        LOG.info(() -> "Jobs: " + byName.keySet() + " on node " + Node.name()
                + (interrupted > 0 ? "; " + interrupted + " run(s) left over from the last stop marked interrupted" : ""));
    }

    public Optional<PortalJob> find(String name) {
        return Optional.ofNullable(name == null ? null : jobs.get(name));
    }

    /** Every job by name. */
    public Map<String, PortalJob> all() {
        return jobs;
    }
}
