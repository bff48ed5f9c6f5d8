package org.parkportal.directory.application.internal;

import jakarta.ejb.Stateless;
import java.util.Optional;
import org.parkportal.directory.application.TenantContext;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/** Reads the tenant from the caller's security identity, so no caller can name another company's tenant. */
@Stateless
public class IdentityTenantContext implements TenantContext {

    @Override
    public Optional<String> currentTenant() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        String tenant = identity.getAttributes().getFirst("tenant");
        return tenant == null || tenant.isBlank() ? Optional.empty() : Optional.of(tenant);
    }
}
