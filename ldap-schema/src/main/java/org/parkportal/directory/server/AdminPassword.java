package org.parkportal.directory.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The password of uid=admin,ou=system, kept in a file that only its owner can read. */
record AdminPassword(String value) {

    static AdminPassword createOrRead(Path file, String initial) throws IOException {
        if (Files.exists(file)) {
            return new AdminPassword(Files.readString(file).strip());
        }
        String value = initial != null && !initial.isBlank() ? initial : generated();
        Files.createDirectories(file.getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, value + "\n");
        return new AdminPassword(value);
    }

    private static String generated() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "AdminPassword[***]";
    }
}
