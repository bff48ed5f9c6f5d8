package org.parkportal.cloud.driver.domain;

/** A VM as the driver reports it: our id, the host it runs on, and its power state. */
public record VmHandle(String vmId, String hostName, PowerState state) {

    public enum PowerState { RUNNING, STOPPED, DESTROYED }
}
