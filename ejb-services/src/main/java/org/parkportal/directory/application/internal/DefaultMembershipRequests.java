package org.parkportal.directory.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import java.util.List;
import org.parkportal.access.application.CallerSubject;
import org.parkportal.access.domain.Subject;
import org.parkportal.directory.application.DirectoryFailure;
import org.parkportal.directory.application.DirectoryFailure.Reason;
import org.parkportal.directory.application.MembershipRequests;
import org.parkportal.directory.domain.MembershipRequest;
import org.parkportal.workflow.application.ApprovalRefused;
import org.parkportal.workflow.application.ApprovalService;
import org.parkportal.workflow.domain.ApprovalDraft;
import org.parkportal.workflow.domain.ApprovalRequest;
import org.parkportal.workflow.domain.ApprovalStatus;
import org.parkportal.workflow.domain.Approvers;

/** Membership requests through the workflow's approval; the grant itself is in {@link LdapDirectoryService}. */
@Stateless
public class DefaultMembershipRequests implements MembershipRequests {

    /** Groups that grant power (administration, approving) are never requestable, whatever the property says. */
    private static final List<String> NEVER = List.of("portal-admins", "managers");
    private static final String DEFAULT_GROUPS = "sales,callcenter-agents,helpdesk,content-editors,it-ops";
    private static final int MAX_REASON = 150;

    private final List<String> requestable = Arrays.stream(
                    System.getProperty("portal.directory.requestable-groups", DEFAULT_GROUPS).split(","))
            .map(String::strip).filter(g -> !g.isEmpty() && !NEVER.contains(g) && g.indexOf('/') < 0).toList();
    private final String fallbackApprovers = System.getProperty("portal.admin.group", "portal-admins");

    @EJB
    private CallerSubject caller;

    @EJB
    private ApprovalService approvals;

    @Override
    public List<String> requestableGroups() {
        Subject me = caller.current();
        return me.isGuest() ? List.of() : requestable.stream().filter(g -> !me.groups().contains(g)).toList();
    }

    @Override
    public ApprovalRequest request(String group, String reason) {
        Subject me = caller.current();
        if (me.isGuest() || group == null || !requestableGroups().contains(group)) {
            throw new DirectoryFailure(Reason.NOT_ALLOWED, "group not requestable by " + me.user() + ": " + group);
        }
        boolean pending = approvals.mine(500).stream().anyMatch(a -> MembershipRequest.TYPE.equals(a.requestType())
                && a.status() == ApprovalStatus.PENDING && MembershipRequest.parse(a.requestId()).group().equals(group));
        if (pending) {
            throw new ApprovalRefused(ApprovalRefused.Reason.ALREADY_REQUESTED, me.user() + " -> " + group);
        }
        String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
        String subject = me.user() + " → " + group + (why.length() > MAX_REASON ? why.substring(0, MAX_REASON) + "…" : why);
        MembershipRequest request = MembershipRequest.now(group, me.user());
        return approvals.request(new ApprovalDraft(MembershipRequest.TYPE, request.id(), subject,
                Approvers.managerOfRequester(fallbackApprovers)));
    }

    @Override
    public List<ApprovalRequest> mine() {
        return approvals.mine(100).stream().filter(a -> MembershipRequest.TYPE.equals(a.requestType())).toList();
    }
}
