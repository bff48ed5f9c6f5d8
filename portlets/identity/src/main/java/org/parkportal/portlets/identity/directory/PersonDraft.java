package org.parkportal.portlets.identity.directory;

import java.io.Serializable;

import org.parkportal.directory.domain.NewPerson;

/**
 * What an administrator typed into the new-user form, shown again when the directory refused it. Has no password:
 * that is typed again rather than sent back to the browser.
 */
public record PersonDraft(String uid, String givenName, String surname, String mail, String tenant, String language,
                          String problem) implements Serializable {

    static PersonDraft of(NewPerson person, String problem) {
        return new PersonDraft(person.uid(), person.givenName(), person.surname(), person.mail(), person.tenant(),
                person.language(), problem);
    }
}
