package org.parkportal.portlets.samples.visitor;

import javax.xml.namespace.QName;

/**
 * The event announcing a visitor. Its value is the visitor's name as a {@code java.lang.String}: a JDK type,
 * so every receiving portlet application can read it without sharing a class with this one.
 */
public final class VisitorArrived {

    public static final QName QNAME = new QName("http://parkportal.org/events", "visitorArrived");

    private VisitorArrived() {
    }
}
