package org.parkportal.search.domain;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a service publishes to be found: one page, person, piece of web content, knowledge article, ... with the
 * people who may see it. The search index holds nothing else, and a query only ever returns documents whose viewers
 * include the caller.
 *
 * @param id       unique across the portal, by convention "TYPE:KEY" (e.g. "page:home", "person:alice")
 * @param type     the kind of thing, one lowercase word ({@link #PAGE}, {@link #PERSON}, {@link #CONTENT},
 *                 {@link #ARTICLE}, or a later service's own)
 * @param language the language tag of the text ("en", "zh-CN", "ja", ...), null when unknown or mixed: it picks
 *                 the analysis (see docs/search.md)
 * @param url      where the result leads: a path on this portal ("/portal/home") or an http(s) or mailto URL; null
 *                 when there is nowhere to go
 * @param viewers  who may find it, written like the access context's grantees: {@code all-users} (guests included),
 *                 {@code authenticated}, {@code group:CN}, {@code user:UID}
 * @param tenant   the park company the document belongs to, null for the whole park; a tenant's document is found
 *                 only by that tenant's people (and only those of them among the viewers)
 * @param titles   the title in other languages by language tag (e.g. a page's titles), found like the title and
 *                 shown to visitors who read that language; may be empty
 */
public record SearchDocument(String id, String type, String title, String body, String language, String url,
                             Set<String> viewers, String tenant, Map<String, String> titles) {

    public static final String PAGE = "page";
    public static final String PERSON = "person";
    public static final String CONTENT = "content";
    public static final String ARTICLE = "article";

    public static final int MAX_ID = 200;
    public static final int MAX_TITLE = 500;
    public static final int MAX_URL = 1000;
    /** Long enough for any article; the rest of a longer body is not indexed (the column holds this much). */
    public static final int MAX_BODY = 100_000;

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** The access context's grantee names: directory names without characters that need quoting anywhere. */
    private static final Pattern VIEWER =
            Pattern.compile("all-users|authenticated|(group|user):[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    /** Only links that cannot run script in the results page. */
    private static final Pattern URL = Pattern.compile("(/(?!/)|https?://|mailto:)\\S*");

    public SearchDocument {
        require(id != null && !id.isBlank() && id.length() <= MAX_ID && id.strip().equals(id), "id", id);
        require(type != null && TYPE.matcher(type).matches(), "type", type);
        require(title != null && !title.isBlank(), "title", title);
        title = cut(title.strip(), MAX_TITLE);
        body = body == null ? "" : cut(body.strip(), MAX_BODY);
        language = language == null || language.isBlank() ? null : language.strip();
        require(language == null || LANGUAGE.matcher(language).matches(), "language", language);
        require(url == null || (url.length() <= MAX_URL && URL.matcher(url).matches()), "url", url);
        require(viewers != null && !viewers.isEmpty(), "viewers", viewers);
        for (String viewer : viewers) {
            require(viewer != null && VIEWER.matcher(viewer).matches(), "viewer", viewer);
        }
        viewers = Set.copyOf(new TreeSet<>(viewers));
        tenant = tenant == null || tenant.isBlank() ? null : tenant;
        require(tenant == null || TENANT.matcher(tenant).matches(), "tenant", tenant);
        Map<String, String> localized = new TreeMap<>();
        if (titles != null) {
            titles.forEach((tag, text) -> {
                require(tag != null && LANGUAGE.matcher(tag).matches(), "titles", tag);
                if (text != null && !text.isBlank()) {
                    localized.put(tag, cut(text.strip(), MAX_TITLE));
                }
            });
        }
        titles = Map.copyOf(localized);
    }

    /** A document with one title only. */
    public SearchDocument(String id, String type, String title, String body, String language, String url,
                          Set<String> viewers, String tenant) {
        this(id, type, title, body, language, url, viewers, tenant, Map.of());
    }

    /**
     * The title for a visitor who reads this language: the exact tag, then a title of the same primary language,
     * then the title.
     */
    public String titleIn(String languageTag) {
        if (languageTag == null || titles.isEmpty()) {
            return title;
        }
        String exact = titles.get(languageTag);
        if (exact != null) {
            return exact;
        }
        String primary = primary(languageTag);
        return titles.entrySet().stream().filter(t -> primary(t.getKey()).equals(primary))
                .map(Map.Entry::getValue).findFirst().orElse(title);
    }

    /** The primary language of a tag in lower case ("zh" of "zh-TW"). */
    public static String primary(String languageTag) {
        int dash = languageTag.indexOf('-');
        return (dash < 0 ? languageTag : languageTag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The language for analysis: the tag's primary language in lower case, or null. */
    public String primaryLanguage() {
        return language == null ? null : primary(language);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        // Never split a surrogate pair.
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static void require(boolean valid, String field, Object value) {
        if (!valid) {
            throw new InvalidSearchDocument(field, value);
        }
    }
}
