package org.parkportal.workflow.application;

import jakarta.ejb.Local;

/** Whether the workflow engine runs, for /portal/health, without handing engine types to the web tier. */
@Local
public interface WorkflowStatus {

    /** The number of process definitions deployed (latest versions); throws when the engine is not usable. */
    long deployedProcesses();
}
