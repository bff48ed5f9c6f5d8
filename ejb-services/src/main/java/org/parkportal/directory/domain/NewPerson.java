package org.parkportal.directory.domain;

import java.util.regex.Pattern;

/** What an administrator enters to create a user; {@link #problem()} says what is wrong with it, if anything. */
public record NewPerson(String uid, String givenName, String surname, String mail, String tenant, String language,
                        String password) {

    private static final Pattern UID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");
    private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A message key of the invalid field ("uid", "name", "mail", "tenant", "password"), or null when valid. */
    public String problem() {
        if (uid == null || !UID.matcher(uid).matches()) {
            return "uid";
        }
        if (blank(givenName) || blank(surname) || givenName.length() > 64 || surname.length() > 64) {
            return "name";
        }
        if (!blank(mail) && !MAIL.matcher(mail).matches()) {
            return "mail";
        }
        if (blank(tenant)) {
            return "tenant";
        }
        return PasswordPolicy.problem(password);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
