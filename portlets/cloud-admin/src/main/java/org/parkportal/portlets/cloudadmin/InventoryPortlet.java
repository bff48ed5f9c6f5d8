package org.parkportal.portlets.cloudadmin;

import java.io.IOException;
import java.math.BigDecimal;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletURL;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.cloud.inventory.application.InventoryAdministration;
import org.parkportal.cloud.inventory.domain.AllocationLimits;
import org.parkportal.cloud.inventory.domain.Cluster;
import org.parkportal.cloud.inventory.domain.Host;
import org.parkportal.cloud.inventory.domain.HostState;
import org.parkportal.cloud.inventory.domain.Hypervisor;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.inventory.domain.InventoryRefused.Reason;
import org.parkportal.cloud.inventory.domain.NetworkRule;
import org.parkportal.cloud.inventory.domain.PrimaryStoragePool;
import org.parkportal.cloud.inventory.domain.Zone;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/**
 * The cloud's inventory for its operators: every zone with its access, strategy and limits; for the chosen zone
 * (render parameter {@code zone}) its pods, clusters with their hosts and primary storage, secondary storage and
 * networks with public IP ranges and rules. Forms here create a zone, pod, cluster, host and pool; the chosen zone's
 * access, strategy, limits and state are changed; a host is put into maintenance, enabled or disabled. The network,
 * secondary-storage and cluster-settings forms are {@link NetworkForms}, {@link SecondaryStorageForm} and
 * {@link ClusterForm}. A refused form comes back with what was typed.
 */
public class InventoryPortlet extends CloudAdminPortlet {

    static final String ZONE = "zone";
    private static final Logger LOG = System.getLogger(InventoryPortlet.class.getName());

    /** The forms of networks, secondary storage and cluster settings live in their own classes, by action name. */
    private final Map<String, Action> featureActions = features();

    @FunctionalInterface
    private interface Action {
        void process(ActionRequest request, ActionResponse response);
    }

    private Map<String, Action> features() {
        NetworkForms networks = new NetworkForms(this);
        ClusterForm cluster = new ClusterForm(this);
        SecondaryStorageForm secondary = new SecondaryStorageForm(this);
        return Map.of("addNetwork", networks::addNetwork, "addPublicIpRange", networks::addPublicIpRange,
                "addNetworkRule", networks::addRule, "removeNetworkRule", networks::removeRule,
                "changeCluster", cluster::change, "addSecondaryStorage", secondary::add);
    }

