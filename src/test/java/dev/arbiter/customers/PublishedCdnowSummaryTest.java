package dev.arbiter.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Both models fitted to the published CDNOW summary (x, t_x, T, zbar) land on Fader, Hardie and Lee's estimates. */
class PublishedCdnowSummaryTest {
    private static final Path SUMMARY =
            Path.of("..", "shared", "data", "cdnow", "cdnow_customers_summary_with_transactions.csv");

    @Test
    void bg_nbd_fitted_to_the_published_summary_matches_the_paper_within_one_percent() throws IOException {
        BgNbd model = LifetimeValueModels.fitBgNbd(summary()).model().orElseThrow();

        assertWithinOnePercent(0.243, model.r(), "r");
        assertWithinOnePercent(4.414, model.alpha(), "alpha");
        assertWithinOnePercent(0.793, model.a(), "a");
        assertWithinOnePercent(2.426, model.b(), "b");
        assertEquals(-9582.4, model.logLikelihood(), 0.5);
    }

    @Test
    void gamma_gamma_fitted_to_the_published_summary_matches_the_note_within_one_percent() throws IOException {
        GammaGamma model = LifetimeValueModels.fitGammaGamma(summary()).model().orElseThrow();

        assertWithinOnePercent(6.25, model.p(), "p");
        assertWithinOnePercent(3.74, model.q(), "q");
        assertWithinOnePercent(15.44, model.gamma(), "gamma");
    }

    static void assertWithinOnePercent(double published, double fitted, String name) {
        assertEquals(published, fitted, 0.01 * published,
                String.format(Locale.ROOT, "%s: fitted %.4f, published %.4f", name, fitted, published));
    }

    private static List<RepeatPurchases> summary() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SUMMARY), "the CDNOW summary is not in ../shared/data/cdnow");
        List<RepeatPurchases> customers = new ArrayList<>();
        List<String> lines = Files.readAllLines(SUMMARY, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split(",");
            customers.add(new RepeatPurchases(Integer.parseInt(cells[1]), Double.parseDouble(cells[2]),
                    Double.parseDouble(cells[3]), Double.parseDouble(cells[4])));
        }
        return customers;
    }
}
