package org.parkportal.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's REST API for mobile apps and integrations, at /portal/api/v1. Callers authenticate against the
 * portal's directory, with the portal's session or HTTP Basic (see {@link BasicAuthentication}); every resource
 * answers for the caller only, as the portlets do.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
