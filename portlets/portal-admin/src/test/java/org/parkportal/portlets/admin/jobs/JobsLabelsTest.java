package org.parkportal.portlets.admin.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.analytics.application.internal.DailyRollup;
import org.parkportal.analytics.application.internal.HourlyAggregation;
import org.parkportal.audit.application.internal.NightlyChainCheck;
import org.parkportal.billing.infrastructure.HourlyRating;
import org.parkportal.cloud.machines.application.internal.ExpungeJob;
import org.parkportal.cloud.metering.infrastructure.HourlyMetering;
import org.parkportal.cloud.ordering.application.internal.ProvisioningSweep;
import org.parkportal.billing.infrastructure.MonthlyInvoicing;
import org.parkportal.scheduling.application.JobOverview;
import org.parkportal.scheduling.application.JobRefused;
import org.parkportal.scheduling.application.internal.RunHistoryCleanup;
import org.parkportal.scheduling.domain.JobTrigger;
import org.parkportal.scheduling.domain.RunOutcome;

/**
 * Every outcome, trigger and refusal the back office reports has a label, and the jobs the portal ships have titles,
 * in every language. (That the languages have the same keys is checked for all portlet WARs by the samples module's
 * MessageBundlesCompleteTest.)
 */
class JobsLabelsTest {

    private static final String BUNDLE = "org.parkportal.portlets.admin.jobs.JobsMessages";

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"})
    void everyOutcomeTriggerRefusalAndShippedJobHasALabel(String language) {
        ResourceBundle bundle = bundle(language);
        for (RunOutcome outcome : RunOutcome.values()) {
            assertTrue(bundle.containsKey("outcome." + outcome.name()), language + ": outcome." + outcome);
        }
        for (JobTrigger trigger : JobTrigger.values()) {
            assertTrue(bundle.containsKey("trigger." + trigger.name()), language + ": trigger." + trigger);
        }
        for (JobRefused.Reason reason : JobRefused.Reason.values()) {
            assertTrue(bundle.containsKey("refused." + reason.name()), language + ": refused." + reason);
        }
        for (String job : List.of(NightlyChainCheck.NAME, RunHistoryCleanup.NAME, HourlyRating.NAME,
                MonthlyInvoicing.NAME, HourlyAggregation.NAME, DailyRollup.NAME, HourlyMetering.NAME,
                ProvisioningSweep.NAME, ExpungeJob.NAME)) {
            assertNotEquals(job, JobsPortlet.title(job, bundle), language + ": a title for " + job);
        }
    }

    @Test
    void aJobWithoutATitleInTheBundleIsShownByItsName() {
        JobOverview unknown = new JobOverview("crm.some-new-job", null, null, null, null, false);
        JobOverview known = new JobOverview(NightlyChainCheck.NAME, "0 15 3 * * *", Instant.EPOCH, null, null, false);

        Map<String, String> titles = JobsPortlet.titles(List.of(known, unknown), bundle("de"));

        assertEquals("crm.some-new-job", titles.get("crm.some-new-job"));
        assertEquals("Audit-Log: Prüfung der Hash-Kette", titles.get(NightlyChainCheck.NAME));
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
