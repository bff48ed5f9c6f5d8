package org.parkportal.portlets.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Ties portlet.xml to the code and bundles where a mismatch would only show on a running portal. */
class PortletDescriptorTest {

    private static final String NS = "http://xmlns.jcp.org/xml/ns/portlet";
    private static Document portletXml;

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        portletXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/portlet.xml").toFile());
    }

    @Test
    void declaresThePortletsByTheirAgreedNames() {
        assertEquals(List.of("welcome", "visitor-registration", "city-picker", "city-weather", "park-clock",
                        "lobby-counter"),
                texts(portletXml.getDocumentElement(), "portlet-name"));
    }

    @Test
    void theShippedGreetingIsTheEnglishDefaultSoItCanBeShownTranslated() throws IOException {
        Element greeting = (Element) portletXml.getElementsByTagNameNS(NS, "preference").item(0);
        assertEquals("greeting", texts(greeting, "name").get(0));
        Properties english = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/org/parkportal/portlets/samples/welcome/WelcomeMessages.properties"),
                StandardCharsets.UTF_8)) {
            english.load(reader);
        }
        assertEquals(english.getProperty("greeting.default"), texts(greeting, "value").get(0));
    }

    @Test
    void cityIsAPublicRenderParameterWithIdentifierAndQname() {
        Element prp = (Element) portletXml.getElementsByTagNameNS(NS, "public-render-parameter").item(0);
        assertEquals(List.of("city"), texts(prp, "identifier"));
        assertEquals(List.of("params:city"), texts(prp, "qname"));
        assertEquals("http://parkportal.org/params", prp.lookupNamespaceURI("params"));
    }

    @Test
    void visitorArrivedCarriesAString() {
        Element event = (Element) portletXml.getElementsByTagNameNS(NS, "event-definition").item(0);
        assertEquals(List.of("events:visitorArrived"), texts(event, "qname"));
        assertEquals("http://parkportal.org/events", event.lookupNamespaceURI("events"));
        assertEquals(List.of("java.lang.String"), texts(event, "value-type"));
    }

    private static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS(NS, tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
