package org.parkportal.billing.application;

import jakarta.ejb.Local;

/**
 * The demo's billing data (items and prices, accounts of park, acme and globex, last month's and this month's usage,
 * last month's invoices issued). Loaded with the demo pages into an empty database only, never by a migration.
 */
@Local
public interface BillingDemo {

    /** Does nothing if billing has any item already, except adding the cloud's metered items when they are missing. */
    void load();
}
