package org.parkportal.cloud.machines.domain;

/** A VM's state as its owner sees it. A destroyed VM is expunged (its disks deleted) after the expunge delay. */
public enum VmState {
    RUNNING,
    STOPPED,
    DESTROYED
}
