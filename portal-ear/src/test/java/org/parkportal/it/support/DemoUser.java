package org.parkportal.it.support;

import java.util.Set;

/** The demo directory's users (ldap-schema's demo-directory.ldif), as the tests expect to find them. */
public enum DemoUser {
    ADMIN("admin", "Ada Admin", "en", "park", "portal-admins"),
    ALICE("alice", "Alice Andersen", "en", "acme", "employees", "sales"),
    BOB("bob", "Bob Becker", "de", "acme", "employees", "managers"),
    CAROL("carol", "Carol Chevalier", "fr", "park", "employees", "callcenter-agents"),
    DAVE("dave", "Dave Du", "zh-CN", "park", "employees", "it-ops", "helpdesk"),
    ERIN("erin", "Erin Endo", "ja", "park", "employees", "content-editors"),
    FRANK("frank", "Frank Fontana", "it", "globex", "employees", "managers");

    private final String uid;
    private final String displayName;
    private final String language;
    private final String tenant;
    private final Set<String> groups;

    DemoUser(String uid, String displayName, String language, String tenant, String... groups) {
        this.uid = uid;
        this.displayName = displayName;
        this.language = language;
        this.tenant = tenant;
        this.groups = Set.of(groups);
    }

    public String uid() { return uid; }
    public String displayName() { return displayName; }
    /** The demo password, documented in README as demo-only. */
    public String password() { return uid + "-Demo1"; }
    public String language() { return language; }
    public String tenant() { return tenant; }
    public Set<String> groups() { return groups; }

    /**
     * The top-level entries of this user's navigation (demo-pages.json's grants): the pages their groups may view
     * at the top, and the pages they may view below one they may not (it-ops: admin/cloud).
     */
    public Set<String> topPages() {
        if (this == ADMIN) {
            return Set.of("home", "workplace", "billing", "managers", "call-center", "admin");
        }
        java.util.Set<String> pages = new java.util.HashSet<>(Set.of("home", "workplace", "billing"));
        if (groups.contains("managers")) {
            pages.add("managers");
        }
        if (groups.contains("callcenter-agents")) {
            pages.add("call-center");
        }
        if (groups.contains("it-ops")) {
            pages.add("admin/cloud");
        }
        return Set.copyOf(pages);
    }
}
