package org.parkportal.it.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/** Page rendering: the demo home page, its windows, titles, modes, window states, head resources and errors. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RenderIT {

    /** The demo home page's windows and their portlets, in page order (column by column). */
    private static final Map<String, String> HOME_WINDOWS = new LinkedHashMap<>();
    /** Each home window's portlet bundle, to read the expected titles from. */
    private static final Map<String, String> TITLE_BUNDLES = new LinkedHashMap<>();

    static {
        HOME_WINDOWS.put("home-welcome", "samples/welcome");
        HOME_WINDOWS.put("home-visitors", "samples/visitor-registration");
        HOME_WINDOWS.put("home-city-picker", "samples/city-picker");
        HOME_WINDOWS.put("home-city-weather", "samples/city-weather");
        HOME_WINDOWS.put("home-reception", "reception/reception-desk");
        HOME_WINDOWS.put("home-clock", "samples/park-clock");
        TITLE_BUNDLES.put("home-welcome", "welcome/WelcomeMessages");
        TITLE_BUNDLES.put("home-visitors", "visitor/VisitorRegistrationMessages");
        TITLE_BUNDLES.put("home-city-picker", "city/CityPickerMessages");
        TITLE_BUNDLES.put("home-city-weather", "city/CityWeatherMessages");
        TITLE_BUNDLES.put("home-clock", "clock/ParkClockMessages");
    }

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void homePageRendersItsSixWindowsWithTheirPortlets() {
        PortalPage home = PortalClient.newSession().get("home");

        assertEquals(200, home.status(), home::excerpt);
        assertTrue(home.header("Content-Type").orElse("").startsWith("text/html"), () -> "" + home.header("Content-Type"));
        assertEquals(HOME_WINDOWS, home.windowNames());
        for (String window : HOME_WINDOWS.keySet()) {
            assertTrue(home.windowError(window).isEmpty(), () -> window + " shows an error: " + home.window(window));
            assertFalse(home.windowText(window).isBlank(), () -> window + " rendered no markup");
        }
        assertEquals(3, home.document().select(".pp-layout-three-columns > .pp-column").size(),
                "home uses the three-columns layout");
    }

    @Test
    void portalRootShowsTheHomePage() {
        PortalPage root = PortalClient.newSession().get("");

        assertEquals(200, root.status(), root::excerpt);
        assertEquals(HOME_WINDOWS, root.windowNames());
    }

    @Test
    void windowTitlesComeFromThePortletBundlesInTheRequestLanguage() {
        PortalPage english = PortalClient.withLanguage("en").get("home");
        PortalPage french = PortalClient.withLanguage("fr").get("home");

        assertEquals(200, english.status(), english::excerpt);
        assertEquals(200, french.status(), french::excerpt);
        assertAll(TITLE_BUNDLES.entrySet().stream().map(e -> () -> {
            String window = e.getKey();
            String en = Texts.samples(e.getValue(), Locale.ENGLISH, "javax.portlet.title");
            String fr = Texts.samples(e.getValue(), Locale.FRENCH, "javax.portlet.title");
            assertNotEquals(en, fr, "the test needs a bundle whose French title differs: " + e.getValue());
            assertEquals(en, english.windowTitle(window), window + " in English");
            assertEquals(fr, french.windowTitle(window), window + " in French");
        }));
        // The reception desk is another portlet application with its own bundle.
        assertEquals(Texts.reception(Locale.ENGLISH, "javax.portlet.title"), english.windowTitle("home-reception"));
        assertEquals(Texts.reception(Locale.FRENCH, "javax.portlet.title"), french.windowTitle("home-reception"));
        assertEquals("fr", french.document().selectFirst("html").attr("lang"));
    }

    @Test
    void helpModeRendersTheWelcomeHelp() {
        PortalPage page = PortalClient.newSession().get("home?m.home-welcome=help");

        assertEquals(200, page.status(), page::excerpt);
        Element welcome = page.window("home-welcome");
        assertTrue(welcome.hasClass("pp-mode-help"), welcome::outerHtml);
        String help = page.windowText("home-welcome");
        assertTrue(help.contains(Texts.samples("welcome/WelcomeMessages", Locale.ENGLISH, "help.heading")), help);
        assertTrue(page.window("home-welcome").select(".park-welcome__greeting").isEmpty(), "view markup in help mode");
        Element helpControl = welcome.selectFirst(".pp-control-mode-help");
        assertTrue(helpControl != null && helpControl.hasClass("pp-control-active"), "help control is not active");
        // The other windows stay in view mode.
        assertTrue(page.window("home-visitors").hasClass("pp-mode-view"));
        assertEquals(HOME_WINDOWS.keySet(), page.windowNames().keySet());
    }

    @Test
    void maximizedWindowIsRenderedAlone() {
        PortalPage page = PortalClient.newSession().get("home?s.home-city-weather=maximized");

        assertEquals(200, page.status(), page::excerpt);
        assertEquals(Map.of("home-city-weather", "samples/city-weather"), page.windowNames());
        Element weather = page.window("home-city-weather");
        assertTrue(weather.hasClass("pp-state-maximized"), weather::outerHtml);
        assertFalse(page.windowText("home-city-weather").isBlank());
        assertTrue(page.document().selectFirst(".pp-layout-maximized") != null, "maximized layout");
    }

    @Test
    void minimizedWindowKeepsItsBarButNoBody() {
        PortalPage page = PortalClient.newSession().get("home?s.home-welcome=minimized");

        assertEquals(200, page.status(), page::excerpt);
        assertEquals(HOME_WINDOWS, page.windowNames());
        Element welcome = page.window("home-welcome");
        assertTrue(welcome.hasClass("pp-state-minimized"), welcome::outerHtml);
        assertTrue(page.windowBody("home-welcome").isEmpty(), () -> "minimized window has a body: " + welcome);
        assertTrue(welcome.select(".park-welcome").isEmpty(), "portlet markup in a minimized window");
        assertEquals(Texts.samples("welcome/WelcomeMessages", Locale.ENGLISH, "javax.portlet.title"),
                page.windowTitle("home-welcome"));
        // Its neighbours are unaffected.
        assertFalse(page.windowText("home-visitors").isBlank());
    }

    @Test
    void headerPhaseStyleAppearsOnceInTheHead() {
        PortalPage home = PortalClient.newSession().get("home");

        assertEquals(200, home.status(), home::excerpt);
        assertEquals(1, clockStylesIn(home.document().head()), () -> "park-clock-css in <head>: " + home.document().head());
        assertEquals(0, clockStylesIn(home.document().body()), "park-clock-css in <body>");
    }

    @Test
    void pageResourceOfTwoWindowsOfOnePortletIsWrittenOnce() {
        PageSets.importOrFail("""
                {"pages":[{"name":"it-render-two-clocks","title":{"en":"Two clocks"},"layout":"two-columns-50-50",
                  "hidden":true,"grants":{"view":["all-users"]},"windows":[
                    {"id":"it-render-clock-a","portlet":"samples/park-clock","column":0},
                    {"id":"it-render-clock-b","portlet":"samples/park-clock","column":1}]}]}
                """);

        PortalPage page = PortalClient.newSession().get("it-render-two-clocks");

        assertEquals(200, page.status(), page::excerpt);
        assertEquals(List.of("it-render-clock-a", "it-render-clock-b"), List.copyOf(page.windowNames().keySet()));
        assertEquals(1, clockStylesIn(page.document().head()), () -> "park-clock-css in <head>: " + page.document().head());
    }

    @Test
    void pagesSendReferrerPolicySameOrigin() {
        PortalPage home = PortalClient.newSession().get("home");

        assertEquals(200, home.status());
        assertEquals("same-origin", home.header("Referrer-Policy").orElse(null));
    }

    @Test
    void unknownPageAnswers404WithATranslatedPage() {
        PortalPage english = PortalClient.newSession().get("no-such-page");
        PortalPage french = PortalClient.withLanguage("fr").get("no-such-page");

        assertEquals(404, english.status());
        assertEquals(404, french.status());
        assertEquals(Texts.portal(Locale.ENGLISH, "error.notFound.title"), english.document().selectFirst("h1").text());
        assertEquals(Texts.portal(Locale.FRENCH, "error.notFound.title"), french.document().selectFirst("h1").text());
        assertTrue(english.windows().isEmpty());
        assertFalse(english.body().contains("Exception"), "stack trace on an error page");
    }

    @Test
    void malformedPortalUrlAnswers400() {
        PortalPage page = PortalClient.newSession().get("home?p_l=zzz&p_t=x");

        assertEquals(400, page.status(), page::excerpt);
        assertEquals(Texts.portal(Locale.ENGLISH, "error.badRequest.title"), page.document().selectFirst("h1").text());
        assertTrue(page.windows().isEmpty());
    }

    /** Style elements carrying the park clock's header-phase stylesheet. */
    private static long clockStylesIn(Element scope) {
        return scope.select("style").stream().filter(s -> s.data().contains(".park-clock{")).count();
    }
}
