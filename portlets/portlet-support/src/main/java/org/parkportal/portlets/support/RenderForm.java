package org.parkportal.portlets.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.RenderURL;

/**
 * A form sent with GET whose submission is a render URL of this portlet, so the result can be bookmarked.
 * A browser replaces the query of a GET form's action with the form's fields; the form therefore carries the
 * render URL's query itself, as hidden fields, and names each visible field as that render parameter is named in
 * the URL. Both are read off a render URL made with marker values, so this portlet does not depend on how the
 * portal spells its URLs, only on render parameters being in the query (which a GET form needs anyway).
 *
 * @param action the URL without its query
 * @param hidden the rest of the URL's query (other windows' state, the portal's own parameters)
 * @param names  form field to the name of its parameter in the URL
 * Public, as the JSP calls its methods through EL.
 */
public record RenderForm(String action, List<Field> hidden, Map<String, String> names) {

    private static final String MARKER = "park-render-form:";

    public record Field(String name, String value) {
    }

    /** Sets the fields on {@code url} (changing it) to find their names. */
    public static RenderForm of(RenderURL url, List<String> fields) {
        for (String field : fields) {
            url.getRenderParameters().setValue(field, MARKER + field);
        }
        return read(url.toString(), fields);
    }

    static RenderForm read(String url, List<String> fields) {
        int hash = url.indexOf('#');
        String withoutFragment = hash < 0 ? url : url.substring(0, hash);
        int question = withoutFragment.indexOf('?');
        String action = question < 0 ? withoutFragment : withoutFragment.substring(0, question);
        List<Field> hidden = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : withoutFragment.substring(question + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                String field = value.startsWith(MARKER) ? value.substring(MARKER.length()) : null;
                if (field != null && fields.contains(field)) {
                    names.put(field, name);
                } else {
                    hidden.add(new Field(name, value));
                }
            }
        }
        // A portal that keeps render parameters out of the query cannot serve a GET form; the plain names at least
        // keep the form usable as a form.
        for (String field : fields) {
            names.putIfAbsent(field, field);
        }
        return new RenderForm(action, List.copyOf(hidden), Map.copyOf(names));
    }

    /** The name of the field's parameter, for the input's name attribute. */
    public String name(String field) {
        return names.get(field);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
