package io.interdict.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.workflow.domain.CaseProcess;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The process and decision models are part of the design and must open readably in Camunda Modeler: every element
 * named, every element placed (BPMNDI / DMNDI), every flow starting and ending at its shapes. Also renders the
 * process for the documentation - into {@code target/diagrams}, or into the directory named by the system property
 * {@code interdict.diagram.dir} (the docs use {@code docs/images}).
 */
class ScreeningCaseDiagramTest {

    private static final double TOLERANCE = 1.0;

    private final BpmnModelInstance model = read();

    @Test
    void everyTaskGatewayEventAndFlowIsNamedAndPlaced() {
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
        assertThat(model.getModelElementsByType(FlowNode.class)).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void everyFlowIsDrawnFromItsSourceToItsTarget() {
        List<String> problems = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            if (!onBorderOf(shapeOf(flow.getSource()), points.get(0))) {
                problems.add(flow.getId() + " does not start at " + flow.getSource().getId());
            }
            if (!onBorderOf(shapeOf(flow.getTarget()), points.get(points.size() - 1))) {
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

    @Test
    void rendersTheProcessForTheDocumentation() throws IOException {
        Path directory = Path.of(System.getProperty("interdict.diagram.dir", "target/diagrams"));
        Path png = directory.resolve("screening-case-process.png");

        new BpmnDiagramRenderer(model).writePng(png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(1500);
        assertThat(image.getHeight()).isGreaterThan(400);
        assertThat(inkedShare(image)).as("share of non-white pixels").isBetween(0.03, 0.6);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    private BpmnShape shapeOf(FlowNode node) {
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

    private static double inkedShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }

    private static BpmnModelInstance read() {
        try (InputStream in = resource(CaseProcess.BPMN_RESOURCE)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ScreeningCaseDiagramTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("not on the class path: " + name);
        }
        return in;
    }
}
