package io.headcount.insights.funnel.web;

import io.headcount.insights.funnel.model.FunnelReport;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.geom.Rectangle2D;

/**
 * A requisition's funnel and time in stage as one SVG, drawn with JFreeChart: on top, candidacies that reached each
 * stage and are in it now; below, median and 90th-percentile hours spent in each stage.
 */
final class FunnelCharts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 360;
    private static final Color REACHED = new Color(0x3b, 0x6e, 0xa8);
    private static final Color NOW = new Color(0xf2, 0x8e, 0x2b);

    private FunnelCharts() {
    }

    static String svg(String title, FunnelReport report) {
        DefaultCategoryDataset funnel = new DefaultCategoryDataset();
        DefaultCategoryDataset times = new DefaultCategoryDataset();
        for (FunnelReport.Step step : report.steps()) {
            String label = step.name() + (step.reached() == 0 ? "" : " (" + Math.round(step.passThrough().value()
                    * 100) + "% pass)");
            funnel.addValue(step.reached(), "reached", label);
            funnel.addValue(step.inStage(), "in stage now", label);
            times.addValue(orZero(step.timeInStage().medianHours()), "median hours", step.name());
            times.addValue(orZero(step.timeInStage().p90Hours()), "p90 hours", step.name());
        }
        funnel.addValue(report.hired(), "reached", "hired");
        funnel.addValue(0, "in stage now", "hired");
        JFreeChart funnelChart = ChartFactory.createBarChart("Funnel — " + title, null, "candidacies", funnel,
                PlotOrientation.HORIZONTAL, true, false, false);
        JFreeChart timeChart = ChartFactory.createBarChart("Time in stage", null, "hours", times,
                PlotOrientation.VERTICAL, true, false, false);
        style(funnelChart);
        style(timeChart);
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT * 2);
        funnelChart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        timeChart.draw(graphics, new Rectangle2D.Double(0, HEIGHT, WIDTH, HEIGHT));
        return graphics.getSVGDocument();
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd5, 0xda, 0xe1));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, REACHED);
        renderer.setSeriesPaint(1, NOW);
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
