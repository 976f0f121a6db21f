package io.interdict.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.workflow.infrastructure.camunda.AnnualReportProcess;
import io.interdict.workflow.infrastructure.camunda.CaseProcess;
import io.interdict.workflow.infrastructure.camunda.ReportProcess;
import io.interdict.workflow.infrastructure.diagram.BpmnDiagramRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The process and decision models are part of the design and must open readably in Camunda Modeler: every element
 * named, every element placed (BPMNDI / DMNDI), every flow starting and ending at its shapes. Also renders the
 * process for the documentation - into {@code target/diagrams}, or into the directory named by the system property
 * {@code interdict.diagram.dir} (the docs use {@code docs/images}).
 */
class ProcessDiagramTest {

    private static final double TOLERANCE = 1.0;

    /** The process models the server deploys, each drawn into the picture of this name. */
    static Stream<Arguments> processes() {
        return Stream.of(Arguments.of(CaseProcess.BPMN_RESOURCE, "screening-case-process.png", 10),
                Arguments.of(ReportProcess.BPMN_RESOURCE, "ofac-report-process.png", 10),
                Arguments.of(AnnualReportProcess.BPMN_RESOURCE, "annual-blocked-property-report-process.png", 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void everyTaskGatewayEventAndFlowIsNamedAndPlaced(String resource, String picture, int nodes) {
        BpmnModelInstance model = read(resource);
        List<String> problems = new ArrayList<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (!(element instanceof FlowNode) && !(element instanceof SequenceFlow)) {
                continue;
            }
            if (element.getName() == null || element.getName().isBlank()) {
                problems.add(element.getId() + " has no name");
            }
            boolean placed = element instanceof FlowNode
                    ? model.getModelElementsByType(BpmnShape.class).stream()
                            .anyMatch(shape -> shape.getBpmnElement() == element)
                    : model.getModelElementsByType(BpmnEdge.class).stream()
                            .anyMatch(edge -> edge.getBpmnElement() == element);
            if (!placed) {
                problems.add(element.getId() + " has no BPMNDI shape or edge");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(model.getModelElementsByType(FlowNode.class)).hasSizeGreaterThanOrEqualTo(nodes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void everyFlowIsDrawnFromItsSourceToItsTarget(String resource, String picture, int nodes) {
        BpmnModelInstance model = read(resource);
        List<String> problems = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            if (!onBorderOf(shapeOf(model, flow.getSource()), points.get(0))) {
                problems.add(flow.getId() + " does not start at " + flow.getSource().getId());
            }
            if (!onBorderOf(shapeOf(model, flow.getTarget()), points.get(points.size() - 1))) {
                problems.add(flow.getId() + " does not end at " + flow.getTarget().getId());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void decisionTableIsPlacedInItsRequirementsDiagram() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document dmn;
        try (InputStream in = resource(CaseProcess.DMN_RESOURCE)) {
            dmn = factory.newDocumentBuilder().parse(in);
        }
        NodeList shapes = dmn.getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNShape");
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < shapes.getLength(); i++) {
            placed.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
        }
        assertThat(placed).contains(CaseProcess.PRIORITY_DECISION);
    }

    /**
     * The picture in the documentation is drawn from the model as it is: every node's outline is inked where the
     * model places it, and nothing is drawn outside the diagram's shapes, edges and labels. (Regenerate the picture
     * for docs/ with -Dinterdict.diagram.dir, see casework-process.md.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void rendersEveryNodeWhereTheModelPlacesIt(String resource, String picture, int nodes) throws IOException {
        BpmnModelInstance model = read(resource);
        Path png = Path.of(System.getProperty("interdict.diagram.dir", "target/diagrams")).resolve(picture);
        BpmnDiagramRenderer renderer = new BpmnDiagramRenderer(model);
        renderer.writePng(png);
        BufferedImage image = ImageIO.read(png.toFile());

        List<String> undrawn = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            Bounds b = shape.getBounds();
            // the outline crosses the horizontal middle line of the box near its left edge
            java.awt.Point from = renderer.toImage(b.getX() - 2, b.getY() + b.getHeight() / 2);
            java.awt.Point to = renderer.toImage(b.getX() + Math.min(8, b.getWidth() / 2), b.getY() + b.getHeight() / 2);
            if (!inkedBetween(image, from, to)) {
                undrawn.add(shape.getBpmnElement().getId());
            }
        }
        assertThat(undrawn).as("nodes whose outline is missing from the picture").isEmpty();
        java.awt.Point blank = renderer.toImage(-10_000, -10_000);
        assertThat(blank.x < 0 || blank.y < 0).as("nothing is drawn outside the diagram's extent").isTrue();
    }

    /** The case review's picture: the step the case is at is ringed in orange, and only that step. */
    @Test
    void theCurrentStepIsRingedAndNoOtherIs() throws IOException {
        BpmnModelInstance model = read(CaseProcess.BPMN_RESOURCE);
        BpmnDiagramRenderer renderer = new BpmnDiagramRenderer(model);
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(
                renderer.png(java.util.Set.of(CaseProcess.Tasks.TRIAGE))));

        List<String> ringed = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            Bounds b = shape.getBounds();
            // the ring runs 5 units outside the box: look on the middle of its left side
            java.awt.Point ring = renderer.toImage(b.getX() - 5, b.getY() + b.getHeight() / 2);
            int rgb = image.getRGB(Math.max(0, ring.x), ring.y) & 0xffffff;
            if (((rgb >> 16) & 0xff) > 0xc0 && ((rgb >> 8) & 0xff) < 0x90 && (rgb & 0xff) < 0x40) {
                ringed.add(shape.getBpmnElement().getId());
            }
        }
        assertThat(ringed).containsExactly(CaseProcess.Tasks.TRIAGE);
    }

    private static boolean inkedBetween(BufferedImage image, java.awt.Point from, java.awt.Point to) {
        for (int x = Math.max(0, from.x); x <= Math.min(image.getWidth() - 1, to.x); x++) {
            if ((image.getRGB(x, from.y) & 0xffffff) != 0xffffff) {
                return true;
            }
        }
        return false;
    }

    private static BpmnShape shapeOf(BpmnModelInstance model, FlowNode node) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() == node).findFirst()
                .orElseThrow(() -> new AssertionError(node.getId() + " has no shape"));
    }

    /** On the bounding box of the shape (circles and diamonds touch their box where flows meet them here). */
    private static boolean onBorderOf(BpmnShape shape, Waypoint point) {
        Bounds b = shape.getBounds();
        double x = point.getX();
        double y = point.getY();
        boolean withinX = x >= b.getX() - TOLERANCE && x <= b.getX() + b.getWidth() + TOLERANCE;
        boolean withinY = y >= b.getY() - TOLERANCE && y <= b.getY() + b.getHeight() + TOLERANCE;
        boolean onVertical = Math.abs(x - b.getX()) <= TOLERANCE || Math.abs(x - b.getX() - b.getWidth()) <= TOLERANCE;
        boolean onHorizontal = Math.abs(y - b.getY()) <= TOLERANCE
                || Math.abs(y - b.getY() - b.getHeight()) <= TOLERANCE;
        return withinX && withinY && (onVertical || onHorizontal);
    }

    private static BpmnModelInstance read(String bpmn) {
        try (InputStream in = resource(bpmn)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ProcessDiagramTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("not on the class path: " + name);
        }
        return in;
    }
}
