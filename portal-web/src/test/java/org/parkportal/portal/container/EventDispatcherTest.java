package org.parkportal.portal.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.portlet.Event;
import javax.xml.namespace.QName;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.om.portlet.EventDefinitionReference;
import org.apache.pluto.container.om.portlet.PortletApplicationDefinition;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.junit.jupiter.api.Test;
import org.parkportal.portal.navigation.PortalUrl;

class EventDispatcherTest {

    private static final QName PING = new QName("urn:test", "ping");
    private static final QName PONG = new QName("urn:test", "pong");
    private static final QName OTHER = new QName("urn:test", "other");

    private final Map<String, Object> attributes = new HashMap<>();
    private final HttpServletRequest request = proxy(HttpServletRequest.class, (method, args) -> switch (method) {
        case "getAttribute" -> attributes.get((String) args[0]);
        case "setAttribute" -> attributes.put((String) args[0], args[1]);
        default -> null;
    });
    private final List<String> delivered = new ArrayList<>();
    private final EventDispatcher dispatcher = new EventDispatcher(new PortletApplications(null, null));

    @Test
    void deliversOnlyToWindowsThatProcessTheEvent() {
        Map<String, PortalWindow> windows = new LinkedHashMap<>();
        windows.put("a", window("a", PING));
        windows.put("b", window("b", OTHER));
        windows.put("c", window("c", PING));
        bind(windows);

        dispatcher.processEvents(container(null), windows.get("a"), request, null, List.of(new PortalEvent(PING, "x")));

        assertEquals(List.of("a:ping", "c:ping"), delivered);
    }

    @Test
    void aChainOfEventsRaisingEventsStops() {
        Map<String, PortalWindow> windows = new LinkedHashMap<>();
        windows.put("pinger", window("pinger", PONG));
        windows.put("ponger", window("ponger", PING));
        bind(windows);
        // Each delivery raises the other event again, forever, unless the dispatcher stops it.
        PortletContainer echoing = container((target, event) -> List.of(new PortalEvent(
                event.getQName().equals(PING) ? PONG : PING, "again")));

        dispatcher.processEvents(echoing, windows.get("pinger"), request, null, List.of(new PortalEvent(PING, "go")));

        assertEquals(EventDispatcher.MAX_DELIVERIES, delivered.size());
    }

    private interface Raise {
        List<Event> on(PortletWindow target, Event event);
    }

    /** A container whose doEvent records the delivery and passes what the target raises back to the dispatcher. */
    private PortletContainer container(Raise raise) {
        PortletContainer[] self = new PortletContainer[1];
        self[0] = proxy(PortletContainer.class, (method, args) -> {
            if (method.equals("doEvent")) {
                PortletWindow target = (PortletWindow) args[0];
                Event event = (Event) args[3];
                delivered.add(target.getId().getStringId() + ":" + event.getName());
                if (raise != null) {
                    dispatcher.processEvents(self[0], target, request, null, raise.on(target, event));
                }
            }
            return null;
        });
        return self[0];
    }

    private void bind(Map<String, PortalWindow> windows) {
        new RequestState(new PortalUrl("home"), windows, "/portal", () -> "token").bind(request);
    }

    private static PortalWindow window(String id, QName processes) {
        PortletApplicationDefinition app = proxy(PortletApplicationDefinition.class, (method, args) -> switch (method) {
            case "getName" -> "app";
            default -> null;
        });
        EventDefinitionReference ref = proxy(EventDefinitionReference.class, (method, args) ->
                method.equals("getQualifiedName") ? processes : null);
        PortletDefinition portlet = proxy(PortletDefinition.class, (method, args) -> switch (method) {
            case "getSupportedProcessingEvents" -> List.of(ref);
            case "getApplication" -> app;
            case "getPortletName" -> id;
            default -> null;
        });
        return new PortalWindow(id, portlet, "view", "normal");
    }

    private interface Handler {
        Object handle(String method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(EventDispatcherTest.class.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> switch (m.getName()) {
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    case "toString" -> type.getSimpleName();
                    default -> handler.handle(m.getName(), args);
                });
    }
}
