package org.parkportal.cloud.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import org.parkportal.access.application.AccessService;
import org.parkportal.access.application.CallerSubject;
import org.parkportal.access.domain.Subject;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.directory.application.TenantContext;

/**
 * Who is asking, as the cloud context needs to know it: whether they operate the cloud (portal administrators,
 * and the operators' group, {@code cloud.operator.group}, default it-ops) and their tenant.
 */
@Stateless
public class CloudCaller {

    static final String OPERATOR_GROUP = System.getProperty("cloud.operator.group", "it-ops");

    @EJB
    private AccessService access;

    @EJB
    private CallerSubject subject;

    @EJB
    private TenantContext tenants;

    public boolean operator() {
        Subject me = subject.current();
        return !me.isGuest() && (me.groups().contains(OPERATOR_GROUP) || access.isAdministrator(me));
    }

    public void requireOperator() {
        if (!operator()) {
            throw new InventoryRefused(InventoryRefused.Reason.NOT_ALLOWED, "cloud inventory, asked by "
                    + subject.current().user());
        }
    }

    public String name() {
        return subject.current().user();
    }

    public Optional<String> tenant() {
        return tenants.currentTenant();
    }
}
