package org.parkportal.portal.search;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parkportal.portal.driver.Locales;
import org.parkportal.search.application.SearchService;
import org.parkportal.search.domain.Suggestion;

/**
 * GET /portal/api/v1/search/suggestions?q=WORDS: up to eight titles that begin with the words, of documents the
 * caller may see (the back office filters by the caller's identity), for the theme's search box. JSON strings are
 * escaped by the JSON writer; the page puts them into the DOM as text.
 */
@WebServlet("/api/v1/search/suggestions")
public class SuggestionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 8;
    private static final int MAX_WORDS = 100;

    @EJB
    private SearchService search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String words = request.getParameter("q");
        JsonArrayBuilder suggestions = Json.createArrayBuilder();
        if (words != null && !words.isBlank() && words.length() <= MAX_WORDS) {
            String language = Locales.resolve(request).toLanguageTag();
            for (Suggestion s : search.suggest(words, language, LIMIT)) {
                JsonObjectBuilder entry = Json.createObjectBuilder().add("title", s.title()).add("type", s.type());
                if (s.url() != null) {
                    entry.add("url", s.url());
                }
                suggestions.add(entry);
            }
        }
        response.setContentType("application/json;charset=UTF-8");
        // Per visitor (what they may see), so never in a shared cache.
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(Json.createObjectBuilder().add("suggestions", suggestions).build().toString());
    }
}
