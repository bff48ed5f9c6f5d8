package org.parkportal.portlets.search;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.ejb.EJBAccessException;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletURL;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;
import org.parkportal.portlets.support.RenderForm;

import org.parkportal.search.application.SearchService;
import org.parkportal.search.domain.QueryRejected;
import org.parkportal.search.domain.SearchQuery;
import org.parkportal.search.domain.SearchResults;

/**
 * The portal's search: a query box (the words are the public render parameter "q", so the theme's search box and
 * any other window can set them), ten results a page with the matched words marked, a choice of type with counts,
 * and for administrators the rebuild of the index. The back office decides what the visitor may find.
 */
public class SearchPortlet extends GenericPortlet {

    /** The public render parameter of the words (portlet.xml, and the theme's search box). */
    static final String WORDS = "q";
    static final String TYPE = "type";
    static final String PAGE = "page";
    static final String REBUILT = "rebuilt";
    static final List<String> KNOWN_TYPES = List.of("page", "person", "content", "article");
    private static final String STYLE = "<style>"
            + ".park-search__form{display:flex;flex-wrap:wrap;gap:.5em;align-items:center}"
            + ".park-search__form input[type=search]{flex:1 1 16em;min-width:0;padding:.4em}"
            + ".park-search__types{display:flex;flex-wrap:wrap;gap:.3em 1em;list-style:none;padding:0}"
            + ".park-search__types [aria-current]{font-weight:bold}"
            + ".park-search__hits{list-style:none;padding:0}"
            + ".park-search__hit{margin:0 0 1em}"
            + ".park-search__hit h3{margin:0;font-size:1.05em}"
            + ".park-search__hit mark{background:#fff3a0;color:inherit;padding:0 .05em}"
            + ".park-search__type{font-size:.8em;color:#555;margin-left:.5em}"
            + ".park-search__snippet{margin:.2em 0 0;overflow-wrap:anywhere}"
            + "</style>";
    private static final Logger LOG = System.getLogger(SearchPortlet.class.getName());

    private final BackOffice.Reference<SearchService> service =
            new BackOffice().reference("DefaultSearchService", SearchService.class);
    private final PortletView view = new PortletView(this);

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-search-css", "parkportal", "1.0", STYLE);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        Locale locale = request.getLocale();
        ResourceBundle texts = getResourceBundle(locale);
        String words = value(request.getRenderParameters().getValue(WORDS));
        String type = value(request.getRenderParameters().getValue(TYPE));
        int page = page(request.getRenderParameters().getValue(PAGE));
        request.setAttribute("words", words);
        request.setAttribute("maxWords", SearchQuery.MAX_TEXT);
        request.setAttribute("form", RenderForm.of(response.createRenderURL(MimeResponse.Copy.NONE), List.of(WORDS)));
        SearchService search = service.get();
        if (search.mayRebuild()) {
            request.setAttribute("rebuildUrl", rebuildUrl(response));
        }
        request.setAttribute("rebuilt", request.getRenderParameters().getValue(REBUILT));
        if (words.length() > SearchQuery.MAX_TEXT) {
            request.setAttribute("rejected", QueryRejected.Reason.TOO_LONG.name());
        } else if (!words.isEmpty()) {
            try {
                SearchResults results = search.search(new SearchQuery(words, locale.toLanguageTag(), type, page));
                request.setAttribute("results", results);
                request.setAttribute("types", typeChoices(results, type, texts, response));
                Map<String, String> labels = new java.util.HashMap<>();
                results.hits().forEach(hit -> labels.put(hit.type(), label(hit.type(), texts)));
                request.setAttribute("labels", labels);
                if (results.hasPrevious()) {
                    request.setAttribute("previousUrl", pageUrl(response, results.query().page() - 1));
                }
                if (results.hasNext()) {
                    request.setAttribute("nextUrl", pageUrl(response, results.query().page() + 1));
                }
            } catch (QueryRejected e) {
                LOG.log(Level.DEBUG, "Query rejected: {0}", e.getMessage());
                request.setAttribute("rejected", e.reason().name());
            }
        }
        view.include("search.jsp", request, response);
    }

    /** One entry per type among the matches, plus "all", each a link that keeps the words and starts at page 1. */
    private static List<TypeChoice> typeChoices(SearchResults results, String selected, ResourceBundle texts,
                                                RenderResponse response) {
        List<TypeChoice> choices = new ArrayList<>();
        long all = results.countsByType().values().stream().mapToLong(Long::longValue).sum();
        choices.add(new TypeChoice(null, texts.getString("type.all"), all, typeUrl(response, null), selected == null));
        for (Map.Entry<String, Long> count : results.countsByType().entrySet()) {
            choices.add(new TypeChoice(count.getKey(), label(count.getKey(), texts), count.getValue(),
                    typeUrl(response, count.getKey()), count.getKey().equals(selected)));
        }
        return choices;
    }

    /** A type's name in the visitor's language; types of later services without a text yet are "other". */
    static String label(String type, ResourceBundle texts) {
        return KNOWN_TYPES.contains(type) ? texts.getString("type." + type) : texts.getString("type.other");
    }

    private static String typeUrl(RenderResponse response, String type) {
        // Copy.ALL keeps the words (public) however the portal treats Copy.PUBLIC; the rest starts afresh.
        PortletURL url = response.createRenderURL(MimeResponse.Copy.ALL);
        url.getRenderParameters().removeParameter(PAGE);
        url.getRenderParameters().removeParameter(REBUILT);
        if (type != null) {
            url.getRenderParameters().setValue(TYPE, type);
        } else {
            url.getRenderParameters().removeParameter(TYPE);
        }
        return url.toString();
    }

    private static String pageUrl(RenderResponse response, int page) {
        PortletURL url = response.createRenderURL(MimeResponse.Copy.ALL);
        url.getRenderParameters().setValue(PAGE, String.valueOf(page));
        url.getRenderParameters().removeParameter(REBUILT);
        return url.toString();
    }

    private static String rebuildUrl(RenderResponse response) {
        var url = response.createActionURL(MimeResponse.Copy.ALL);
        url.getActionParameters().setValue(ActionRequest.ACTION_NAME, "rebuild");
        return url.toString();
    }

    @ProcessAction(name = "rebuild")
    public void rebuild(ActionRequest request, ActionResponse response) throws PortletException {
        try {
            long documents = service.get().rebuild();
            response.getRenderParameters().setValue(REBUILT, String.valueOf(documents));
        } catch (EJBAccessException e) {
            LOG.log(Level.INFO, "Search rebuild refused to {0}", request.getRemoteUser());
            response.getRenderParameters().setValue(REBUILT, "refused");
        }
    }

    static int page(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(Integer.parseInt(value.strip()), SearchQuery.MAX_PAGE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String value(String parameter) {
        return parameter == null ? "" : parameter.strip();
    }

    /** A choice of type as the view shows it; public for EL. */
    public record TypeChoice(String type, String label, long count, String url, boolean selected) {
    }
}
