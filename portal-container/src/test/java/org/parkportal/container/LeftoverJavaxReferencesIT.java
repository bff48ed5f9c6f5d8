package org.parkportal.container;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Runs after packaging: every transformed jar must be free of Java EE javax references, except the reviewed ones
 * in src/transform/javax-allowed.txt. Build metadata (META-INF/maven, DEPENDENCIES) is not code and is skipped.
 */
class LeftoverJavaxReferencesIT {

    private static final Pattern JAVA_EE_REFERENCE =
            Pattern.compile("javax[/.](servlet|enterprise|inject|ws[/.]rs)[A-Za-z0-9_/.$]*");

    @Test
    void transformedJarsHaveNoUnreviewedJavaxReferences() throws IOException {
        Set<String> allowed = Files.readAllLines(Path.of("src/transform/javax-allowed.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        List<Path> jars = transformedJars();
        assertTrue(jars.size() >= 5, "expected the five transformed jars in target/, found " + jars);

        Set<String> found = new TreeSet<>();
        for (Path jar : jars) {
            String classifier = classifierOf(jar);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (entry.isDirectory() || isBuildMetadata(entry.getName())) {
                        continue;
                    }
                    for (String ref : javaEeReferences(zip, entry)) {
                        found.add(classifier + "|" + entry.getName() + "|" + ref.replace('.', '/'));
                    }
                }
            }
        }
        found.removeAll(allowed);
        assertTrue(found.isEmpty(), "Unreviewed javax references after transformation (fix the rules or review "
                + "them into src/transform/javax-allowed.txt):\n" + String.join("\n", found));
    }

    private static List<Path> transformedJars() throws IOException {
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("target"), "portal-container-*-*.jar")) {
            return java.util.stream.StreamSupport.stream(dir.spliterator(), false).sorted().toList();
        }
    }

    private static String classifierOf(Path jar) {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        return name.substring(name.indexOf("-SNAPSHOT-") + "-SNAPSHOT-".length());
    }

    private static boolean isBuildMetadata(String entry) {
        return entry.startsWith("META-INF/maven/") || entry.equals("META-INF/DEPENDENCIES");
    }

    private static Set<String> javaEeReferences(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            Set<String> refs = new TreeSet<>();
            Matcher m = JAVA_EE_REFERENCE.matcher(text);
            while (m.find()) {
                refs.add(m.group().replaceAll("[.;]+$", ""));
            }
            return refs;
        }
    }
}
