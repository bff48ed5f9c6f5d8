package org.parkportal.it.support.portlets;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletAsyncContext;
import javax.portlet.PortletAsyncEvent;
import javax.portlet.PortletAsyncListener;
import javax.portlet.PortletContext;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.portlet.ResourceURL;

/**
 * Serves its resources asynchronously (async-supported in portlet.xml): "thread" writes from a thread started
 * through the async context, "dispatch" dispatches to {@link AsyncViewServlet}, "again" dispatches back to
 * itself, "timeout" never completes. Listener events go to a log in the portlet context, served as "events";
 * each asynchronous answer names its request so that a test finds that request's events.
 */
public class AsyncPortlet extends GenericPortlet {

    static final String EVENTS = "it.async.events";

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws IOException {
        response.setContentType("text/html");
        StringBuilder links = new StringBuilder();
        for (String id : new String[] {"thread", "dispatch", "again", "timeout", "sync", "events"}) {
            ResourceURL url = response.createResourceURL();
            url.setResourceID(id);
            links.append("<a class=\"it-").append(id).append("\" href=\"").append(url).append("\">").append(id)
                    .append("</a> ");
        }
        response.getWriter().write(links.toString());
    }

    @Override
    public void serveResource(ResourceRequest request, ResourceResponse response) throws IOException {
        response.setContentType("text/plain");
        switch (request.getResourceID()) {
            case "thread" -> writeFromThread(request, response);
            case "dispatch" -> dispatchToServlet(request);
            case "again" -> dispatchToItself(request, response);
            case "timeout" -> neverComplete(request, response);
            case "events" -> response.getWriter().write(String.join("\n", events()));
            default -> response.getWriter().write("sync: async started " + request.isAsyncStarted());
        }
    }

    private void writeFromThread(ResourceRequest request, ResourceResponse response) {
        String id = UUID.randomUUID().toString();
        Thread portletThread = Thread.currentThread();
        PortletAsyncContext async = request.startPortletAsync();
        async.addListener(new Recorder(id, events(), null));
        async.start(() -> {
            try {
                response.getWriter().write("id=" + id + "\nwritten by another thread: "
                        + (Thread.currentThread() != portletThread) + "\nbody complete");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                async.complete();
            }
        });
    }

    private void dispatchToServlet(ResourceRequest request) {
        PortletAsyncContext async = request.startPortletAsync();
        async.start(() -> async.dispatch(AsyncViewServlet.PATH + "?view=dispatched"));
    }

    /** First pass starts async and dispatches back from a thread; the second pass (ASYNC) answers. */
    private void dispatchToItself(ResourceRequest request, ResourceResponse response) throws IOException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            response.getWriter().write("second pass: " + request.getDispatcherType());
            return;
        }
        PortletAsyncContext async = request.startPortletAsync();
        async.start(async::dispatch);
    }

    /** Never completes: the listener answers the client when the container times the request out. */
    private void neverComplete(ResourceRequest request, ResourceResponse response) {
        String id = UUID.randomUUID().toString();
        PortletAsyncContext async = request.startPortletAsync();
        async.setTimeout(500);
        async.addListener(new Recorder(id, events(), response));
    }

    @SuppressWarnings("unchecked")
    private Queue<String> events() {
        PortletContext context = getPortletContext();
        synchronized (context) {
            Object events = context.getAttribute(EVENTS);
            if (events == null) {
                events = new ConcurrentLinkedQueue<String>();
                context.setAttribute(EVENTS, events);
            }
            return (Queue<String>) events;
        }
    }

    /** Logs "event:id"; on timeout also tells the client, if it was given the response. */
    private record Recorder(String id, Queue<String> events, ResourceResponse response) implements PortletAsyncListener {
        @Override public void onComplete(PortletAsyncEvent event) { events.add("complete:" + id); }
        @Override public void onError(PortletAsyncEvent event) { events.add("error:" + id); }
        @Override public void onStartAsync(PortletAsyncEvent event) { events.add("start:" + id); }

        @Override
        public void onTimeout(PortletAsyncEvent event) throws IOException {
            events.add("timeout:" + id);
            if (response != null) {
                response.getWriter().write("id=" + id + "\ntimed out");
            }
        }
    }
}
