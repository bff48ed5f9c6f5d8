package org.parkportal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The local administrator's token that the portal writes to {@code ${it.data.dir}/run/admin-token} when it starts. */
public final class AdminToken {

    private AdminToken() {
    }

    public static Path file() {
        return Path.of(System.getProperty("it.data.dir", "target/it-data"), "run", "admin-token");
    }

    /** The current token (read each time: every deployment of the portal writes a new one). */
    public static String read() {
        Path file = file();
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The portal did not write its admin token to " + file.toAbsolutePath(), e);
        }
    }
}
