package org.parkportal.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * An {@link Instant} as a JDBC {@link Timestamp}: how the audit log and the scheduler's runs store their times
 * (their columns and the audit hash chain were written this way; new entities use {@link InstantColumn}).
 */
@Converter
public class TimestampColumn implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
