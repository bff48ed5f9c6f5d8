package org.parkportal.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The deployment of every integration test: the EAR exactly as the build made it (target/portal.ear),
 * deployed under its own name so that module names and context roots are the production ones.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    /** For a test's {@code @Deployment(testable = false)} method. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, PortalUrls.ear());
    }
}
