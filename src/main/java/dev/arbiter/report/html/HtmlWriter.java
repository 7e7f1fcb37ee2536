package dev.arbiter.report.html;

import java.util.List;

/** Builds HTML text where every piece of data passes through {@link #escape(String)}; only markup of our own is raw. */
final class HtmlWriter {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Text made safe for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Markup written by this package (tags, inline SVG built by {@link Svg}); never user data. */
    HtmlWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    HtmlWriter text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag class="cssClass">text</tag>}, the text escaped; no class attribute when cssClass is empty. */
    HtmlWriter element(String tag, String cssClass, String text) {
        out.append('<').append(tag);
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** A figure tile: a label, a large value and an optional note below it. */
    HtmlWriter tile(String label, String value, String note) {
        raw("<div class=\"tile\">");
        element("div", "label", label);
        element("div", "value", value);
        if (!note.isEmpty()) {
            element("div", "note", note);
        }
        return raw("</div>\n");
    }

    /** A table whose columns from {@code firstNumericColumn} on are numbers, aligned right. */
    HtmlWriter table(List<String> headings, List<List<String>> rows, int firstNumericColumn) {
        return table(headings, rows, firstNumericColumn, "");
    }

    /** The same, with a CSS class on the table (empty for none). */
    HtmlWriter table(List<String> headings, List<List<String>> rows, int firstNumericColumn, String cssClass) {
        raw(cssClass.isEmpty() ? "<table>\n<thead><tr>" : "<table class=\"" + escape(cssClass) + "\">\n<thead><tr>");
        for (int c = 0; c < headings.size(); c++) {
            element("th", c >= firstNumericColumn ? "num" : "", headings.get(c));
        }
        raw("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            raw("<tr>");
            for (int c = 0; c < row.size(); c++) {
                element("td", c >= firstNumericColumn ? "num" : "", row.get(c));
            }
            raw("</tr>\n");
        }
        return raw("</tbody>\n</table>\n");
    }

    /** Opens a report section with its heading and the one-sentence story the numbers below tell. */
    HtmlWriter openSection(String anchor, String heading, String lead) {
        raw("<section id=\"" + escape(anchor) + "\">\n");
        element("h2", "", heading);
        return element("p", "lead", lead);
    }

    HtmlWriter closeSection() {
        return raw("</section>\n");
    }

    /** The rows, or a short note when there are none. */
    HtmlWriter tableOrNone(List<String> headings, List<List<String>> rows, int firstNumericColumn, String none) {
        return tableOrNone(headings, rows, firstNumericColumn, none, "");
    }

    HtmlWriter tableOrNone(
            List<String> headings, List<List<String>> rows, int firstNumericColumn, String none, String cssClass) {
        return rows.isEmpty() ? element("p", "none", none) : table(headings, rows, firstNumericColumn, cssClass);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
