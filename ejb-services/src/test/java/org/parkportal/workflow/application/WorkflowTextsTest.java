package org.parkportal.workflow.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parkportal.cloud.ordering.application.CloudOrders;
import org.parkportal.directory.domain.MembershipRequest;

/**
 * The workflow's texts exist in the eight portal languages with the same keys, and every step, flow and form field of
 * the approval model has its words (a model change that adds one without words fails here).
 */
class WorkflowTextsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/parkportal/workflow");
    private static final List<String> LANGUAGES = List.of("en", "zh_CN", "zh_TW", "fr", "de", "it", "ko", "ja");

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Set<String> base = keys("messages.properties");
        for (String language : LANGUAGES) {
            assertEquals(base, keys("messages_" + language + ".properties"), language);
        }
        for (TaskRefused.Reason reason : TaskRefused.Reason.values()) {
            assertTrue(base.contains("refused." + reason.name()), reason.name());
        }
        for (ApprovalRefused.Reason reason : ApprovalRefused.Reason.values()) {
            assertTrue(base.contains("approval.refused." + reason.name()), reason.name());
        }
    }

    @Test
    void everyNamedElementOfTheApprovalModelHasItsWords() throws IOException {
        Set<String> base = keys("messages.properties");
        // The bpmn module is a sibling; Surefire runs in this module's directory.
        String model = Files.readString(Path.of("../bpmn/src/main/resources/bpmn/approval.bpmn"));
        Matcher named = Pattern.compile("<bpmn:(\\w+) id=\"(\\w+)\" name=").matcher(model);
        int checked = 0;
        while (named.find()) {
            String prefix = switch (named.group(1)) {
                case "process" -> "process.";
                case "sequenceFlow" -> "flow.approval.";
                default -> "step.approval.";
            };
            String key = prefix.equals("process.") ? "process." + named.group(2) : prefix + named.group(2);
            assertTrue(base.contains(key), "no words for " + key);
            checked++;
        }
        assertTrue(checked > 15, "the model's elements were found: " + checked);
    }

    @Test
    void translatesAndFallsBackToTheModelsTextForUnknownModels() {
        WorkflowTexts german = WorkflowTexts.of(Locale.GERMAN);
        assertNotEquals("Decide", german.step("approval", "decide", "Decide"));
        assertEquals("Check invoice", german.step("invoice", "check", "Check invoice"));
        assertFalse(german.fieldProblem("no-such-problem").isBlank());
    }

    @Test
    void namesWhatEachRequestingServiceAsksToApprove() {
        WorkflowTexts german = WorkflowTexts.of(Locale.GERMAN);
        assertEquals("Cloud-Server-Bestellung", german.request(CloudOrders.REQUEST_TYPE));
        assertEquals("Gruppenmitgliedschaft", german.request(MembershipRequest.TYPE));
        assertEquals("parking-permit", german.request("parking-permit"), "a service the portal has no words for yet");
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        properties.forEach((k, v) -> assertFalse(v.toString().isBlank(), file + ": " + k + " is empty"));
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
