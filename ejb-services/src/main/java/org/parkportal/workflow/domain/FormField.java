package org.parkportal.workflow.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A field of a task's form as the model declares it, with the checks the model asks for. The portal renders the
 * form from these fields and checks a submission against them before the engine sees it, so the user gets a
 * message per field instead of a failed completion.
 *
 * @param options   for an enum field, option id to label; empty otherwise
 * @param value     the value the form starts with: the current variable, else the model's default; may be null
 */
public record FormField(String id, String label, FormFieldType type, Map<String, String> options,
                        boolean required, boolean readOnly, Long min, Long max, Integer minLength, Integer maxLength,
                        Object value) {

    public FormField {
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Why a submitted value was refused; the code is a message key suffix. */
    public record Problem(String field, String code) {
    }

    /**
     * The typed value for a submitted one (a string from an HTML form, or a JSON string, number or boolean), or
     * the problem with it. A missing or blank value is null, which only a required field refuses.
     */
    public Result accept(Object submitted) {
        if (readOnly && submitted != null) {
            return Result.refused(id, "read-only");
        }
        Object typed;
        if (submitted == null || submitted instanceof String s && s.isBlank()) {
            typed = null;
        } else {
            Optional<Object> converted = convert(submitted);
            if (converted.isEmpty()) {
                return Result.refused(id, "invalid-" + type.name().toLowerCase(java.util.Locale.ROOT));
            }
            typed = converted.get();
        }
        if (typed == null) {
            return required ? Result.refused(id, "required") : Result.ok(null);
        }
        return limits(typed);
    }

    private Optional<Object> convert(Object v) {
        return switch (type) {
            case STRING -> Optional.of(v.toString());
            case ENUM -> options.containsKey(v.toString()) ? Optional.of(v.toString()) : Optional.empty();
            case BOOLEAN -> v instanceof Boolean b ? Optional.of(b)
                    : "true".equalsIgnoreCase(v.toString()) || "on".equalsIgnoreCase(v.toString()) ? Optional.of(true)
                    : "false".equalsIgnoreCase(v.toString()) ? Optional.of(false) : Optional.empty();
            case LONG -> {
                if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                    yield Optional.of(n.longValue());
                }
                try {
                    yield Optional.of(Long.parseLong(v.toString().strip()));
                } catch (NumberFormatException e) {
                    yield Optional.empty();
                }
            }
            case DATE -> {
                try {
                    LocalDate day = LocalDate.parse(v.toString().strip());
                    yield Optional.of(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
                } catch (DateTimeParseException e) {
                    yield Optional.empty();
                }
            }
        };
    }

    private Result limits(Object typed) {
        if (typed instanceof String s) {
            if (minLength != null && s.length() < minLength) {
                return Result.refused(id, "too-short");
            }
            if (maxLength != null && s.length() > maxLength) {
                return Result.refused(id, "too-long");
            }
        }
        if (typed instanceof Long n) {
            if (min != null && n < min) {
                return Result.refused(id, "too-small");
            }
            if (max != null && n > max) {
                return Result.refused(id, "too-large");
            }
        }
        return Result.ok(typed);
    }

    /** A typed value, or why there is none. */
    public record Result(Object value, Problem problem) {
        static Result ok(Object value) {
            return new Result(value, null);
        }

        static Result refused(String field, String code) {
            return new Result(null, new Problem(field, code));
        }

        public boolean accepted() {
            return problem == null;
        }
    }
}
