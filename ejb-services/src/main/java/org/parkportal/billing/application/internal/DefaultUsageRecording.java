package org.parkportal.billing.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.parkportal.billing.application.NewUsage;
import org.parkportal.billing.application.RecordedUsage;
import org.parkportal.billing.application.UsageRecording;

@Stateless
public class DefaultUsageRecording implements UsageRecording {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public RecordedUsage record(NewUsage usage) {
        return new UsageBook(em).record(usage, Instant.now());
    }
}
