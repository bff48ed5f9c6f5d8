package org.parkportal.portlets.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.portlets.support.PortalResources;

/**
 * The notifications portlet's bundle exists in the base language and all eight portal languages with the same keys,
 * every key the view uses is there, and its links lead into the portal's own context.
 */
class NotificationsMessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/parkportal/portlets/tasks");
    private static final List<String> LANGUAGES = List.of("_en", "_zh_CN", "_zh_TW", "_fr", "_de", "_it", "_ko", "_ja");
    private static final Set<String> USED = Set.of("javax.portlet.title", "notifications.none", "notifications.unread",
            "action.markRead", "action.markAllRead", "action.open");

    @Test
    void everyLanguageHasTheKeysOfTheBaseAndEveryKeyTheViewUses() throws IOException {
        Set<String> base = keys("");
        assertEquals(Set.of(), difference(USED, base), "base lacks keys");
        for (String language : LANGUAGES) {
            assertEquals(base, keys(language), "NotificationsMessages" + language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_zh_CN", "_zh_TW", "_fr", "_de", "_it", "_ko", "_ja"})
    void theUnreadCountIsFilledIn(String language) throws IOException {
        String pattern = load(language).getProperty("notifications.unread");
        for (long count : new long[] {0, 1, 7}) {
            String text = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {count});
            assertFalse(text.contains("{"), language + ": " + text);
        }
    }

    @Test
    void linksGoToThePortalsContextNotThePortlets() {
        assertEquals("/portal", PortalResources.portalContextOf("/portal/workplace/notifications?x=1"));
        assertEquals("/p2", PortalResources.portalContextOf("http://host:8080/p2/workplace/notifications"));
        assertEquals("/portal", PortalResources.portalContextOf("nothing"));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<String> keys(String language) throws IOException {
        return new TreeSet<>(load(language).stringPropertyNames());
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve("NotificationsMessages" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
