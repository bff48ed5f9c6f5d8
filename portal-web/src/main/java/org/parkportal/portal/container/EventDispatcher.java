package org.parkportal.portal.container;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.portlet.Event;
import javax.xml.namespace.QName;
import org.apache.pluto.container.EventCoordinationService;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.om.portlet.EventDefinitionReference;
import org.apache.pluto.container.om.portlet.PortletDefinition;

/**
 * Delivers events to the windows of the page whose portlets declare them as processing events, across portlet
 * applications. A payload that is not a JDK type is copied into the receiving application's class loader.
 * A chain of events raising events stops after {@link #MAX_DELIVERIES} deliveries per request.
 */
final class EventDispatcher implements EventCoordinationService {

    static final int MAX_DELIVERIES = 64;
    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());

    private final PortletApplications applications;

    EventDispatcher(PortletApplications applications) {
        this.applications = applications;
    }

    @Override
    public void processEvents(PortletContainer container, PortletWindow source, HttpServletRequest request,
                              HttpServletResponse response, List<Event> events) {
        RequestState state = RequestState.of(request);
        for (Event event : events) {
            for (PortalWindow target : state.windows().values()) {
                if (!processes(target.getPortletDefinition(), event.getQName())) {
                    continue;
                }
                if (state.deliverEvent(target.getId().getStringId()) > MAX_DELIVERIES) {
                    LOG.warning(() -> "Event chain stopped after " + MAX_DELIVERIES + " deliveries at "
                            + event.getQName() + " (raised by window " + source.getId().getStringId() + ")");
                    return;
                }
                try {
                    container.doEvent(target, request, response, forApplication(event, target));
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Window " + target.getId().getStringId() + " failed to process event "
                            + event.getQName(), e);
                }
            }
        }
    }

    private static boolean processes(PortletDefinition portlet, QName qname) {
        for (EventDefinitionReference ref : portlet.getSupportedProcessingEvents()) {
            QName declared = ref.getQualifiedName();
            if (declared == null) {
                continue;
            }
            if (declared.equals(qname) || (declared.getLocalPart().endsWith("*")
                    && declared.getNamespaceURI().equals(qname.getNamespaceURI())
                    && qname.getLocalPart().startsWith(declared.getLocalPart().substring(0,
                    declared.getLocalPart().length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private Event forApplication(Event event, PortalWindow target) throws IOException, ClassNotFoundException {
        Serializable value = event.getValue();
        if (value == null || value.getClass().getClassLoader() == null) {
            return event;
        }
        ClassLoader loader = applications.getClassLoader(target.applicationName());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, loader);
            }
        }) {
            return new PortalEvent(event.getQName(), (Serializable) in.readObject());
        }
    }
}
