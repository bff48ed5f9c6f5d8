package org.parkportal.cloud.metering.domain;

/** The state changes the VM lifecycle reports, each about one kind of resource. */
public enum ChangeKind {
    VM_CREATED(ResourceKind.VM),
    VM_STARTED(ResourceKind.VM),
    VM_STOPPED(ResourceKind.VM),
    VM_OFFERING_CHANGED(ResourceKind.VM),
    VM_DESTROYED(ResourceKind.VM),
    VOLUME_CREATED(ResourceKind.VOLUME),
    VOLUME_RESIZED(ResourceKind.VOLUME),
    VOLUME_DELETED(ResourceKind.VOLUME),
    SNAPSHOT_TAKEN(ResourceKind.SNAPSHOT),
    SNAPSHOT_DELETED(ResourceKind.SNAPSHOT),
    IP_ACQUIRED(ResourceKind.PUBLIC_IP),
    IP_RELEASED(ResourceKind.PUBLIC_IP);

    private final ResourceKind resource;

    ChangeKind(ResourceKind resource) {
        this.resource = resource;
    }

    public ResourceKind resource() {
        return resource;
    }

    /** The first change of a resource: it brings the resource into existence. */
    public boolean creates() {
        return this == VM_CREATED || this == VOLUME_CREATED || this == SNAPSHOT_TAKEN || this == IP_ACQUIRED;
    }

    /** The last change of a resource: nothing may follow it. */
    public boolean ends() {
        return this == VM_DESTROYED || this == VOLUME_DELETED || this == SNAPSHOT_DELETED || this == IP_RELEASED;
    }
}
