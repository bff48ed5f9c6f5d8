package org.parkportal.directory.application;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * The park company (tenant) of the signed-in caller, from the directory (portalTenant, mapped onto the security
 * identity at sign-in). Back-office services key each company's data by it; a guest has none.
 */
@Local
public interface TenantContext {

    Optional<String> currentTenant();

    /** The caller's tenant; refuses callers without one (guests, accounts without a company). */
    default String requireTenant() {
        return currentTenant().orElseThrow(() -> new DirectoryFailure(DirectoryFailure.Reason.NOT_ALLOWED,
                "the caller belongs to no tenant"));
    }
}
