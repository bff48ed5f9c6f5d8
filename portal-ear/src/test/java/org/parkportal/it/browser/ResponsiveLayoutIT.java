package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalUrls;

/**
 * The default theme on a phone and on a desktop: at 360 px the columns stack and nothing scrolls sideways (home
 * page and maximized windows); at 1280 px the home page's three columns sit side by side. Screenshots of every
 * checked page go to target/screenshots/ for people to look at; they are not compared.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponsiveLayoutIT {

    private static final Dimension PHONE = new Dimension(360, 800);
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    /** Rounding of fractional layout positions. */
    private static final double TOLERANCE_PX = 3;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void at360PixelsWindowsStackAndNothingScrollsSideways() {
        try (Browser browser = Browser.open(DESKTOP)) {
            browser.resize(PHONE);
            browser.get(PortalUrls.portal());
            assertEquals(360.0, browser.number("return window.innerWidth"), "window.innerWidth at 360x800");
            browser.screenshot("home-360");

            assertNoHorizontalScrolling(browser, "home page");
            Map<String, Double> lefts = windowLefts(browser);
            assertTrue(lefts.size() >= 6, () -> "windows: " + lefts);
            double min = Collections.min(lefts.values());
            double max = Collections.max(lefts.values());
            assertTrue(max - min <= TOLERANCE_PX, () -> "at 360 px all windows are stacked in one column "
                    + "(same left x); window left positions: " + lefts);
            assertStackedTopToBottom(browser);

            // Every window maximized on its own page: still no horizontal scrolling.
            List<String> failures = new ArrayList<>();
            for (String id : List.copyOf(lefts.keySet())) {
                browser.get(PortalUrls.portal());
                browser.clickAndWaitForPage(browser.control(id, "state-maximized"));
                assertEquals(List.of(id), browser.windowIds(), "maximized page of " + id);
                browser.screenshot("maximized-" + id + "-360");
                String problem = horizontalScrolling(browser);
                if (problem != null) {
                    failures.add(id + ": " + problem);
                }
            }
            assertTrue(failures.isEmpty(), () -> "horizontal scrolling at 360 px on maximized windows: " + failures);
        }
    }

    @Test
    void at1280PixelsTheThreeColumnsSitSideBySide() {
        try (Browser browser = Browser.open(DESKTOP)) {
            browser.get(PortalUrls.portal());
            assertEquals(1280.0, browser.number("return window.innerWidth"), "window.innerWidth at 1280x900");
            browser.screenshot("home-1280");

            assertNoHorizontalScrolling(browser, "home page");
            Map<String, Double> lefts = windowLefts(browser);
            TreeSet<Long> distinct = new TreeSet<>();
            lefts.values().forEach(x -> distinct.add(Math.round(x / 10) * 10));
            assertEquals(3, distinct.size(),
                    () -> "three distinct column positions at 1280 px; window left positions: " + lefts);
            // Side by side, not wrapped: the first window of every column starts at the same height.
            @SuppressWarnings("unchecked")
            List<Number> columnTops = (List<Number>) browser.script(
                    "return Array.from(document.querySelectorAll('.pp-column'))"
                            + ".map(c => c.getBoundingClientRect().top);");
            assertEquals(3, columnTops.size(), "three columns on the home page");
            DoubleSummaryStatistics tops = new DoubleSummaryStatistics();
            columnTops.forEach(top -> tops.accept(top.doubleValue()));
            double topSpread = tops.getMax() - tops.getMin();
            assertTrue(topSpread <= TOLERANCE_PX, () -> "the three columns start at one height: " + columnTops);
        }
    }

    /** Left x of each window by id, in CSS pixels. */
    private static Map<String, Double> windowLefts(Browser browser) {
        Map<String, Double> lefts = new TreeMap<>();
        for (WebElement w : browser.windows()) {
            Number left = (Number) browser.script("return arguments[0].getBoundingClientRect().left;", w);
            lefts.put(w.getDomAttribute("data-portlet-window"), left.doubleValue());
        }
        return lefts;
    }

    /** Stacked means one below the other in document order, not overlapping. */
    private static void assertStackedTopToBottom(Browser browser) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) browser.script(
                "return Array.from(document.querySelectorAll('[data-portlet-window]')).map(w => {"
                        + " const r = w.getBoundingClientRect();"
                        + " return {id: w.dataset.portletWindow, top: r.top, bottom: r.bottom}; });");
        for (int i = 1; i < boxes.size(); i++) {
            double previousBottom = ((Number) boxes.get(i - 1).get("bottom")).doubleValue();
            double top = ((Number) boxes.get(i).get("top")).doubleValue();
            int index = i;
            assertTrue(top >= previousBottom - TOLERANCE_PX,
                    () -> boxes.get(index).get("id") + " starts below " + boxes.get(index - 1).get("id") + ": " + boxes);
        }
    }

    private static void assertNoHorizontalScrolling(Browser browser, String page) {
        String problem = horizontalScrolling(browser);
        assertTrue(problem == null, () -> page + " scrolls sideways: " + problem);
    }

    /**
     * null when the document is not wider than the viewport, else a description. The brief's check is
     * scrollWidth &lt;= innerWidth; clientWidth (the viewport without a vertical scrollbar) is the stricter one,
     * and the widest element is named to help whoever fixes the theme.
     */
    private static String horizontalScrolling(Browser browser) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.script(
                "const de = document.documentElement;"
                        + "let widest = null, right = 0;"
                        + "for (const el of document.body.querySelectorAll('*')) {"
                        + "  const r = el.getBoundingClientRect();"
                        + "  if (r.width > 0 && r.right > right) { right = r.right; widest = el; }"
                        + "}"
                        + "const cls = widest && typeof widest.className === 'string' ? widest.className.trim() : '';"
                        + "const name = widest ? widest.tagName.toLowerCase() + (widest.id ? '#' + widest.id : '')"
                        + "  + (cls ? '.' + cls.split(/\\s+/).join('.') : '') : '';"
                        + "return {scrollWidth: de.scrollWidth, clientWidth: de.clientWidth,"
                        + " innerWidth: window.innerWidth, widest: name, widestRight: right};");
        double scrollWidth = ((Number) m.get("scrollWidth")).doubleValue();
        double clientWidth = ((Number) m.get("clientWidth")).doubleValue();
        double innerWidth = ((Number) m.get("innerWidth")).doubleValue();
        if (scrollWidth <= innerWidth && scrollWidth <= clientWidth) {
            return null;
        }
        return browser.currentUrl() + " " + m;
    }
}
