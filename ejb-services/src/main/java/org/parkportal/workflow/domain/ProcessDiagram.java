package org.parkportal.workflow.domain;

import java.util.List;

/**
 * A process model's diagram as the model's own layout (BPMN DI) draws it, with the steps where the process now
 * stands. Read-only: the portal draws it as SVG.
 */
public record ProcessDiagram(String processKey, double width, double height, List<Shape> shapes, List<Edge> edges) {

    public ProcessDiagram {
        shapes = List.copyOf(shapes);
        edges = List.copyOf(edges);
    }

    /** What kind of symbol a shape is drawn as. */
    public enum Kind { TASK, EVENT, END_EVENT, BOUNDARY_EVENT, GATEWAY, OTHER }

    /** A step of the model; active when the process currently waits there. */
    public record Shape(String id, Kind kind, String name, double x, double y, double width, double height,
                        boolean active) {
    }

    /** A sequence flow as a polyline of points (x0, y0, x1, y1, ...). */
    public record Edge(String id, String name, List<Double> points) {
        public Edge {
            points = List.copyOf(points);
        }
    }
}
