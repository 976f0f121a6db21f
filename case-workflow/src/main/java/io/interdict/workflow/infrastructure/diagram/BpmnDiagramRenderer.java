package io.interdict.workflow.infrastructure.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a BPMN diagram from its diagram interchange (the BPMNDI shapes and waypoints Camunda Modeler reads), for
 * the documentation and for the case review (the deployed model, its current steps marked): no browser or modeler
 * is needed. It knows only the element types the
 * casework processes use - tasks (user, service, business rule), start/end/timer boundary events, exclusive
 * gateways, sequence flows - and draws anything else as a plain box, so a new element type shows up rather than
 * vanishing.
 *
 * <p>Run {@code main(bpmnResource, pngFile)} with the test class path, or see {@code ScreeningCaseDiagramTest}.
 */
public final class BpmnDiagramRenderer {

    private static final double SCALE = 1.5;
    private static final int MARGIN = 24;
    private static final Color INK = new Color(0x22, 0x24, 0x2a);
    private static final Color FLOW = new Color(0x44, 0x4a, 0x55);
    private static final Color USER_TASK = new Color(0xe3, 0xf2, 0xfd);
    private static final Color SERVICE_TASK = new Color(0xf1, 0xf8, 0xe9);
    private static final Color RULE_TASK = new Color(0xff, 0xf3, 0xe0);
    private static final Color END_EVENT = new Color(0xfd, 0xec, 0xea);
    private static final Color START_EVENT = new Color(0xe8, 0xf5, 0xe9);
    private static final Color MARK = new Color(0xe8, 0x6a, 0x00);

    private final BpmnModelInstance model;
    private Graphics2D g;
    private double originX;
    private double originY;

    public BpmnDiagramRenderer(BpmnModelInstance model) {
        this.model = model;
    }

