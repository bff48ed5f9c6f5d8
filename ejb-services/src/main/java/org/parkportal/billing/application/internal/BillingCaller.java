package org.parkportal.billing.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.parkportal.access.application.AccessService;
import org.parkportal.access.application.CallerSubject;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.directory.application.TenantContext;

/** Who is asking, as billing needs to know it: their tenant (from the directory) and whether they administer. */
@Stateless
public class BillingCaller {

    @EJB
    private TenantContext tenants;

    @EJB
    private AccessService access;

    @EJB
    private CallerSubject subject;

    public boolean administrator() {
        return access.isAdministrator(subject.current());
    }

    public String name() {
        return subject.current().user();
    }

    public void requireAdministrator() {
        if (!administrator()) {
            throw new BillingRefused(BillingRefused.Reason.NOT_ALLOWED, "billing administration, asked by " + name());
        }
    }

    /**
     * The tenant whose data the caller may read: their own when {@code requested} is null or theirs; another only
     * for administrators.
     */
    public String tenant(String requested) {
        String own = tenants.currentTenant().orElse(null);
        if (requested == null || requested.isBlank() || requested.equals(own)) {
            if (own == null) {
                throw new BillingRefused(BillingRefused.Reason.NOT_ALLOWED, name() + " belongs to no tenant");
            }
            return own;
        }
        if (!administrator()) {
            throw new BillingRefused(BillingRefused.Reason.NOT_ALLOWED, name() + " asked for tenant " + requested);
        }
        return requested;
    }
}
