package org.parkportal.audit.domain;

/** What the audit log records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGOUT,
    GRANTS_CHANGED, PAGE_CREATED, PAGE_CHANGED, PAGE_DELETED, WINDOW_ADDED, WINDOW_REMOVED,
    LANGUAGE_CHANGED, THEME_CHANGED, PASSWORD_CHANGED,
    USER_CREATED, USER_DISABLED, USER_ENABLED, MEMBER_ADDED, MEMBER_REMOVED,
    /** Rate plans, billing accounts, credit notes, invoicing runs (the target says which). */
    BILLING_CHANGED,
    /** The search index was rebuilt from the database by an administrator. */
    SEARCH_INDEX_REBUILT,
    JOB_STARTED,
    /** A zone, pod, cluster, host, storage or network of the cloud inventory created or changed (the target says which). */
    CLOUD_INVENTORY_CHANGED
}
