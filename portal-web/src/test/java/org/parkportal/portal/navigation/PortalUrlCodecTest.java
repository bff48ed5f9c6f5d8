package org.parkportal.portal.navigation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalUrlCodecTest {

    @Test
    void renderStateSurvivesARoundTrip() {
        PortalUrl url = new PortalUrl("services/cloud");
        url.window("w1").mode("edit");
        url.window("w2").state("maximized");
        url.window("w2").parameters().put("q", new String[] {"a b", "ü&="});
        url.publicParameters().put("{http://parkportal.org/params}city", new String[] {"north-gate"});

        PortalUrl back = roundTrip(url, null);

        assertEquals("services/cloud", back.page());
        assertEquals(PortalUrl.Lifecycle.RENDER, back.lifecycle());
        assertEquals("edit", back.windowOrDefault("w1").mode());
        assertEquals("maximized", back.windowOrDefault("w2").state());
        assertArrayEquals(new String[] {"a b", "ü&="}, back.windowOrDefault("w2").parameters().get("q"));
        assertArrayEquals(new String[] {"north-gate"},
                back.publicParameters().get("{http://parkportal.org/params}city"));
        assertEquals("w2", back.maximizedWindow());
    }

    @Test
    void defaultStateIsLeftOutOfTheUrl() {
        PortalUrl url = new PortalUrl("home");
        url.window("w1");
        assertEquals("/portal/home", PortalUrlCodec.encode(url, "/portal", "token"));
    }

    @Test
    void actionUrlsCarryTargetParametersAndTheCsrfToken() {
        PortalUrl url = new PortalUrl("home");
        url.target(PortalUrl.Lifecycle.ACTION, "w1");
        url.targetParameters().put("op", new String[] {"save"});
        String encoded = PortalUrlCodec.encode(url, "/portal", "s3cret");
        assertTrue(encoded.contains("_csrf=s3cret"), encoded);

        PortalUrl back = decode(encoded);
        assertEquals(PortalUrl.Lifecycle.ACTION, back.lifecycle());
        assertEquals("w1", back.target());
        assertArrayEquals(new String[] {"save"}, back.targetParameters().get("op"));
    }

    @Test
    void partialActionUrlsCarryTheTokenAndTheirFormFields() {
        PortalUrl url = new PortalUrl("home");
        url.target(PortalUrl.Lifecycle.PARTIAL, "w1");
        url.targetParameters().put("change", new String[] {"+1"});
        String encoded = PortalUrlCodec.encode(url, "/portal", "s3cret");
        assertTrue(encoded.contains("p_l=partial") && encoded.contains("_csrf=s3cret"), encoded);

        PortalUrl back = decode(encoded);
        assertEquals(PortalUrl.Lifecycle.PARTIAL, back.lifecycle());
        assertTrue(back.changesState());
        assertArrayEquals(new String[] {"+1"}, back.targetParameters().get("change"));
    }

    @Test
    void renderUrlsNeverCarryTheToken() {
        PortalUrl url = new PortalUrl("home");
        url.target(PortalUrl.Lifecycle.RESOURCE, "w1");
        url.resourceId("time");
        String encoded = PortalUrlCodec.encode(url, "/portal", "s3cret");
        assertTrue(!encoded.contains("_csrf"), encoded);
        PortalUrl back = decode(encoded);
        assertEquals(PortalUrl.Lifecycle.RESOURCE, back.lifecycle());
        assertEquals("time", back.resourceId());
    }

    @Test
    void formFieldsOfAnActionBecomeActionParameters() {
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("p_l", new String[] {"action"});
        params.put("p_t", new String[] {"w1"});
        params.put("_csrf", new String[] {"t"});
        params.put("greeting", new String[] {"Hello"});
        PortalUrl url = PortalUrlCodec.decode("/home", params);
        assertArrayEquals(new String[] {"Hello"}, url.targetParameters().get("greeting"));
        assertNull(url.targetParameters().get("_csrf"));
    }

    @Test
    void rejectsMalformedUrls() {
        assertThrows(MalformedPortalUrl.class, () -> PortalUrlCodec.decode("/Home<script>", Map.of()));
        assertThrows(MalformedPortalUrl.class,
                () -> PortalUrlCodec.decode("/home", Map.of("p_l", new String[] {"explode"}, "p_t", new String[] {"w"})));
        assertThrows(MalformedPortalUrl.class,
                () -> PortalUrlCodec.decode("/home", Map.of("p_l", new String[] {"action"})));
        assertThrows(MalformedPortalUrl.class, () -> PortalUrlCodec.decode("/home", Map.of("r.w1", new String[] {"x"})));
    }

    private static PortalUrl roundTrip(PortalUrl url, String token) {
        return decode(PortalUrlCodec.encode(url, "/portal", token));
    }

    /** Decodes like the servlet container: path below the context, query into a parameter map. */
    private static PortalUrl decode(String encoded) {
        URI uri = URI.create(encoded);
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String[]> map = new LinkedHashMap<>();
        params.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
        return PortalUrlCodec.decode(uri.getRawPath().substring("/portal".length()), map);
    }
}
