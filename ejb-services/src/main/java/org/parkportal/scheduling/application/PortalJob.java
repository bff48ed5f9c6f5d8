package org.parkportal.scheduling.application;

/**
 * A job of some context that the scheduler runs and records, e.g. the audit log's nightly chain check or billing's
 * monthly invoicing. A job is an EJB of its own context implementing this interface (its local view), found by the
 * scheduler through CDI, with a persistent timer method that hands the run over:
 *
 * <pre>
 * &#64;Stateless
 * public class NightlyChainCheck implements PortalJob {
 *     public static final String NAME = "audit.chain-check";
 *     &#64;EJB JobScheduler scheduler;
 *
 *     &#64;Schedule(hour = "3", minute = "15", info = NAME)          // info: the job's name, for its next run
 *     &#64;TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the run has transactions of its own
 *     void nightly() { scheduler.runScheduled(NAME); }
 *
 *     public String name() { return NAME; }
 *     public void run() throws JobFailure { ... }
 * }
 * </pre>
 *
 * The scheduler calls {@link #run()} through the container (the job's transaction attributes apply), at most once at
 * a time per job across all nodes; "run now" calls the same method asynchronously.
 */
public interface PortalJob {

    /** Unique and stable ("context.job", lower case): runs are kept under it, and the timer's info is this name. */
    String name();

    /**
     * Does the work. Returning normally is SUCCEEDED; a {@link JobFailure} (or any other exception) is FAILED with
     * its message, shown to administrators.
     */
    void run() throws JobFailure;
}
