package org.parkportal.audit.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.parkportal.audit.application.ChainCheck;
import org.parkportal.scheduling.application.JobFailure;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;

/**
 * Checks the audit log's hash chain every night (a walk over the whole log, too slow for every view of the audit
 * portlet, which shows this check's result). A broken chain fails the run, so it stands out in the jobs view too.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyChainCheck implements PortalJob {

    public static final String NAME = "audit.chain-check";

    @EJB
    private JobScheduler scheduler;

    @EJB
    private HashChain chain;

    /** 03:15 server time; persistent, so a single node of a cluster runs it and a missed night is caught up. */
    @Schedule(hour = "3", minute = "15", info = NAME)
    void nightly() {
        scheduler.runScheduled(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() throws JobFailure {
        ChainCheck check = chain.check();
        if (!check.intact()) {
            throw new JobFailure("The audit chain is broken at entry " + check.firstBrokenId() + " (" + check.entries()
                    + " entries before it are intact)");
        }
    }
}
