package org.parkportal.portlets.tasks;

import java.util.List;
import java.util.Locale;
import org.parkportal.workflow.application.WorkflowTexts;
import org.parkportal.workflow.domain.ProcessDiagram;

/**
 * Draws a process diagram as inline SVG: tasks as rounded boxes, events as circles, gateways as diamonds, flows as
 * arrows; the steps where the process stands are outlined and filled in the accent colour. Names are escaped.
 */
final class DiagramSvg {

    private DiagramSvg() {
    }

    /** @param title the diagram's accessible title; steps and flows are named in the reader's language by texts */
    static String draw(ProcessDiagram diagram, WorkflowTexts texts, String title) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, "<svg class=\"park-tasks__diagram\" role=\"img\" viewBox=\"0 0 %.0f %.0f\""
                + " width=\"%.0f\" height=\"%.0f\" xmlns=\"http://www.w3.org/2000/svg\">", diagram.width(),
                diagram.height(), diagram.width(), diagram.height()));
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<defs><marker id=\"park-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#555\"/></marker></defs>");
        for (ProcessDiagram.Edge edge : diagram.edges()) {
            edge(svg, edge, texts.flow(diagram.processKey(), edge.id(), edge.name()));
        }
        for (ProcessDiagram.Shape shape : diagram.shapes()) {
            shape(svg, shape, texts.step(diagram.processKey(), shape.id(), shape.name()));
        }
        return svg.append("</svg>").toString();
    }

    private static void edge(StringBuilder svg, ProcessDiagram.Edge edge, String name) {
        List<Double> p = edge.points();
        if (p.size() < 4) {
            return;
        }
        svg.append("<polyline fill=\"none\" stroke=\"#555\" marker-end=\"url(#park-arrow)\" points=\"");
        for (int i = 0; i + 1 < p.size(); i += 2) {
            svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.get(i), p.get(i + 1)));
        }
        svg.append("\"/>");
        if (name != null && !name.isBlank()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#333\">",
                    p.get(0) + 4, p.get(1) - 4)).append(escape(name)).append("</text>");
        }
    }

    private static void shape(StringBuilder svg, ProcessDiagram.Shape s, String name) {
        String stroke = s.active() ? "#b35900" : "#333";
        String fill = s.active() ? "#ffe3c2" : "#fff";
        String width = s.active() ? "3" : "1.5";
        String data = " data-step=\"" + escape(s.id()) + "\"" + (s.active() ? " data-active=\"true\"" : "");
        double cx = s.x() + s.width() / 2;
        double cy = s.y() + s.height() / 2;
        switch (s.kind()) {
            case TASK -> svg.append(String.format(Locale.ROOT, "<rect%s x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                    + " rx=\"10\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>", data, s.x(), s.y(), s.width(),
                    s.height(), fill, stroke, width));
            case GATEWAY -> svg.append(String.format(Locale.ROOT, "<polygon%s points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f"
                    + " %.1f,%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>", data, cx, s.y(), s.x() + s.width(),
                    cy, cx, s.y() + s.height(), s.x(), cy, fill, stroke, width));
            default -> svg.append(String.format(Locale.ROOT, "<circle%s cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\""
                    + " stroke=\"%s\" stroke-width=\"%s\"/>", data, cx, cy, Math.min(s.width(), s.height()) / 2, fill,
                    stroke, s.kind() == ProcessDiagram.Kind.END_EVENT ? "4" : width));
        }
        if (name == null || name.isBlank()) {
            return;
        }
        if (s.kind() == ProcessDiagram.Kind.TASK) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\">",
                    cx, cy + 4)).append(escape(name)).append("</text>");
        } else {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\">",
                    cx, s.y() + s.height() + 14)).append(escape(name)).append("</text>");
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
