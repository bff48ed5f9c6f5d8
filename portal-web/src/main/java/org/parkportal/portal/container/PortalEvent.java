package org.parkportal.portal.container;

import java.io.Serializable;
import javax.portlet.Event;
import javax.xml.namespace.QName;

/** An event raised by a portlet, on its way to the windows that process it. */
final class PortalEvent implements Event {

    private final QName qname;
    private final Serializable value;

    PortalEvent(QName qname, Serializable value) {
        this.qname = qname;
        this.value = value;
    }

    @Override public QName getQName() { return qname; }
    @Override public String getName() { return qname.getLocalPart(); }
    @Override public Serializable getValue() { return value; }

    PortalEvent withValue(Serializable other) {
        return new PortalEvent(qname, other);
    }
}
