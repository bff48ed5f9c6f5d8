package org.parkportal.directory.domain;

/**
 * The portal's rule for new passwords, checked before the directory sees them (the directory may have stricter
 * rules of its own): at least 10 characters with a letter and a digit, at most 128.
 */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    /** "password" when the password breaks the rule, else null. */
    public static String problem(String password) {
        if (password == null || password.length() < 10 || password.length() > 128
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return "password";
        }
        return null;
    }
}
