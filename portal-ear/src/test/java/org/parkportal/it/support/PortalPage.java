package org.parkportal.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** One answer of the portal: status, headers, body, and the body read as HTML with helpers for portlet windows. */
public final class PortalPage {

    private final HttpResponse<String> response;
    private Document document;

    PortalPage(HttpResponse<String> response) {
        this.response = response;
    }

    public HttpResponse<String> response() {
        return response;
    }

    public int status() {
        return response.statusCode();
    }

    public String body() {
        return response.body();
    }

    public URI uri() {
        return response.uri();
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    /** The Location header of a redirect; fails the test when there is none. */
    public String location() {
        return header("Location").orElseGet(() -> fail("No Location header in the " + status() + " answer to "
                + uri() + ": " + excerpt()));
    }

    public Document document() {
        if (document == null) {
            document = Jsoup.parse(response.body(), response.uri().toString());
        }
        return document;
    }

    /** The elements marked as portlet windows, in page order. */
    public Elements windows() {
        return document().select("[data-portlet-window]");
    }

    /** Window id to portlet name ("app/portlet"), in page order. */
    public Map<String, String> windowNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Element w : windows()) {
            names.put(w.attr("data-portlet-window"), w.attr("data-portlet-name"));
        }
        return names;
    }

    public Optional<Element> findWindow(String windowId) {
        return Optional.ofNullable(document().selectFirst("[data-portlet-window=\"" + windowId + "\"]"));
    }

    /** The window's element; fails the test with the windows found when it is missing. */
    public Element window(String windowId) {
        return findWindow(windowId).orElseGet(() -> fail("No window " + windowId + " on " + uri() + " (status "
                + status() + ", windows " + windowNames() + "): " + excerpt()));
    }

    /** The window's body (.pp-window-body), or empty when the window has none (minimized). */
    public Optional<Element> windowBody(String windowId) {
        return Optional.ofNullable(window(windowId).selectFirst(".pp-window-body"));
    }

    /** The normalised text of the window's body; fails when the window has no body. */
    public String windowText(String windowId) {
        return windowBody(windowId).map(Element::text)
                .orElseGet(() -> fail("Window " + windowId + " has no .pp-window-body: " + window(windowId)));
    }

    /** The window's title as the window bar shows it. */
    public String windowTitle(String windowId) {
        Element title = window(windowId).selectFirst(".pp-window-title");
        return title == null ? fail("Window " + windowId + " has no .pp-window-title") : title.text();
    }

    /** The error box (.pp-error) of the window, if any. */
    public Optional<Element> windowError(String windowId) {
        return Optional.ofNullable(window(windowId).selectFirst(".pp-error"));
    }

    /** The action attribute of the window's first form, HTML-unescaped (a path with query). */
    public String formAction(String windowId) {
        // The portlet's own form, in the window body (the bar may hold the portal's customise controls).
        Element form = window(windowId).selectFirst(".pp-window-body form[action]");
        if (form == null) {
            fail("Window " + windowId + " has no form: " + window(windowId));
        }
        return form.attr("action");
    }

    /** The beginning of the body, for failure messages. */
    public String excerpt() {
        String body = response.body() == null ? "" : response.body();
        return body.length() > 1500 ? body.substring(0, 1500) + "..." : body;
    }

    @Override
    public String toString() {
        return status() + " " + uri();
    }
}
