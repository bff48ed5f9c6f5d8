package org.parkportal.directory.domain;

import java.time.Instant;

/**
 * A person's request to join a directory group, decided through the workflow's approval. Its id (the approval's
 * business key) names the group and the person, so the decision alone says what to grant.
 *
 * @param stamp when it was asked (milliseconds), so the same person may ask again after a refusal
 */
public record MembershipRequest(String group, String uid, long stamp) {

    public static final String TYPE = "group-membership";
    private static final char SEPARATOR = '/';

    public MembershipRequest {
        if (group == null || group.isBlank() || group.indexOf(SEPARATOR) >= 0
                || uid == null || uid.isBlank() || uid.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a membership request needs a group and a user without '/'");
        }
    }

    public static MembershipRequest now(String group, String uid) {
        return new MembershipRequest(group, uid, Instant.now().toEpochMilli());
    }

    public String id() {
        return group + SEPARATOR + uid + SEPARATOR + stamp;
    }

    public static MembershipRequest parse(String id) {
        String[] parts = id.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a membership request id: " + id);
        }
        return new MembershipRequest(parts[0], parts[1], Long.parseLong(parts[2]));
    }
}
