package org.parkportal.workflow.domain;

/** The form field types a model may declare (camunda:formField type) that the portal knows how to render. */
public enum FormFieldType {
    STRING, LONG, BOOLEAN, DATE, ENUM;

    public static FormFieldType of(String camundaName) {
        return switch (camundaName == null ? "string" : camundaName) {
            case "long" -> LONG;
            case "boolean" -> BOOLEAN;
            case "date" -> DATE;
            case "enum" -> ENUM;
            default -> STRING;
        };
    }
}
