package org.parkportal.cloud.inventory.domain;

/** A cluster's hosts all run the same hypervisor (as in CloudStack). */
public enum Hypervisor {
    KVM, XEN_SERVER, VMWARE
}
