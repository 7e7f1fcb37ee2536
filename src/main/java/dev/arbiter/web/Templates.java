package dev.arbiter.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The jte templates of {@code src/main/jte}, compiled to Java classes at build time by {@code jte-maven-plugin}
 * (HTML content type: every value is escaped for where it lands), so the running jar needs no compiler.
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        engine.render(template, parameters, output);
        return output.toString();
    }
}
