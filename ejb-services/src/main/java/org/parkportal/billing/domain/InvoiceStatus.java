package org.parkportal.billing.domain;

/** A draft is prepared again on every invoicing run; an issued invoice never changes. */
public enum InvoiceStatus {
    DRAFT,
    ISSUED
}
