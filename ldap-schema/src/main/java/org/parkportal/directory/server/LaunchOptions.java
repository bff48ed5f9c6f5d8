package org.parkportal.directory.server;

import java.nio.file.Path;

/** Command-line options of {@link EmbeddedDirectory}. */
record LaunchOptions(String host, int port, Path dataDir, Path adminPasswordFile, String initialAdminPassword) {

    static final String USAGE = "usage: EmbeddedDirectory --port N --data DIR [--host 127.0.0.1]"
            + " [--admin-password-file FILE] [--initial-admin-password SECRET]";

    static LaunchOptions parse(String... args) {
        String host = "127.0.0.1";
        Integer port = null;
        Path data = null;
        Path passwordFile = null;
        String initialPassword = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--host" -> host = value;
                case "--port" -> port = port(value);
                case "--data" -> data = Path.of(value).toAbsolutePath();
                case "--admin-password-file" -> passwordFile = Path.of(value).toAbsolutePath();
                case "--initial-admin-password" -> initialPassword = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (port == null || data == null) {
            throw new IllegalArgumentException("--port and --data are required");
        }
        return new LaunchOptions(host, port, data,
                passwordFile != null ? passwordFile : data.resolve("admin-password"), initialPassword);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a TCP port number (got '" + value + "')");
    }
}
