package org.parkportal.workflow.infrastructure;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Camunda's job executor (timers, asynchronous continuations) on the server's managed concurrency instead of
 * threads of its own: the acquisition thread comes from a ManagedThreadFactory, jobs run on the
 * ManagedExecutorService, so they carry the application's context and stop with the server.
 */
final class ManagedJobExecutor extends JobExecutor {

    private final ManagedExecutorService executor;
    private final ManagedThreadFactory threads;

    ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threads) {
        this.executor = executor;
        this.threads = threads;
        name = "park-portal-jobs";
    }

    @Override
    protected void startExecutingJobs() {
        startJobAcquisitionThread();
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threads.newThread(acquireJobsRunnable);
            jobAcquisitionThread.start();
        }
    }

    @Override
    protected void stopExecutingJobs() {
        stopJobAcquisitionThread();
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl engine) {
        try {
            executor.execute(getExecuteJobsRunnable(jobIds, engine));
        } catch (RejectedExecutionException busy) {
            logRejectedExecution(engine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, engine, this);
        }
    }
}
