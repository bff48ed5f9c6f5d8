package org.parkportal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser-like client of the test portal: its own cookie jar (one HTTP session per client), redirects NOT
 * followed (tests check them), and optionally an Accept-Language sent with every request.
 */
public final class PortalClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String language;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private PortalClient(String language) {
        this.language = language;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .build();
    }

    /** The names ("application/portlet") in this visitor's portlet catalogue, GET /portal/api/v1/portlets. */
    public java.util.Set<String> catalogue() {
        PortalPage answer = get("api/v1/portlets");
        if (answer.status() != 200) {
            throw new AssertionError("catalogue answered " + answer.status() + ": " + answer.body());
        }
        return PageSets.json(answer).getJsonArray("portlets").stream()
                .map(v -> v.asJsonObject().getString("name")).collect(java.util.stream.Collectors.toSet());
    }

    /** The portal's session id cookie (JSESSIONID for /portal), or null before the portal made a session. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID") && "/portal".equals(c.getPath()))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /**
     * Signs in through the login form as a browser does: the sign-in link, the login page, j_security_check.
     * Returns the answer to the form post: a redirect back to /signin when the directory accepted the user,
     * else the login page with its error message.
     */
    public PortalPage submitLogin(String user, String password) {
        PortalPage login = get("signin?next=" + encode("/portal/"));
        if (login.status() != 200) {
            throw new IllegalStateException("no login page: " + login);
        }
        return post("j_security_check", Map.of("j_username", user, "j_password", password));
    }

    /** Signs in and follows the redirects to the home page; fails the test unless the user got in. */
    public PortalPage signIn(String user, String password) {
        PortalPage answer = submitLogin(user, password);
        if (answer.status() != 302) {
            throw new AssertionError("sign-in of " + user + " refused: " + answer);
        }
        PortalPage signin = follow(answer);
        return signin.status() == 302 ? follow(signin) : signin;
    }

    /** A new client with an empty cookie jar and no Accept-Language (the portal then answers in English). */
    public static PortalClient newSession() {
        return new PortalClient(null);
    }

    /** A new client that sends {@code Accept-Language: language} with every request. */
    public static PortalClient withLanguage(String language) {
        return new PortalClient(language);
    }

    /**
     * An absolute URL, a path from the server root ("/portal/home?...", as found in the portal's HTML) or a path
     * below the portal ("home").
     */
    public static URI resolve(String url) {
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return URI.create(url);
        }
        if (url.startsWith("/")) {
            return PortalUrls.server().resolve(url);
        }
        return PortalUrls.portal(url);
    }

    public PortalPage get(String url) {
        return send(request(resolve(url)).GET());
    }

    public PortalPage get(URI url) {
        return send(request(url).GET());
    }

    /** GETs a binary answer (a PDF, an image) as bytes, with this client's session. */
    public HttpResponse<byte[]> getBytes(String url) {
        try {
            return http.send(request(resolve(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs the fields as application/x-www-form-urlencoded, as a browser submits a form. */
    public PortalPage post(String url, Map<String, String> fields) {
        return send(request(resolve(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** GETs the Location of a redirect, resolved against the request that got it. */
    public PortalPage follow(PortalPage redirect) {
        return get(redirect.uri().resolve(redirect.location()));
    }

    public PortalPage send(HttpRequest.Builder request) {
        try {
            return new PortalPage(http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request builder with this client's language and the tests' timeout. */
    public HttpRequest.Builder request(URI url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(TIMEOUT);
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
