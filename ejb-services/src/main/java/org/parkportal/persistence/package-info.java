/**
 * How the portal's persistence unit stores Java types EclipseLink 4.0 does not map itself. Only column converters
 * live here; everything else belongs to its context.
 */
package org.parkportal.persistence;
