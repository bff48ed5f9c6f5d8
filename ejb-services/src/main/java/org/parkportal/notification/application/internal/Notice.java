package org.parkportal.notification.application.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parkportal.cloud.ordering.application.OrderStatusChanged;
import org.parkportal.notification.application.NotificationTexts;
import org.parkportal.workflow.application.ApprovalDecided;

/**
 * What a requester is told about an event of another context: a key of the notification bundle, its arguments and
 * where to look. Events nobody needs to hear about (an order being provisioned, a request withdrawn by its own
 * requester) have none.
 */
record Notice(String key, List<String> arguments, String link) {

    /** The cloud portlet's page, where the requester sees the order and the server. */
    static final String CLOUD_PAGE = "workplace/cloud";
    /** The page with the profile portlet, which lists the person's groups and membership requests. */
    static final String PROFILE_PAGE = "workplace";

    Notice {
        arguments = List.copyOf(arguments);
    }

    private static Notice of(String key, String link, String... arguments) {
        return new Notice(key, Arrays.stream(arguments).map(a -> a == null ? "" : a).toList(), link);
    }

    static Optional<Notice> of(OrderStatusChanged changed) {
        String name = changed.name();
        return Optional.ofNullable(switch (changed.status()) {
            case APPROVED -> OrderStatusChanged.AUTOMATIC_APPROVAL.equals(changed.decidedBy())
                    ? of("order.APPROVED.automatic", CLOUD_PAGE, name)
                    : of("order.APPROVED", CLOUD_PAGE, name, changed.decidedBy());
            // A rejected order keeps the approver's comment where a failed one keeps its reason's arguments.
            case REJECTED -> blank(changed.reasonArguments())
                    ? of("order.REJECTED.noComment", CLOUD_PAGE, name, changed.decidedBy())
                    : of("order.REJECTED", CLOUD_PAGE, name, changed.decidedBy(), changed.reasonArguments());
            case RUNNING -> of("order.RUNNING", CLOUD_PAGE, name);
            // The reason is stored as the cloud keeps it and translated when the notification is shown.
            case FAILED -> of(NotificationTexts.ORDER_FAILED, CLOUD_PAGE, name, changed.reasonKey(),
                    changed.reasonArguments());
            case PENDING_APPROVAL, PROVISIONING -> null;
        });
    }

    /** A membership request's decision, for the group the request named. */
    static Optional<Notice> membership(ApprovalDecided decided, String group) {
        return Optional.ofNullable(switch (decided.status()) {
            case APPROVED -> of("membership.APPROVED", PROFILE_PAGE, group, decided.decidedBy());
            case REJECTED -> blank(decided.comment())
                    ? of("membership.REJECTED.noComment", PROFILE_PAGE, group, decided.decidedBy())
                    : of("membership.REJECTED", PROFILE_PAGE, group, decided.decidedBy(), decided.comment());
            case PENDING, WITHDRAWN, CANCELLED -> null;
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
