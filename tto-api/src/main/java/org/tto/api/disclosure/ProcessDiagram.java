package org.tto.api.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A process drawn as SVG on the server from its BPMN model's own diagram (the DI the modeller saved): each step where
 * the model places it, the steps the case has passed through shaded, the current one marked, labels in the page's
 * language. No script and no library in the browser; an SVG of a few kilobytes that a slow connection carries.
 */
final class ProcessDiagram {

    /** What a shape is, for how it is drawn. */
    enum Kind { TASK, EVENT, GATEWAY, CONTAINER }

    record Shape(String id, Kind kind, String name, double x, double y, double width, double height) {}

    record Edge(String id, String source, List<double[]> points) {}

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    private static final double MARGIN = 10;

    private final List<Shape> shapes;
    private final List<Edge> edges;
    private final double minX;
    private final double minY;
    private final double width;
    private final double height;

    private ProcessDiagram(List<Shape> shapes, List<Edge> edges) {
        this.shapes = List.copyOf(shapes);
        this.edges = List.copyOf(edges);
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = 0;
        double y1 = 0;
        for (Shape s : shapes) {
            x0 = Math.min(x0, s.x());
            y0 = Math.min(y0, s.y());
            x1 = Math.max(x1, s.x() + s.width());
            y1 = Math.max(y1, s.y() + s.height() + 30);
        }
        for (Edge e : edges) {
            for (double[] p : e.points()) {
                x0 = Math.min(x0, p[0]);
                y0 = Math.min(y0, p[1]);
                x1 = Math.max(x1, p[0]);
                y1 = Math.max(y1, p[1]);
            }
        }
        this.minX = x0 - MARGIN;
        this.minY = y0 - MARGIN;
        this.width = x1 - x0 + 2 * MARGIN;
        this.height = y1 - y0 + 2 * MARGIN;
    }

