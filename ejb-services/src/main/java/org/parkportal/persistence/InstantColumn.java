package org.parkportal.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An {@link Instant} in a TIMESTAMP WITH TIME ZONE column, written in UTC, so no server's default zone (or its
 * daylight-saving gaps) ever shifts a time into another hour or month. EclipseLink 4.0 has no Instant type. Used
 * with {@code @Convert(converter = InstantColumn.class)} by billing and the cloud contexts.
 */
@Converter
public class InstantColumn implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
