package org.parkportal.search.application.internal;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parkportal.directory.domain.Person;
import org.parkportal.search.domain.SearchDocument;

/**
 * People of the directory as search documents: found by name, login name and mail by every signed-in user (the
 * park's phone book), never by guests. Disabled accounts are left out.
 */
final class PersonDocuments {

    static final String ID_PREFIX = SearchDocument.PERSON + ":";

    private PersonDocuments() {
    }

    /** The document of an enabled person, or null for a disabled one. */
    static SearchDocument of(Person person) {
        if (person.disabled()) {
            return null;
        }
        String name = person.displayName() == null || person.displayName().isBlank() ? person.uid()
                : person.displayName();
        String body = Stream.of(person.uid(), person.mail(), person.givenName(), person.surname())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
        String url = person.mail() == null || person.mail().isBlank() || person.mail().contains(" ") ? null
                : "mailto:" + person.mail();
        return new SearchDocument(ID_PREFIX + person.uid(), SearchDocument.PERSON, name, body, null, url,
                Set.of("authenticated"), null);
    }
}
