package io.interdict.ui.interfaces.web.dashboard;

import io.interdict.casework.domain.model.cases.CaseFigures;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The dashboard's charts, drawn with JFreeChart as PNG images on the server: the browser receives pictures, not a
 * chart library. Each chart is built from the figures the database counted.
 */
public final class CaseCharts {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 320;

    private static final Color[] AGES = {new Color(0x9c, 0xcc, 0x65), new Color(0xff, 0xca, 0x28),
        new Color(0xff, 0x8f, 0x00), new Color(0xd8, 0x43, 0x15)};

    private CaseCharts() {
    }

    /** Open cases per queue, stacked by how long they have been open. */
    public static byte[] openByQueue(CaseFigures figures) {
        var data = new DefaultCategoryDataset();
        for (CaseFigures.QueueAges queue : figures.openByQueue()) {
            data.addValue(queue.underOneDay(), "under 1 day", queue.queue());
            data.addValue(queue.oneToThreeDays(), "1-3 days", queue.queue());
            data.addValue(queue.threeToSevenDays(), "3-7 days", queue.queue());
            data.addValue(queue.overSevenDays(), "over 7 days", queue.queue());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Open cases by queue and age", "queue", "cases", data,
                PlotOrientation.VERTICAL, true, false, false);
        BarRenderer renderer = styled(chart);
        for (int series = 0; series < AGES.length; series++) {
            renderer.setSeriesPaint(series, AGES[series]);
        }
        return png(chart);
    }

    /** The share of decided cases closed as false positives, per list of their alerts. */
    public static byte[] falsePositiveRateByList(CaseFigures figures) {
        var data = new DefaultCategoryDataset();
        figures.outcomesByList().forEach(list -> data.addValue(100 * list.falsePositiveRate(), "false positives",
                list.list() + " (" + list.decided() + ")"));
        JFreeChart chart = ChartFactory.createBarChart("False-positive rate by list (decided cases)", "list",
                "% of decided cases", data, PlotOrientation.VERTICAL, false, false, false);
        styled(chart).setSeriesPaint(0, new Color(0x42, 0x7a, 0xc9));
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 100);
        return png(chart);
    }

    /** Alerts raised per day over the period. */
    public static byte[] hitsPerDay(CaseFigures figures) {
        var data = new DefaultCategoryDataset();
        figures.hitsPerDay().forEach(day -> data.addValue(day.count(), "hits", day.day().toString().substring(5)));
        JFreeChart chart = ChartFactory.createBarChart("Hits per day (UTC)", "day", "alerts", data,
                PlotOrientation.VERTICAL, false, false, false);
        styled(chart).setSeriesPaint(0, new Color(0x5e, 0x35, 0xb1));
        return png(chart);
    }

    private static BarRenderer styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xf7, 0xf8, 0xfa));
        plot.setRangeGridlinePaint(new Color(0xd0, 0xd4, 0xda));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        return renderer;
    }

    private static byte[] png(JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        try {
            return ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart", e);
        }
    }
}
