package dev.arbiter.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.ResourceCodeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The jte templates of {@code src/main/jte}, packaged under {@code jte/} and compiled once, on first use, into a
 * temporary folder (HTML content type: every value is escaped for where it lands).
 */
final class Templates {
    private final TemplateEngine engine;

    Templates() {
        try {
            Path classes = Files.createTempDirectory("arbiter-jte");
            classes.toFile().deleteOnExit();
            ClassLoader loader = Templates.class.getClassLoader();
            this.engine = TemplateEngine.create(new ResourceCodeResolver("jte", loader), classes, ContentType.Html, loader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for compiled templates", e);
        }
    }

    String render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        engine.render(template, parameters, output);
        return output.toString();
    }
}
