package org.parkportal.workflow.domain;

/**
 * Who decides an approval: a directory group whose members may take the task, a named user, or the requester's
 * manager as the directory records it (the {@code manager} attribute). With a manager and a fallback group,
 * the manager has the task and the group may take it too; with no manager on record, the group alone decides.
 *
 * @param user            login name of the approver, or null
 * @param group           directory group offered the task, or null
 * @param requesterManager whether the requester's manager is to decide (resolved when the approval starts)
 */
public record Approvers(String user, String group, boolean requesterManager) {

    public Approvers {
        user = blankToNull(user);
        group = blankToNull(group);
        if (user == null && group == null && !requesterManager) {
            throw new IllegalArgumentException("nobody would decide");
        }
    }

    public static Approvers group(String group) {
        return new Approvers(null, group, false);
    }

    public static Approvers user(String user) {
        return new Approvers(user, null, false);
    }

    /** The requester's manager, or when the directory names none, the fallback group. */
    public static Approvers managerOfRequester(String fallbackGroup) {
        return new Approvers(null, fallbackGroup, true);
    }

    /** These approvers with the requester's manager filled in (null when the directory names none). */
    public Approvers resolved(String manager) {
        if (!requesterManager) {
            return this;
        }
        if (manager == null && group == null) {
            throw new IllegalStateException("the requester has no manager and no fallback group was given");
        }
        return new Approvers(manager != null ? manager : user, group, false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