    /** Reads the model and its diagram from the class path ({@code bpmn/invention-disclosure.bpmn}). */
    static ProcessDiagram of(String resource) {
        try (InputStream in = ProcessDiagram.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document model = factory.newDocumentBuilder().parse(in);
            return of(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static ProcessDiagram of(Document model) {
        Map<String, Element> elements = new LinkedHashMap<>();
        NodeList all = model.getElementsByTagNameNS(BPMN, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id")) {
                elements.put(element.getAttribute("id"), element);
            }
        }
        List<Shape> shapes = new ArrayList<>();
        NodeList diShapes = model.getElementsByTagNameNS(BPMNDI, "BPMNShape");
        for (int i = 0; i < diShapes.getLength(); i++) {
            Element di = (Element) diShapes.item(i);
            Element element = elements.get(di.getAttribute("bpmnElement"));
            Element bounds = (Element) di.getElementsByTagNameNS(DC, "Bounds").item(0);
            if (element == null || bounds == null) {
                continue;
            }
            shapes.add(new Shape(element.getAttribute("id"), kind(element.getLocalName()), element.getAttribute("name"),
                    number(bounds, "x"), number(bounds, "y"), number(bounds, "width"), number(bounds, "height")));
        }
        // containers first, so that what they hold is drawn over them
        shapes.sort((a, b) -> Boolean.compare(a.kind() != Kind.CONTAINER, b.kind() != Kind.CONTAINER));
        List<Edge> edges = new ArrayList<>();
        NodeList diEdges = model.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
        for (int i = 0; i < diEdges.getLength(); i++) {
            Element di = (Element) diEdges.item(i);
            Element flow = elements.get(di.getAttribute("bpmnElement"));
            NodeList waypoints = di.getElementsByTagNameNS(DI, "waypoint");
            List<double[]> points = new ArrayList<>();
            for (int j = 0; j < waypoints.getLength(); j++) {
                Element point = (Element) waypoints.item(j);
                points.add(new double[] {number(point, "x"), number(point, "y")});
            }
            if (flow != null && points.size() > 1) {
                edges.add(new Edge(flow.getAttribute("id"), flow.getAttribute("sourceRef"), points));
            }
        }
        return new ProcessDiagram(shapes, edges);
    }

    private static Kind kind(String localName) {
        if (localName.endsWith("Gateway")) {
            return Kind.GATEWAY;
        }
        if (localName.endsWith("Event")) {
            return Kind.EVENT;
        }
        if (localName.equals("subProcess") || localName.equals("participant") || localName.equals("lane")) {
            return Kind.CONTAINER;
        }
        return Kind.TASK;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    List<Shape> shapes() {
        return shapes;
    }

    /**
     * The SVG: {@code passed} and {@code active} are element ids (from the case's history); {@code label} gives
     * each element's name in the page's language; {@code title} and {@code description} say it for those who do
     * not see it.
     */
    String svg(Set<String> passed, Set<String> active, Function<Shape, String> label, String title,
            String description) {
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-diagram\" role=\"img\" ")
                .append("aria-labelledby=\"diagram-title diagram-desc\" data-test=\"process-diagram\" viewBox=\"")
                .append(n(minX)).append(' ').append(n(minY)).append(' ').append(n(width)).append(' ')
                .append(n(height)).append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\">");
        svg.append("<title id=\"diagram-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"diagram-desc\">").append(escape(description)).append("</desc>");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path class=\"arrow\" ")
                .append("d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>");
        for (Shape shape : shapes) {
            if (shape.kind() == Kind.CONTAINER) {
                node(svg, shape, passed, active, label);
            }
        }
        for (Edge edge : edges) {
            svg.append("<polyline class=\"edge").append(passed.contains(edge.source()) ? " passed" : "")
                    .append("\" marker-end=\"url(#arrow)\" points=\"");
            for (double[] p : edge.points()) {
                svg.append(n(p[0])).append(',').append(n(p[1])).append(' ');
            }
            svg.setLength(svg.length() - 1);
            svg.append("\"/>");
        }
        for (Shape shape : shapes) {
            if (shape.kind() != Kind.CONTAINER) {
                node(svg, shape, passed, active, label);
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void node(StringBuilder svg, Shape s, Set<String> passed, Set<String> active,
            Function<Shape, String> label) {
        String state = active.contains(s.id()) ? " active" : passed.contains(s.id()) ? " passed" : "";
        svg.append("<g class=\"node").append(state).append("\" data-element=\"").append(escape(s.id())).append('"')
                .append(active.contains(s.id()) ? " aria-current=\"step\"" : "").append('>');
        double cx = s.x() + s.width() / 2;
        double cy = s.y() + s.height() / 2;
        switch (s.kind()) {
            case EVENT -> svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                    .append("\" r=\"").append(n(s.width() / 2)).append("\"/>");
            case GATEWAY -> svg.append("<polygon points=\"").append(n(cx)).append(',').append(n(s.y())).append(' ')
                    .append(n(s.x() + s.width())).append(',').append(n(cy)).append(' ').append(n(cx)).append(',')
                    .append(n(s.y() + s.height())).append(' ').append(n(s.x())).append(',').append(n(cy))
                    .append("\"/>");
            case TASK, CONTAINER -> svg.append("<rect x=\"").append(n(s.x())).append("\" y=\"").append(n(s.y()))
                    .append("\" width=\"").append(n(s.width())).append("\" height=\"").append(n(s.height()))
                    .append("\" rx=\"").append(s.kind() == Kind.TASK ? "10" : "4").append("\"")
                    .append(s.kind() == Kind.CONTAINER ? " stroke-dasharray=\"6 4\"" : "").append("/>");
        }
        String text = label.apply(s);
        if (text != null && !text.isBlank()) {
            boolean inside = s.kind() == Kind.TASK;
            List<String> lines = wrap(text, inside ? Math.max(8, (int) (s.width() / 6.5)) : 18);
            double lineHeight = 13;
            double top = inside ? cy - (lines.size() - 1) * lineHeight / 2 + 4
                    : s.kind() == Kind.CONTAINER ? s.y() + 16 : s.y() + s.height() + 14;
            double x = s.kind() == Kind.CONTAINER ? s.x() + 10 : cx;
            svg.append("<text text-anchor=\"").append(s.kind() == Kind.CONTAINER ? "start" : "middle")
                    .append("\">");
            for (int i = 0; i < lines.size(); i++) {
                svg.append("<tspan x=\"").append(n(x)).append("\" y=\"").append(n(top + i * lineHeight))
                        .append("\">").append(escape(lines.get(i))).append("</tspan>");
            }
            svg.append("</text>");
        }
        svg.append("</g>");
    }

    /** Lines of at most about {@code width} characters: at spaces, or anywhere in a script without them. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.size() > 4 ? List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(3) + "…") : lines;
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
