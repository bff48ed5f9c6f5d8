package org.parkportal.cloud.inventory.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Tags and tenant lists as one column of comma-separated words (sorted, so equal sets are equal strings): they are
 * short, read whole and never queried word by word.
 */
@Converter
public class WordsColumn implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> words) {
        return words == null ? "" : String.join(",", new TreeSet<>(words));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(String::strip).filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
