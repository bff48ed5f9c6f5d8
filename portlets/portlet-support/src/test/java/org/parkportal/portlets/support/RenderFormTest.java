package org.parkportal.portlets.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RenderFormTest {

    private static final List<String> FIELDS = List.of("from", "actor");

    @Test
    void takesTheFieldNamesFromTheMarkedUrlAndKeepsTheRestAsHiddenFields() {
        RenderForm form = RenderForm.read("/portal/admin?s.admin-notices=minimized"
                + "&r.admin-audit.from=park-render-form%3Afrom&r.admin-audit.actor=park-render-form%3Aactor", FIELDS);

        assertEquals("/portal/admin", form.action());
        assertEquals(List.of(new RenderForm.Field("s.admin-notices", "minimized")), form.hidden());
        assertEquals("r.admin-audit.from", form.name("from"));
        assertEquals("r.admin-audit.actor", form.name("actor"));
    }

    @Test
    void decodesNamesAndValuesAndDropsTheFragment() {
        RenderForm form = RenderForm.read("http://host/portal/home?pr.%7Bx%7Dcity=S%C3%A3o+Paulo"
                + "&r.w.from=park-render-form%3Afrom#top", List.of("from"));

        assertEquals("http://host/portal/home", form.action());
        assertEquals(List.of(new RenderForm.Field("pr.{x}city", "São Paulo")), form.hidden());
        assertEquals("r.w.from", form.name("from"));
    }

    @Test
    void withoutAQueryTheFieldsKeepTheirOwnNames() {
        RenderForm form = RenderForm.read("/portal/admin", FIELDS);

        assertEquals("/portal/admin", form.action());
        assertEquals(List.of(), form.hidden());
        assertEquals(Map.of("from", "from", "actor", "actor"), form.names());
    }

    @Test
    void aMarkerForAFieldNotAskedForStaysHidden() {
        RenderForm form = RenderForm.read("/p?x=park-render-form%3Aother&flag", List.of("from"));

        assertEquals(List.of(new RenderForm.Field("x", "park-render-form:other"), new RenderForm.Field("flag", "")),
                form.hidden());
    }
}
