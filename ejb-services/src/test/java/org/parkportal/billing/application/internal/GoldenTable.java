package org.parkportal.billing.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hand-worked expectations of golden-2025-04.txt: rows of '|'-separated cells, '#' starts a comment line. */
record GoldenTable(List<List<String>> rows) {

    static GoldenTable read(String resource) {
        try (InputStream in = GoldenTable.class.getResourceAsStream(resource)) {
            List<List<String>> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(List.of(line.split("\\|", -1)).stream().map(String::strip).toList());
            }
            return new GoldenTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of that kind for that tenant (or provider): the cells after the first two. */
    List<List<String>> rows(String kind, String tenant) {
        return rows.stream().filter(r -> r.get(0).equals(kind) && r.get(1).equals(tenant))
                .map(r -> r.subList(2, r.size())).toList();
    }

    List<List<String>> rows(String kind) {
        return rows.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.subList(1, r.size())).toList();
    }

    BigDecimal amount(String kind, String tenant) {
        return new BigDecimal(rows(kind, tenant).get(0).get(2));
    }
}
