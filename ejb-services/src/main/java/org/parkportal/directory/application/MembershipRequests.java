package org.parkportal.directory.application;

import jakarta.ejb.Local;
import java.util.List;
import org.parkportal.workflow.domain.ApprovalRequest;

/**
 * Self-service group membership: a signed-in person asks to join one of the groups the portal lets people ask for
 * (property {@code portal.directory.requestable-groups}); their manager from the directory decides (the portal
 * administrators when none is recorded), and an approved request adds the member in the deciding transaction.
 * Group changes reach the person's pages at their next sign-in.
 */
@Local
public interface MembershipRequests {

    /** The groups the caller may ask to join: requestable and not already theirs. */
    List<String> requestableGroups();

    /**
     * @throws DirectoryFailure NOT_ALLOWED for a group that is not requestable or already the caller's
     * @throws org.parkportal.workflow.application.ApprovalRefused ALREADY_REQUESTED while one is pending
     */
    ApprovalRequest request(String group, String reason);

    /** The caller's membership requests, newest first. */
    List<ApprovalRequest> mine();
}
