package org.parkportal.portlets.cloud;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.portlet.MutableRenderParameters;

import org.parkportal.cloud.catalogue.application.CatalogueItems.ComputeChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.DiskChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.Orderable;
import org.parkportal.cloud.ordering.application.OrderDraft;

/**
 * The order form as the user filled it in, text as typed: it travels from the action to the next render as render
 * parameters, so a refused or priced order comes back with every field as it was (nothing typed is lost). Turned
 * into an {@link OrderDraft} against what the zone offers: vCPUs and RAM only for a custom compute offering, a disk
 * size only for a custom disk offering.
 */
public record ServerForm(String name, String zone, String template, String offering, String vcpus, String ram,
                         String disk, String diskGb, String network) {

    static final List<String> FIELDS = List.of("name", "zone", "template", "offering", "vcpus", "ram", "disk",
            "diskGb", "network");
    private static final int MAX_TEXT = 200;

    /** Reads the fields by name (action or render parameters); missing ones are empty. */
    static ServerForm read(Function<String, String> parameter) {
        String[] v = FIELDS.stream().map(f -> clean(parameter.apply(f))).toArray(String[]::new);
        return new ServerForm(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }

    /** Writes the non-empty fields as render parameters for the next render. */
    void keep(MutableRenderParameters parameters) {
        List<String> values = List.of(name, zone, template, offering, vcpus, ram, disk, diskGb, network);
        for (int i = 0; i < FIELDS.size(); i++) {
            if (!values.get(i).isEmpty()) {
                parameters.setValue(FIELDS.get(i), values.get(i));
            }
        }
    }

    /** The zone's id, if one is chosen and it is a number. */
    Optional<Long> zoneId() {
        return FormNumber.of(zone);
    }

    /** The chosen compute offering among what the zone offers, if any. */
    Optional<ComputeChoice> computeOffering(Orderable orderable) {
        return FormNumber.of(offering).flatMap(id -> orderable.computeOfferings().stream().filter(o -> o.id() == id).findFirst());
    }

    Optional<DiskChoice> diskOffering(Orderable orderable) {
        return FormNumber.of(disk).flatMap(id -> orderable.diskOfferings().stream().filter(o -> o.id() == id).findFirst());
    }

    /**
     * The order as the back office takes it. A choice left out or a number that is none is a {@link FormProblem};
     * ids that are not (or no longer) offered go to the back office as they are, which refuses them in its words.
     */
    OrderDraft draft(Orderable orderable) {
        long zoneId = FormNumber.required(zone, "field.zone");
        long templateId = FormNumber.required(template, "field.template");
        long offeringId = FormNumber.required(offering, "field.offering");
        boolean custom = computeOffering(orderable).map(ComputeChoice::custom).orElse(false);
        Integer vcpuCount = custom ? Math.toIntExact(Math.min(Integer.MAX_VALUE, FormNumber.required(vcpus, "field.vcpus"))) : null;
        Long ramMib = custom ? FormNumber.required(ram, "field.ram") : null;
        Long diskOfferingId = disk.isEmpty() ? null : FormNumber.required(disk, "field.disk");
        boolean customDisk = diskOffering(orderable).map(DiskChoice::custom).orElse(false);
        Long sizeGb = diskOfferingId != null && customDisk ? FormNumber.required(diskGb, "field.diskGb") : null;
        Long networkId = network.isEmpty() ? null : FormNumber.required(network, "field.network");
        return new OrderDraft(name, zoneId, templateId, offeringId, vcpuCount, ramMib, diskOfferingId, sizeGb,
                networkId);
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    // Getters for EL.
    public String getName() { return name; }
    public String getZone() { return zone; }
    public String getTemplate() { return template; }
    public String getOffering() { return offering; }
    public String getVcpus() { return vcpus; }
    public String getRam() { return ram; }
    public String getDisk() { return disk; }
    public String getDiskGb() { return diskGb; }
    public String getNetwork() { return network; }
}
