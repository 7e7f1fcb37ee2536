package dev.arbiter.report.html;

import java.util.List;
import java.util.Locale;

/**
 * A hand-written inline SVG drawing: the base of the report's charts. Coordinates are written with
 * {@link Locale#ROOT} (a German machine would write {@code 12,5}, which SVG cannot read) and every text escaped.
 */
final class Svg {

    /** Chart palette, chosen to stay distinct for common colour-vision deficiencies. */
    static final String BLUE = "#2f5d8a";
    static final String ORANGE = "#e08a2c";
    static final String GREEN = "#3b8f5a";
    static final String RED = "#c0453a";
    static final String GREY = "#8a8f98";

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder(8 * 1024);

    Svg(double width, double height) {
        this.width = width;
        this.height = height;
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A bar carrying its label and value as data attributes, so readers and tests can check it. */
    Svg bar(double x, double y, double w, double h, String fill, String label, String value, String tooltip) {
        body.append("<rect class=\"bar\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h))
                .append("\" fill=\"").append(fill)
                .append("\" data-label=\"").append(HtmlWriter.escape(label))
                .append("\" data-value=\"").append(HtmlWriter.escape(value)).append("\"><title>")
                .append(HtmlWriter.escape(tooltip)).append("</title></rect>\n");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\"/>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, boolean dashed) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append('"');
        if (dashed) {
            body.append(" stroke-dasharray=\"4 3\"");
        }
        body.append("/>\n");
        return this;
    }

    /** A line through the points, each given as {x, y}. */
    Svg polyline(List<double[]> points, String stroke, String label) {
        body.append("<polyline class=\"series\" fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(stroke)
                .append("\" data-label=\"").append(HtmlWriter.escape(label)).append("\" points=\"");
        for (double[] point : points) {
            body.append(n(point[0])).append(',').append(n(point[1])).append(' ');
        }
        body.append("\"/>\n");
        return this;
    }

    Svg dot(double x, double y, String fill, String tooltip) {
        body.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"3\" fill=\"")
                .append(fill).append("\"><title>").append(HtmlWriter.escape(tooltip)).append("</title></circle>\n");
        return this;
    }

    /** Text anchored {@code start}, {@code middle} or {@code end} at (x, y). */
    Svg text(double x, double y, String text, String anchor, String cssClass) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cssClass).append("\">")
                .append(HtmlWriter.escape(text)).append("</text>\n");
        return this;
    }

    /** A legend entry: a swatch and its name. */
    Svg legend(double x, double y, String fill, String name) {
        rect(x, y - 10, 12, 12, fill);
        return text(x + 18, y, name, "start", "legend");
    }

    /** The drawing, with its accessible title. */
    String render(String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n(width) + " " + n(height)
                + "\" role=\"img\" aria-label=\"" + HtmlWriter.escape(title) + "\"><title>" + HtmlWriter.escape(title)
                + "</title>\n" + body + "</svg>\n";
    }
}
