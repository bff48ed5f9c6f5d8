package org.parkportal.cloud.catalogue.domain;

/**
 * The billing item codes the cloud's usage is recorded under, agreed with metering and billing: per compute
 * offering {@code vm.running.<offering>} and {@code vm.allocated.<offering>}, and {@code volume.gb},
 * {@code snapshot.gb}, {@code ip.public}.
 */
public final class BillingItems {

    public static final String VOLUME_GB = "volume.gb";
    public static final String SNAPSHOT_GB = "snapshot.gb";
    public static final String PUBLIC_IP = "ip.public";

    private BillingItems() {
    }

    public static String running(String offeringCode) {
        return "vm.running." + offeringCode;
    }

    public static String allocated(String offeringCode) {
        return "vm.allocated." + offeringCode;
    }
}