    public static BpmnDiagramRenderer of(InputStream bpmn) {
        return new BpmnDiagramRenderer(Bpmn.readModelFromStream(bpmn));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BpmnDiagramRenderer <bpmn class-path resource> <png file>");
        }
        try (InputStream bpmn = BpmnDiagramRenderer.class.getClassLoader().getResourceAsStream(args[0])) {
            if (bpmn == null) {
                throw new IllegalArgumentException("no such resource on the class path: " + args[0]);
            }
            of(bpmn).writePng(Path.of(args[1]));
        }
    }

    /** Where a point of the model's diagram lands in the image {@link #render()} made last. */
    public java.awt.Point toImage(double x, double y) {
        return new java.awt.Point((int) Math.round((x - originX) * SCALE), (int) Math.round((y - originY) * SCALE));
    }

    public void writePng(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(render(), "png", file.toFile());
    }

    public BufferedImage render() {
        return render(Set.of());
    }

    /** The diagram as a PNG, the elements with these ids (a case's current steps) ringed. */
    public byte[] png(Set<String> marked) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(render(marked), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the diagram as PNG", e);
        }
    }

    /** The diagram with the elements of these ids ringed in orange, so the current step stands out. */
    public BufferedImage render(Set<String> marked) {
        Rectangle2D extent = extent();
        originX = extent.getMinX() - MARGIN;
        originY = extent.getMinY() - MARGIN;
        int width = (int) Math.ceil((extent.getWidth() + 2 * MARGIN) * SCALE);
        int height = (int) Math.ceil((extent.getHeight() + 2 * MARGIN) * SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.transform(AffineTransform.getScaleInstance(SCALE, SCALE));
            g.translate(-originX, -originY);
            model.getModelElementsByType(BpmnEdge.class).forEach(this::drawEdge);
            // boundary events last, on top of the task they are attached to
            List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
            shapes.sort((a, b) -> Boolean.compare(a.getBpmnElement() instanceof BoundaryEvent,
                    b.getBpmnElement() instanceof BoundaryEvent));
            shapes.forEach(this::drawShape);
            shapes.stream().filter(shape -> shape.getBpmnElement() != null
                    && marked.contains(shape.getBpmnElement().getId())).forEach(this::drawMark);
        } finally {
            g.dispose();
        }
        return image;
    }

    private Rectangle2D extent() {
        Rectangle2D.Double extent = null;
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            extent = union(extent, rectangle(shape.getBounds()));
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                extent = union(extent, rectangle(shape.getBpmnLabel().getBounds()));
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            for (Waypoint point : edge.getWaypoints()) {
                extent = union(extent, new Rectangle2D.Double(point.getX(), point.getY(), 0, 0));
            }
            if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                extent = union(extent, rectangle(edge.getBpmnLabel().getBounds()));
            }
        }
        if (extent == null) {
            throw new IllegalArgumentException("the model has no diagram interchange (BPMNDI) to draw");
        }
        return extent;
    }

    private static Rectangle2D.Double union(Rectangle2D.Double extent, Rectangle2D.Double more) {
        if (extent == null) {
            return more;
        }
        Rectangle2D.union(extent, more, extent);
        return extent;
    }

    private static Rectangle2D.Double rectangle(Bounds bounds) {
        return new Rectangle2D.Double(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    private void drawShape(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        Rectangle2D.Double box = rectangle(shape.getBounds());
        String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
        if (element instanceof Task task) {
            drawTask(task, box, name);
        } else if (element instanceof BoundaryEvent boundary) {
            drawBoundaryEvent(boundary, box);
            drawLabel(shape, name);
        } else if (element instanceof StartEvent) {
            drawCircle(box, START_EVENT, 1.5f);
            drawLabel(shape, name);
        } else if (element instanceof EndEvent) {
            drawCircle(box, END_EVENT, 4f);
            drawLabel(shape, name);
        } else if (element instanceof ExclusiveGateway) {
            drawExclusiveGateway(box);
            drawLabel(shape, name);
        } else {
            g.setColor(INK);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(box);
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                drawLabel(shape, name); // an expanded sub-process: its name where the model puts it, not over its tasks
            } else {
                drawWrapped(name, box, 11f, true);
            }
        }
    }

    private void drawMark(BpmnShape shape) {
        Rectangle2D.Double box = rectangle(shape.getBounds());
        g.setColor(MARK);
        g.setStroke(new BasicStroke(4f));
        g.draw(new RoundRectangle2D.Double(box.x - 5, box.y - 5, box.width + 10, box.height + 10, 18, 18));
    }

    private void drawTask(Task task, Rectangle2D.Double box, String name) {
        Color fill = task instanceof UserTask ? USER_TASK
                : task instanceof ServiceTask ? SERVICE_TASK
                : task instanceof BusinessRuleTask ? RULE_TASK : Color.WHITE;
        RoundRectangle2D body = new RoundRectangle2D.Double(box.x, box.y, box.width, box.height, 14, 14);
        g.setColor(fill);
        g.fill(body);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(body);
        double iconX = box.x + 6;
        double iconY = box.y + 5;
        if (task instanceof UserTask) {
            drawPerson(iconX, iconY);
        } else if (task instanceof ServiceTask) {
            drawGear(iconX + 7, iconY + 7);
        } else if (task instanceof BusinessRuleTask) {
            drawTable(iconX, iconY);
        }
        drawWrapped(name, new Rectangle2D.Double(box.x + 4, box.y + 14, box.width - 8, box.height - 16), 11f, true);
    }

    private void drawPerson(double x, double y) {
        g.setStroke(new BasicStroke(1.1f));
        g.draw(new Ellipse2D.Double(x + 4, y, 7, 7));
        Path2D body = new Path2D.Double();
        body.moveTo(x, y + 15);
        body.curveTo(x, y + 7, x + 15, y + 7, x + 15, y + 15);
        body.closePath();
        g.draw(body);
    }

    private void drawGear(double cx, double cy) {
        g.setStroke(new BasicStroke(1.1f));
        for (int tooth = 0; tooth < 8; tooth++) {
            double angle = tooth * Math.PI / 4;
            g.draw(new Line2D.Double(cx + 4.5 * Math.cos(angle), cy + 4.5 * Math.sin(angle),
                    cx + 7.5 * Math.cos(angle), cy + 7.5 * Math.sin(angle)));
        }
        g.draw(new Ellipse2D.Double(cx - 5, cy - 5, 10, 10));
        g.draw(new Ellipse2D.Double(cx - 2, cy - 2, 4, 4));
    }

    private void drawTable(double x, double y) {
        g.setStroke(new BasicStroke(1.1f));
        g.draw(new Rectangle2D.Double(x, y, 16, 12));
        g.fill(new Rectangle2D.Double(x, y, 16, 3));
        g.draw(new Line2D.Double(x, y + 7.5, x + 16, y + 7.5));
        g.draw(new Line2D.Double(x + 5, y + 3, x + 5, y + 12));
    }

    private void drawCircle(Rectangle2D.Double box, Color fill, float width) {
        Ellipse2D circle = new Ellipse2D.Double(box.x, box.y, box.width, box.height);
        g.setColor(fill);
        g.fill(circle);
        g.setColor(INK);
        g.setStroke(new BasicStroke(width));
        g.draw(circle);
    }

    private void drawBoundaryEvent(BoundaryEvent event, Rectangle2D.Double box) {
        Stroke stroke = event.cancelActivity()
                ? new BasicStroke(1.5f)
                : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
        Ellipse2D outer = new Ellipse2D.Double(box.x, box.y, box.width, box.height);
        Ellipse2D inner = new Ellipse2D.Double(box.x + 3, box.y + 3, box.width - 6, box.height - 6);
        g.setColor(Color.WHITE);
        g.fill(outer);
        g.setColor(INK);
        g.setStroke(stroke);
        g.draw(outer);
        g.draw(inner);
        boolean timer = event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
        if (timer) {
            double cx = box.getCenterX();
            double cy = box.getCenterY();
            g.setStroke(new BasicStroke(1.3f));
            g.draw(new Ellipse2D.Double(cx - 10, cy - 10, 20, 20));
            for (int hour = 0; hour < 12; hour++) {
                double angle = hour * Math.PI / 6;
                g.draw(new Line2D.Double(cx + 8 * Math.cos(angle), cy + 8 * Math.sin(angle),
                        cx + 10 * Math.cos(angle), cy + 10 * Math.sin(angle)));
            }
            g.draw(new Line2D.Double(cx, cy, cx + 5, cy - 3));
            g.draw(new Line2D.Double(cx, cy, cx, cy - 7));
        }
    }

    private void drawExclusiveGateway(Rectangle2D.Double box) {
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(box.getCenterX(), box.y);
        diamond.lineTo(box.getMaxX(), box.getCenterY());
        diamond.lineTo(box.getCenterX(), box.getMaxY());
        diamond.lineTo(box.x, box.getCenterY());
        diamond.closePath();
        g.setColor(new Color(0xff, 0xfd, 0xe7));
        g.fill(diamond);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(diamond);
        double arm = box.width * 0.16;
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(box.getCenterX() - arm, box.getCenterY() - arm,
                box.getCenterX() + arm, box.getCenterY() + arm));
        g.draw(new Line2D.Double(box.getCenterX() + arm, box.getCenterY() - arm,
                box.getCenterX() - arm, box.getCenterY() + arm));
    }

    private void drawEdge(BpmnEdge edge) {
        List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
        if (points.size() < 2) {
            return;
        }
        Path2D line = new Path2D.Double();
        line.moveTo(points.get(0).getX(), points.get(0).getY());
        points.stream().skip(1).forEach(point -> line.lineTo(point.getX(), point.getY()));
        g.setColor(FLOW);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(line);
        Waypoint from = points.get(points.size() - 2);
        Waypoint to = points.get(points.size() - 1);
        double angle = Math.atan2(to.getY() - from.getY(), to.getX() - from.getX());
        Path2D head = new Path2D.Double();
        head.moveTo(to.getX(), to.getY());
        head.lineTo(to.getX() - 10 * Math.cos(angle - 0.4), to.getY() - 10 * Math.sin(angle - 0.4));
        head.lineTo(to.getX() - 10 * Math.cos(angle + 0.4), to.getY() - 10 * Math.sin(angle + 0.4));
        head.closePath();
        g.fill(head);
        if (edge.getBpmnElement() instanceof FlowElement flow && edge.getBpmnLabel() != null
                && edge.getBpmnLabel().getBounds() != null) {
            Rectangle2D.Double box = rectangle(edge.getBpmnLabel().getBounds());
            drawWrapped(flow.getName(), box, 10f, false);
        }
    }

    private void drawLabel(BpmnShape shape, String name) {
        if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
            drawWrapped(name, rectangle(shape.getBpmnLabel().getBounds()), 10.5f, false);
        }
    }

    /**
     * Word-wrapped text, centred horizontally in the box; centred vertically too for tasks, from the top for
     * labels (whose boxes are sized by the modeler for one or two lines and may overflow downwards).
     */
    private void drawWrapped(String text, Rectangle2D.Double box, float size, boolean centreVertically) {
        if (text == null || text.isBlank()) {
            return;
        }
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 1).deriveFont(size));
        FontMetrics metrics = g.getFontMetrics();
        double wrapWidth = Math.max(box.width, 60);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > wrapWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        double lineHeight = metrics.getHeight();
        double top = centreVertically ? box.getCenterY() - lines.size() * lineHeight / 2 : box.y;
        for (int i = 0; i < lines.size(); i++) {
            String text1 = lines.get(i);
            double x = box.getCenterX() - metrics.stringWidth(text1) / 2.0;
            double lineTop = top + i * lineHeight;
            if (!centreVertically) {
                // labels sit on or next to flows: a white backdrop keeps them legible where a line crosses
                g.setColor(Color.WHITE);
                g.fill(new Rectangle2D.Double(x - 2, lineTop, metrics.stringWidth(text1) + 4, lineHeight));
            }
            g.setColor(INK);
            g.drawString(text1, (float) x, (float) (lineTop + metrics.getAscent()));
        }
    }
}
