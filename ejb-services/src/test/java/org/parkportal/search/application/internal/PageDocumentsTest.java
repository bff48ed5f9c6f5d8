package org.parkportal.search.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkportal.access.domain.AccessRules;
import org.parkportal.access.domain.Action;
import org.parkportal.access.domain.Grantee;
import org.parkportal.access.domain.Grants;
import org.parkportal.access.domain.ProtectedResource;
import org.parkportal.directory.domain.Person;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.search.domain.SearchDocument;

class PageDocumentsTest {

    private static PageDescriptor page(String path, boolean hidden) {
        return new PageDescriptor(path, null, 0, "one-column", null, hidden, Map.of("en", "Managers", "de", "Führungskräfte"),
                List.of());
    }

    private static Grants grants(Action action, Grantee... grantees) {
        Map<Action, Set<Grantee>> byAction = new EnumMap<>(Action.class);
        byAction.put(action, Set.of(grantees));
        return new Grants(byAction);
    }

    @Test
    void aPageIsSeenByItsGranteesOfAnyActionAndByAdministrators() {
        AccessRules rules = new AccessRules(Map.of(
                ProtectedResource.page("managers"), grants(Action.MANAGE, Grantee.group("managers")),
                ProtectedResource.page("home"), grants(Action.VIEW, Grantee.ALL_USERS)), "portal-admins", 1);

        List<SearchDocument> documents = PageDocuments.of(List.of(page("managers", false), page("home", false),
                page("closed", false), page("search", true)), rules);

        assertEquals(List.of("page:managers", "page:home", "page:closed"),
                documents.stream().map(SearchDocument::id).toList());
        assertEquals(Set.of("group:managers", "group:portal-admins"), documents.get(0).viewers());
        assertEquals(Set.of("all-users", "group:portal-admins"), documents.get(1).viewers());
        assertEquals(Set.of("group:portal-admins"), documents.get(2).viewers(), "without grants: administrators only");
        assertEquals("/portal/managers", documents.get(0).url());
        assertEquals("Führungskräfte", documents.get(0).titleIn("de-AT"));
    }

    @Test
    void aPersonIsFoundBySignedInUsersAndADisabledOneNotAtAll() {
        SearchDocument erin = PersonDocuments.of(new Person("erin", "Erin Endo", "Erin", "Endo", "erin@park.example",
                "ja", null, "park", false));

        assertEquals("person:erin", erin.id());
        assertEquals("Erin Endo", erin.title());
        assertEquals(Set.of("authenticated"), erin.viewers());
        assertEquals("mailto:erin@park.example", erin.url());
        assertEquals("erin erin@park.example Erin Endo", erin.body());
        assertNull(PersonDocuments.of(new Person("gone", "Gone", null, null, null, null, null, "park", true)));
    }
}
