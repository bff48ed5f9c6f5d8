package org.parkportal.cloud.ordering.application.internal;

import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.driver.domain.DriverFailure;
import org.parkportal.cloud.placement.domain.PlacementRefusal;

/**
 * The reasons an order fails, as kept on the order: message keys of the cloud bundle (placement's own keys for
 * placement refusals) and their arguments joined by {@link #SEPARATOR}.
 */
public final class OrderFailures {

    public static final String SEPARATOR = CloudTexts.ARGUMENT_SEPARATOR;
    /** Marks an argument that is a placement resource, translated when shown. */
    public static final String RESOURCE_PREFIX = CloudTexts.RESOURCE_ARGUMENT;
    public static final String NOT_ORDERABLE = "order.failed.NOT_ORDERABLE";
    public static final String NO_PUBLIC_ADDRESS = "order.failed.NO_PUBLIC_ADDRESS";

    private OrderFailures() {
    }

    public static String placement(PlacementRefusal.Kind kind) {
        return "placement." + kind.name();
    }

    public static String driver(DriverFailure failure) {
        return "order.failed.DRIVER_" + failure.name();
    }
}
