package org.parkportal.workflow.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.parkportal.workflow.domain.ProcessDiagram;
import org.parkportal.workflow.domain.ProcessDiagram.Kind;

/** Reads a diagram from a model's BPMN DI; a model without DI gives an empty diagram. */
public final class DiagramReader {

    private DiagramReader() {
    }

    public static ProcessDiagram read(String processKey, BpmnModelInstance model, Set<String> activeActivities) {
        List<ProcessDiagram.Shape> shapes = new ArrayList<>();
        double width = 0;
        double height = 0;
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            Bounds b = shape.getBounds();
            if (b == null || !(shape.getBpmnElement() instanceof FlowElement element)) {
                continue;
            }
            shapes.add(new ProcessDiagram.Shape(element.getId(), kind(element), element.getName(), b.getX(), b.getY(),
                    b.getWidth(), b.getHeight(), activeActivities.contains(element.getId())));
            width = Math.max(width, b.getX() + b.getWidth());
            height = Math.max(height, b.getY() + b.getHeight());
        }
        List<ProcessDiagram.Edge> edges = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            List<Double> points = new ArrayList<>();
            for (Waypoint w : edge.getWaypoints()) {
                points.add(w.getX());
                points.add(w.getY());
                width = Math.max(width, w.getX());
                height = Math.max(height, w.getY());
            }
            String name = edge.getBpmnElement() instanceof FlowElement f ? f.getName() : null;
            String id = edge.getBpmnElement() == null ? edge.getId() : edge.getBpmnElement().getId();
            edges.add(new ProcessDiagram.Edge(id, name, points));
        }
        return new ProcessDiagram(processKey, width + 20, height + 30, shapes, edges);
    }

    private static Kind kind(FlowElement element) {
        if (element instanceof Task) {
            return Kind.TASK;
        }
        if (element instanceof BoundaryEvent) {
            return Kind.BOUNDARY_EVENT;
        }
        if (element instanceof EndEvent) {
            return Kind.END_EVENT;
        }
        if (element instanceof Event) {
            return Kind.EVENT;
        }
        return element instanceof Gateway ? Kind.GATEWAY : Kind.OTHER;
    }
}
