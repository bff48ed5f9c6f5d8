package org.parkportal.cloud.metering.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Metering times are instants in TIMESTAMP WITH TIME ZONE columns, written in UTC, so no server's default zone (or its
 * daylight-saving gaps) ever shifts a change into another hour. EclipseLink 4.0 has no Instant type.
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
