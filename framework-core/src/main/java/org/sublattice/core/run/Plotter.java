package org.sublattice.core.run;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.PlotSpec;
import org.sublattice.api.run.ResultTable;
import org.sublattice.core.pipeline.PipelineDocument.PlotFormat;

/** Renders {@link PlotSpec}s with JFreeChart as PNG and/or SVG. */
public final class Plotter {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 550;

    private Plotter() {
    }

    /** Writes the plot in each format; returns the file names written. */
    public static List<String> write(PlotSpec spec, ResultTable table, Path dir, List<PlotFormat> formats) throws IOException {
        JFreeChart chart = chart(spec, table);
        List<String> files = new java.util.ArrayList<>();
        for (PlotFormat f : formats) {
            if (f == PlotFormat.PNG) {
                String name = spec.name() + ".png";
                AtomicFiles.write(dir.resolve(name), out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
                files.add(name);
            } else {
                String name = spec.name() + ".svg";
                SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
                chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
                AtomicFiles.writeString(dir.resolve(name), g.getSVGDocument());
                files.add(name);
            }
        }
        return files;
    }

    static JFreeChart chart(PlotSpec spec, ResultTable table) {
        int xi = table.column(spec.x());
        XYSeriesCollection data = new XYSeriesCollection();
        for (String y : spec.y()) {
            int yi = table.column(y);
            XYSeries s = new XYSeries(label(table.columns().get(yi)), false, true);
            for (double[] row : table.rows()) {
                double v = row[yi];
                if (Double.isFinite(row[xi]) && Double.isFinite(v) && (!spec.logY() || v > 0)) {
                    s.add(row[xi], v);
                }
            }
            data.addSeries(s);
        }
        String yLabel = spec.y().size() == 1 ? label(table.columns().get(table.column(spec.y().get(0)))) : "";
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), label(table.columns().get(xi)), yLabel, data,
                PlotOrientation.VERTICAL, spec.y().size() > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < spec.y().size(); i++) {
            if (spec.markersOnly().contains(spec.y().get(i))) {
                r.setSeriesLinesVisible(i, false);
            }
        }
        plot.setRenderer(r);
        if (spec.logY()) {
            LogAxis axis = new LogAxis(yLabel);
            axis.setSmallestValue(1e-300);
            plot.setRangeAxis(axis);
        }
        ((org.jfree.chart.axis.NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        if (!spec.logY()) {
            ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        }
        return chart;
    }

    private static String label(Column c) {
        return c.unit().isEmpty() ? c.name() : c.name() + " (" + c.unit() + ")";
    }

    static byte[] svgBytes(String svg) {
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
