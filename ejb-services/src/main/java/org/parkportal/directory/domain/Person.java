package org.parkportal.directory.domain;

/**
 * A person of the directory as the portal sees them.
 *
 * @param uid      the login name
 * @param language preferredLanguage (a language tag), null when none was chosen
 * @param theme    the chosen portal theme, null when none
 * @param tenant   key of the park company the person works for
 * @param disabled whether an administrator disabled the account (it can no longer sign in)
 */
public record Person(String uid, String displayName, String givenName, String surname, String mail,
                     String language, String theme, String tenant, boolean disabled) {
}