    @Override
    public void processAction(ActionRequest request, ActionResponse response) throws PortletException, IOException {
        Action action = featureActions.get(request.getParameter(ActionRequest.ACTION_NAME));
        if (action != null) {
            action.process(request, response);
        } else {
            super.processAction(request, response);
        }
    }

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-cloud-css", "parkportal", "1.0", STYLE);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        try {
            InventoryAdministration inventory = inventory();
            List<Zone> zones = inventory.zones();
            Zone zone = chosen(zones, request.getRenderParameters().getValue(ZONE));
            Map<Long, String> zoneLinks = new LinkedHashMap<>();
            for (Zone z : zones) {
                PortletURL url = response.createRenderURL(MimeResponse.Copy.NONE);
                url.getRenderParameters().setValue(ZONE, String.valueOf(z.id()));
                zoneLinks.put(z.id(), url.toString());
            }
            request.setAttribute("zones", zones);
            request.setAttribute("zoneLinks", zoneLinks);
            request.setAttribute("strategies", Arrays.asList(PlacementStrategy.values()));
            request.setAttribute("hypervisors", Arrays.asList(Hypervisor.values()));
            request.setAttribute("hostStates", Arrays.asList(HostState.values()));
            request.setAttribute("protocols", NetworkRule.PROTOCOLS);
            if (zone != null) {
                List<Cluster> clusters = inventory.clusters(zone.id());
                Map<Long, List<Host>> hosts = new LinkedHashMap<>();
                Map<Long, List<PrimaryStoragePool>> pools = new LinkedHashMap<>();
                Map<Long, Map<String, String>> clusterValues = new LinkedHashMap<>();
                for (Cluster c : clusters) {
                    hosts.put(c.id(), inventory.hosts(c.id()));
                    pools.put(c.id(), inventory.primaryStorage(c.id()));
                    clusterValues.put(c.id(), ClusterForm.values(c));
                }
                request.setAttribute("zone", zone);
                request.setAttribute("zoneValues", values(zone));
                request.setAttribute("pods", inventory.pods(zone.id()));
                request.setAttribute("clusters", clusters);
                request.setAttribute("hosts", hosts);
                request.setAttribute("pools", pools);
                request.setAttribute("clusterValues", clusterValues);
                request.setAttribute("ruleKinds", Arrays.asList(NetworkRule.Kind.values()));
                request.setAttribute("secondaryStorage", inventory.secondaryStorage(zone.id()));
                request.setAttribute("networks", inventory.networks(zone.id()));
            }
        } catch (InventoryRefused refused) {
            LOG.log(Level.INFO, "Cloud inventory refused to {0}: {1}", request.getRemoteUser(), refused.getMessage());
            request.setAttribute("refused", "inventory.refused." + refused.reason().name());
        }
        include("inventory.jsp", request, response);
    }

    /** The zone the parameter names, else the first; null when there is none. */
    static Zone chosen(List<Zone> zones, String parameter) {
        for (Zone z : zones) {
            if (String.valueOf(z.id()).equals(parameter)) {
                return z;
            }
        }
        return zones.isEmpty() ? null : zones.get(0);
    }

    @ProcessAction(name = "createZone")
    public void createZone(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String name = FormInput.text(form.getValue("name"));
        long[] created = new long[1];
        boolean done = change(request, "zone", () -> created[0] = inventory().createZone(name,
                "public".equals(form.getValue("access")), FormInput.words(form.getValue("tenants")),
                FormInput.choice(PlacementStrategy.class, form.getValue("strategy")), FormInput.limits(form)),
                Notice.done("zone.created", name));
        stayIn(response, done ? String.valueOf(created[0]) : form.getValue(ZONE));
    }

    /** Access, tenants, strategy, limits and whether new VMs may be placed there, through the same form fields. */
    @ProcessAction(name = "changeZone")
    public void changeZone(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String name = FormInput.text(form.getValue("zoneName"));
        change(request, "zoneEdit", () -> inventory().changeZone(FormInput.id(form.getValue(ZONE)),
                "public".equals(form.getValue("access")), FormInput.words(form.getValue("tenants")),
                FormInput.choice(PlacementStrategy.class, form.getValue("strategy")), FormInput.limits(form),
                form.getValue("enabled") != null), Notice.done("zone.changed", name));
        stayIn(response, form.getValue(ZONE));
    }

    /** The zone's current settings as its edit form's fields (thresholds in percent, as typed). */
    static Map<String, String> values(Zone zone) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("access", zone.publicZone() ? "public" : "private");
        values.put("tenants", String.join(", ", new TreeSet<>(zone.tenants())));
        values.put("strategy", zone.strategy().name());
        AllocationLimits limits = zone.limits();
        values.put("cpuThreshold", percent(limits.cpuThreshold()));
        values.put("ramThreshold", percent(limits.ramThreshold()));
        values.put("storageThreshold", percent(limits.storageThreshold()));
        values.put("cpuOvercommit", plain(limits.cpuOvercommit()));
        values.put("ramOvercommit", plain(limits.ramOvercommit()));
        if (zone.enabled()) {
            values.put("enabled", "on");
        }
        return values;
    }

    /** A factor as typed (2, 1.5); null stays null (a cluster's blank field). */
    static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    /** A fraction as the percentage typed into a form (0.85: 85). */
    static String percent(BigDecimal fraction) {
        return fraction == null ? null : plain(fraction.movePointRight(2));
    }

    @ProcessAction(name = "createPod")
    public void createPod(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String name = FormInput.text(form.getValue("name"));
        change(request, "pod", () -> inventory().createPod(FormInput.id(form.getValue(ZONE)), name,
                FormInput.optional(form.getValue("gateway")), FormInput.optional(form.getValue("netmask"))),
                Notice.done("pod.created", name));
        stayIn(response, form.getValue(ZONE));
    }

    @ProcessAction(name = "createCluster")
    public void createCluster(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String name = FormInput.text(form.getValue("name"));
        change(request, "cluster", () -> {
            AllocationLimits own = FormInput.limits(form);
            inventory().createCluster(FormInput.id(form.getValue("pod")), name,
                    FormInput.choice(Hypervisor.class, form.getValue("hypervisor")), own);
        }, Notice.done("cluster.created", name));
        stayIn(response, form.getValue(ZONE));
    }

    @ProcessAction(name = "addHost")
    public void addHost(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String name = FormInput.text(form.getValue("name"));
        change(request, "host", () -> inventory().addHost(FormInput.id(form.getValue("cluster")), name,
                FormInput.wholeInt(form.getValue("cores"), Reason.INVALID_CAPACITY),
                FormInput.wholeInt(form.getValue("mhzPerCore"), Reason.INVALID_CAPACITY),
                FormInput.whole(form.getValue("ramMib"), Reason.INVALID_CAPACITY),
                FormInput.words(form.getValue("tags"))), Notice.done("host.created", name));
        stayIn(response, form.getValue(ZONE));
    }

    @ProcessAction(name = "hostState")
    public void hostState(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String host = FormInput.text(form.getValue("hostName"));
        change(request, "hostState", () -> inventory().changeHostState(FormInput.id(form.getValue("host")),
                FormInput.choice(HostState.class, form.getValue("state"))),
                Notice.done("host.state." + FormInput.text(form.getValue("state")), host));
        stayIn(response, form.getValue(ZONE));
    }

    @ProcessAction(name = "addPool")
    public void addPool(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String name = FormInput.text(form.getValue("name"));
        change(request, "pool", () -> inventory().addPrimaryStorage(FormInput.id(form.getValue("cluster")), name,
                FormInput.whole(form.getValue("capacityGb"), Reason.INVALID_CAPACITY),
                FormInput.words(form.getValue("tags"))), Notice.done("pool.created", name));
        stayIn(response, form.getValue(ZONE));
    }

    static void stayIn(ActionResponse response, String zone) {
        if (zone != null && !zone.isBlank()) {
            response.getRenderParameters().setValue(ZONE, zone.strip());
        }
    }
}
