package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;

/**
 * Cloud metering against the real server and database: a stand-in for the VM lifecycle (it-metering.war) reports
 * Acme's state changes through MeteringEvents in its own transactions, the metering run writes billing usage, billing
 * rates it; re-runs and a crash in the middle leave every resource-hour billed exactly once. Each test uses resources
 * of its own, days in the past (the run meters every closed hour, so the hours are there at once).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CloudMeteringIT {

    @Deployment(name = "portal", order = 1, testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Deployment(name = "it-metering", order = 2, testable = false)
    static WebArchive lifecycle() {
        return ShrinkWrap.create(WebArchive.class, "it-metering.war")
                .addClass(MeteringFixtureServlet.class)
                .addAsWebInfResource("it-metering/jboss-deployment-structure.xml", "jboss-deployment-structure.xml")
                .setWebXML("it-metering/web.xml");
    }

    @Test
    void cloudStacksGoldenDayBecomesSevenRunningAndTwelveAllocatedHoursChargedOnceHoweverOftenMeteringRuns() {
        String vm = unique("vm");
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(2, ChronoUnit.DAYS);
        // Deployed at 12:00, stopped at 18:00, started again at 23:00 (Apache CloudStack's usage example), destroyed
        // at midnight; its volume and public IP held from 12:00 to midnight. Reported in one transaction, so no
        // scheduled metering run can come between the past changes (the real lifecycle reports each as it happens).
        Instant midnight = day.plus(1, ChronoUnit.DAYS);
        report(200, step("vmCreated", vm, "acme", "small", "1", "", day.plus(12, ChronoUnit.HOURS)),
                step("vmStarted", vm, "", "", "", "", day.plus(12, ChronoUnit.HOURS)),
                step("volumeCreated", vm + "-vol", "acme", "", "", "50", day.plus(12, ChronoUnit.HOURS)),
                step("ipAcquired", vm + "-ip", "acme", "", "", "", day.plus(12, ChronoUnit.HOURS)),
                step("vmStopped", vm, "", "", "", "", day.plus(18, ChronoUnit.HOURS)),
                step("vmStarted", vm, "", "", "", "", day.plus(23, ChronoUnit.HOURS)),
                step("vmDestroyed", vm, "", "", "", "", midnight),
                step("volumeDeleted", vm + "-vol", "", "", "", "", midnight),
                step("ipReleased", vm + "-ip", "", "", "", "", midnight));

        JsonObject first = meter(null);
        assertFalse(first.getBoolean("crashed"), first::toString);
        JsonObject second = meter(null);
        assertEquals(0, second.getInt("records"), "a second run finds nothing left: " + second);
        rate();

        JsonArray records = billing(vm);
        Map<String, BigDecimal> quantities = sum(records, "quantity");
        assertEquals(Map.of(
                "RUNNING_VM vm.running.small", new BigDecimal("7"),
                "ALLOCATED_VM vm.allocated.small", new BigDecimal("12"),
                "VOLUME volume.gb", new BigDecimal("600"),
                "IP_ADDRESS ip.public", new BigDecimal("12")), quantities);
        assertEquals(7 + 12 + 12 + 12, records.size(), "one record per item and hour: " + records);
        assertEquals(records.size(), keys(records).size(), "no source key twice");
        assertTrue(records.stream().allMatch(r -> r.asJsonObject().getString("tenant").equals("acme")));
        assertTrue(keys(records).contains("cloud:" + vm + ":RUNNING_VM:vm.running.small:"
                + day.plus(23, ChronoUnit.HOURS).toString().substring(0, 13)), () -> keys(records).toString());
        // The demo prices: 0.045 and 0.010 an hour, 0.00014 a GB-hour, 0.005 an IP-hour.
        assertEquals(Map.of(
                "RUNNING_VM vm.running.small", new BigDecimal("0.315"),
                "ALLOCATED_VM vm.allocated.small", new BigDecimal("0.12"),
                "VOLUME volume.gb", new BigDecimal("0.084"),
                "IP_ADDRESS ip.public", new BigDecimal("0.06")), sum(records, "charge"));

        meter(null);
        rate();
        assertEquals(records, billing(vm), "running and rating again change nothing");
    }

    @Test
    void aRunThatCrashesInTheMiddleIsFinishedByTheNextWithEveryHourExactlyOnce() {
        String run = unique("crash");
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(3, ChronoUnit.DAYS);
        Instant end = start.plus(10, ChronoUnit.HOURS);
        // Metered in id order: a (10 hours), b (10 hours of a custom VM with 2 vCPUs), c (a volume, 10 hours).
        report(200, step("vmCreated", run + "-a", "acme", "medium", "2", "", start),
                step("vmStarted", run + "-a", "", "", "", "", start),
                step("vmCreated", run + "-b", "acme", "custom", "2", "", start),
                step("vmStarted", run + "-b", "", "", "", "", start),
                step("volumeCreated", run + "-c", "acme", "", "", "20", start),
                step("vmDestroyed", run + "-a", "", "", "", "", end),
                step("vmDestroyed", run + "-b", "", "", "", "", end),
                step("volumeDeleted", run + "-c", "", "", "", "", end));

        // Crashes while writing b's fifth hour: a is committed whole, b's four hours roll back with it.
        JsonObject crashed = meter(15);
        assertTrue(crashed.getBoolean("crashed"), crashed::toString);
        assertEquals(Set.of(run + "-a"), resources(billing(run)), "only a's transaction committed");

        JsonObject rerun = meter(null);
        assertFalse(rerun.getBoolean("crashed"), rerun::toString);
        rate();
        JsonArray records = billing(run);
        assertEquals(Map.of(
                "RUNNING_VM vm.running.medium", new BigDecimal("10"),
                "ALLOCATED_VM vm.allocated.medium", new BigDecimal("10"),
                "RUNNING_VM vm.running.custom", new BigDecimal("20"),
                "ALLOCATED_VM vm.allocated.custom", new BigDecimal("20"),
                "VOLUME volume.gb", new BigDecimal("200")), sum(records, "quantity"));
        // Per hour: a 2 records, b 4 (two vCPUs, running and allocated), c 1.
        assertEquals(10 * (2 + 4 + 1), records.size());
        assertEquals(records.size(), keys(records).size());
        Map<String, Long> perHour = records.stream().map(JsonObject.class::cast)
                .collect(Collectors.groupingBy(r -> r.getString("resourceId") + " " + r.getString("start"),
                        TreeMap::new, Collectors.counting()));
        assertEquals(30, perHour.size(), "every resource-hour: " + perHour.keySet());
        assertTrue(records.stream().allMatch(r -> !r.asJsonObject().isNull("charge")), "every record rated");
        assertEquals(new BigDecimal("0.5"), sum(records, "charge").get("RUNNING_VM vm.running.custom"),
                "20 vCPU-hours at 0.025");
    }

    @Test
    void impossibleSequencesAreRefusedAndRollTheLifecyclesTransactionBack() {
        String vm = unique("vm");
        Instant at = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(5, ChronoUnit.HOURS);
        assertEquals("transactionRequired", reportWith("none", 412,
                step("vmCreated", vm, "acme", "small", "1", "", at)).getString("error"));

        // The creation and the refused start were one transaction: neither stays.
        assertEquals("UNKNOWN_RESOURCE", refused(step("vmCreated", vm, "acme", "small", "1", "", at),
                step("vmStarted", vm + "-other", "", "", "", "", at)));
        assertEquals("UNKNOWN_RESOURCE", refused(step("vmStarted", vm, "", "", "", "", at)));

        report(200, step("vmCreated", vm, "acme", "small", "1", "", at), step("vmStarted", vm, "", "", "", "", at));
        assertEquals("INVALID_TRANSITION", refused(step("vmStarted", vm, "", "", "", "", at.plusSeconds(60))));
        assertEquals("TIME_BACKWARDS", refused(step("vmStopped", vm, "", "", "", "", at.minusSeconds(1))));
        assertEquals("WRONG_KIND", refused(step("volumeResized", vm, "", "", "", "10", at.plusSeconds(60))));
        assertEquals("ALREADY_EXISTS", refused(step("vmCreated", vm, "acme", "small", "1", "", at.plusSeconds(60))));
        assertEquals("INVALID_VALUE", refused(step("vmOfferingChanged", vm, "", "Big One", "1", "", at.plusSeconds(60))));

        meter(null);
        assertEquals("ALREADY_METERED", refused(step("vmStopped", vm, "", "", "", "", at.plus(1, ChronoUnit.HOURS))),
                "an hour already billed cannot change any more");
        report(200, step("vmDestroyed", vm, "", "", "", "", Instant.now()));
        assertEquals("RESOURCE_ENDED", refused(step("vmStarted", vm, "", "", "", "", Instant.now())));
        meter(null);
        // It ran from `at` until it was destroyed in the current hour: every closed hour once, each a whole hour.
        List<JsonObject> running = billing(vm).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("usageType").equals("RUNNING_VM")).toList();
        assertTrue(running.size() >= 5, running::toString);
        for (int i = 0; i < running.size(); i++) {
            assertEquals(at.plus(i, ChronoUnit.HOURS).toString(), running.get(i).getString("start"));
            assertEquals(0, BigDecimal.ONE.compareTo(new BigDecimal(running.get(i).getString("quantity"))));
        }
    }

    @Test
    void aTenantSeesOnlyItsOwnMeteredUsageAndAdministratorsAnyones() {
        String vm = unique("vm");
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(4, ChronoUnit.DAYS);
        report(200, step("vmCreated", vm, "acme", "large", "4", "", day.plus(12, ChronoUnit.HOURS)),
                step("vmStarted", vm, "", "", "", "", day.plus(12, ChronoUnit.HOURS)),
                step("vmDestroyed", vm, "", "", "", "", day.plus(18, ChronoUnit.HOURS)));
        String period = "from=" + day + "&to=" + day.plus(1, ChronoUnit.DAYS);

        JsonObject forAlice = resource(usage(signIn(DemoUser.ALICE), period, 200), vm);
        assertEquals("VM", forAlice.getString("kind"));
        assertEquals(List.of("RUNNING_VM vm.running.large 6.000000", "ALLOCATED_VM vm.allocated.large 6.000000"),
                forAlice.getJsonArray("usage").stream().map(JsonObject.class::cast)
                        .map(q -> q.getString("usageType") + " " + q.getString("itemCode") + " " + q.getString("quantity"))
                        .toList());

        PortalClient frank = signIn(DemoUser.FRANK);
        assertTrue(usage(frank, period, 200).stream()
                .noneMatch(r -> r.asJsonObject().getString("resourceId").equals(vm)), "globex's list has no acme VM");
        assertEquals("NOT_ALLOWED", single(frank, period + "&tenant=acme", 403).getString("refused"));
        assertEquals("NOT_ALLOWED", single(PortalClient.newSession(), period, 403).getString("refused"),
                "a guest belongs to no tenant");
        assertEquals(vm, resource(usage(signIn(DemoUser.ADMIN), period + "&tenant=acme", 200), vm)
                .getString("resourceId"));
    }

    private static String unique(String prefix) {
        return "it-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String step(String op, String id, String tenant, String offering, String vcpus, String size,
                               Instant at) {
        return String.join(",", op, id, tenant, offering, vcpus, size, at.toString());
    }

    private static JsonObject report(int status, String... steps) {
        return reportWith("required", status, steps);
    }

    /** {@code transaction}: "required" (the stand-in's own transaction) or "none". */
    private static JsonObject reportWith(String transaction, int status, String... steps) {
        StringBuilder form = new StringBuilder("transaction=" + transaction);
        Arrays.stream(steps).forEach(s -> form.append("&step=").append(PortalClient.encode(s)));
        PortalClient client = PortalClient.newSession();
        PortalPage answer = client.send(client.request(PortalClient.resolve("/it-metering/changes"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form.toString())));
        assertEquals(status, answer.status(), answer::body);
        return object(answer.body());
    }

    private static String refused(String... steps) {
        return report(409, steps).getString("refused");
    }

    private static JsonObject meter(Integer crashAfter) {
        PortalPage answer = PortalClient.newSession().post("/it-metering/meter",
                crashAfter == null ? Map.of() : Map.of("crashAfter", crashAfter.toString()));
        assertEquals(200, answer.status(), answer::body);
        return object(answer.body());
    }

    private static void rate() {
        PortalPage answer = PortalClient.newSession().post("/it-metering/rate", Map.of());
        assertEquals(200, answer.status(), answer::body);
    }

    private static JsonArray billing(String resourcePrefix) {
        PortalPage answer = PortalClient.newSession().get("/it-metering/billing?resource="
                + PortalClient.encode(resourcePrefix));
        assertEquals(200, answer.status(), answer::body);
        return array(answer.body());
    }

    private static JsonArray usage(PortalClient client, String query, int status) {
        PortalPage answer = client.get("/it-metering/usage?" + query);
        assertEquals(status, answer.status(), answer::body);
        return array(answer.body());
    }

    private static JsonObject single(PortalClient client, String query, int status) {
        PortalPage answer = client.get("/it-metering/usage?" + query);
        assertEquals(status, answer.status(), answer::body);
        return object(answer.body());
    }

    private static JsonObject resource(JsonArray resources, String id) {
        return resources.stream().map(JsonObject.class::cast).filter(r -> r.getString("resourceId").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not in " + resources));
    }

    /** Sums a decimal field by "usageType itemCode", compared without trailing zeros. */
    private static Map<String, BigDecimal> sum(JsonArray records, String field) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (JsonObject r : records.getValuesAs(JsonObject.class)) {
            if (!r.isNull(field)) {
                sums.merge(r.getString("usageType") + " " + r.getString("itemCode"), new BigDecimal(r.getString(field)),
                        BigDecimal::add);
            }
        }
        sums.replaceAll((k, v) -> v.stripTrailingZeros());
        Map<String, BigDecimal> plain = new LinkedHashMap<>();
        sums.forEach((k, v) -> plain.put(k, new BigDecimal(v.toPlainString())));
        return plain;
    }

    private static Set<String> keys(JsonArray records) {
        return records.stream().map(r -> r.asJsonObject().getString("sourceKey")).collect(Collectors.toSet());
    }

    private static Set<String> resources(JsonArray records) {
        return new HashSet<>(records.stream().map(r -> r.asJsonObject().getString("resourceId")).toList());
    }

    private static PortalClient signIn(DemoUser user) {
        PortalClient client = PortalClient.newSession();
        client.signIn(user.uid(), user.password());
        return client;
    }

    private static JsonObject object(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
