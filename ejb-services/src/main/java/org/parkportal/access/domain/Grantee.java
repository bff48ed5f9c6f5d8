package org.parkportal.access.domain;

import java.util.regex.Pattern;

/**
 * Who a grant is for: one user, one directory group, or one of the two virtual groups, "all users" (guests
 * included) and "all authenticated users". Written as {@code user:bob}, {@code group:managers},
 * {@code all-users}, {@code authenticated}.
 */
public record Grantee(Kind kind, String name) {

    public enum Kind { ALL_USERS, AUTHENTICATED, GROUP, USER }

    public static final Grantee ALL_USERS = new Grantee(Kind.ALL_USERS, "");
    public static final Grantee AUTHENTICATED = new Grantee(Kind.AUTHENTICATED, "");

    /** Directory names as LDAP allows them in uid and cn, without characters that need quoting anywhere. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    public Grantee {
        boolean virtual = kind == Kind.ALL_USERS || kind == Kind.AUTHENTICATED;
        if (virtual ? !name.isEmpty() : !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid " + kind.name().toLowerCase() + " name \"" + name + "\"");
        }
    }

    public static Grantee user(String name) {
        return new Grantee(Kind.USER, name);
    }

    public static Grantee group(String name) {
        return new Grantee(Kind.GROUP, name);
    }

    public static Grantee parse(String text) {
        if (text.equals("all-users")) {
            return ALL_USERS;
        }
        if (text.equals("authenticated")) {
            return AUTHENTICATED;
        }
        if (text.startsWith("user:")) {
            return user(text.substring(5));
        }
        if (text.startsWith("group:")) {
            return group(text.substring(6));
        }
        throw new IllegalArgumentException("unknown grantee \"" + text
                + "\" (expected all-users, authenticated, group:NAME or user:NAME)");
    }

    public boolean matches(Subject subject) {
        return switch (kind) {
            case ALL_USERS -> true;
            case AUTHENTICATED -> !subject.isGuest();
            case GROUP -> subject.groups().contains(name);
            case USER -> name.equals(subject.user());
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ALL_USERS -> "all-users";
            case AUTHENTICATED -> "authenticated";
            case GROUP -> "group:" + name;
            case USER -> "user:" + name;
        };
    }
}
