package org.parkportal.cloud.ordering.application;

/**
 * A server as the user chose it from the catalogue. {@code vcpus} and {@code ramMib} only for a custom offering;
 * a data disk by disk offering (with {@code diskGb} for a custom one), or none; a network offering, or the zone's
 * default. Ids are the catalogue's.
 */
public record OrderDraft(String name, long zoneId, long templateId, long offeringId, Integer vcpus, Long ramMib,
                         Long diskOfferingId, Long diskGb, Long networkOfferingId) {

    /** A fixed offering, no data disk, the default network. */
    public static OrderDraft of(String name, long zoneId, long templateId, long offeringId) {
        return new OrderDraft(name, zoneId, templateId, offeringId, null, null, null, null, null);
    }
}
