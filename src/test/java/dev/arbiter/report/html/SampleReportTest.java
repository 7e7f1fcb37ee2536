package dev.arbiter.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.report.HolisticReport;
import dev.arbiter.report.Profitability;
import dev.arbiter.report.ReportBuilder;
import dev.arbiter.report.SampleBrand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Renders a full sample report to {@code target/sample-report.html}, to be looked at in a browser. */
class SampleReportTest {

    @Test
    void a_brand_of_36_skus_renders_a_full_report_to_look_at() throws Exception {
        HolisticReport report = ReportBuilder.build(SampleBrand.input());

        String html = HtmlReport.render(report);
        Path file = Files.writeString(Path.of("target", "sample-report.html"), html, StandardCharsets.UTF_8);

        assertEquals(Profitability.RANKED, report.profitability().best().size());
        assertEquals(Profitability.RANKED, report.profitability().worst().size());
        assertEquals(28, report.media().trend().size());
        assertTrue(Files.size(file) > 20_000, "a full page");
    }
}
