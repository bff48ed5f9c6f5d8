package org.parkportal.cloud.driver.domain;

/** A driver call's answer: {@link Done} with a value, or {@link Failed} with a typed reason and a detail for the log. */
public sealed interface DriverResult<T> {

    record Done<T>(T value) implements DriverResult<T> {
    }

    record Failed<T>(DriverFailure failure, String detail) implements DriverResult<T> {
    }

    static <T> DriverResult<T> done(T value) {
        return new Done<>(value);
    }

    static <T> DriverResult<T> failed(DriverFailure failure, String detail) {
        return new Failed<>(failure, detail);
    }

    default boolean succeeded() {
        return this instanceof Done;
    }
}
