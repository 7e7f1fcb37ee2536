package dev.arbiter.ingest;

import dev.arbiter.model.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a file's name says when a header fits both a Sponsored Brands and a Sponsored Display campaign report (the
 * user requested only the columns they share): {@code sbCampaigns}, {@code sponsored-brands} or a leading {@code sb-}
 * name Sponsored Brands, {@code sdCampaigns}, {@code sponsored-display} or {@code sd-} Sponsored Display, in any case.
 */
final class AdProductName {
    private static final Pattern BRANDS = Pattern.compile("sbcampaigns|sponsored[-_ ]brands|(^|[^a-z0-9])sb-");
    private static final Pattern DISPLAY = Pattern.compile("sdcampaigns|sponsored[-_ ]display|(^|[^a-z0-9])sd-");

    private AdProductName() {}

    /** The one kind the name gives, if it names exactly one. */
    static Optional<ReportKind> of(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        boolean brands = BRANDS.matcher(name).find();
        boolean display = DISPLAY.matcher(name).find();
        if (brands == display) {
            return Optional.empty();
        }
        return Optional.of(brands ? ReportKind.SB_CAMPAIGN : ReportKind.SD_CAMPAIGN);
    }

    /** Whether the name gives the other of the two campaign kinds than {@code kind}. */
    static boolean rulesOut(String file, ReportKind kind) {
        return isCampaign(kind) && of(file).filter(named -> named != kind).isPresent();
    }

    /** The bindings left once the name has decided between the two campaign kinds, if both fit the header. */
    static List<Binding> settle(String file, List<Binding> bindings) {
        if (!fitsBoth(bindings)) {
            return bindings;
        }
        boolean named = of(file).isPresent();
        return bindings.stream()
                .filter(b -> !isCampaign(b.layout().kind()) || (named && !rulesOut(file, b.layout().kind())))
                .toList();
    }

    /** Whether both campaign kinds fit the header and the name tells neither. */
    static boolean undecided(String file, List<Binding> bindings) {
        return of(file).isEmpty() && fitsBoth(bindings);
    }

    private static boolean fitsBoth(List<Binding> bindings) {
        return bindings.stream().anyMatch(b -> b.layout().kind() == ReportKind.SB_CAMPAIGN)
                && bindings.stream().anyMatch(b -> b.layout().kind() == ReportKind.SD_CAMPAIGN);
    }

    /** A header with a column only Sponsored Brands has and one only Sponsored Display has is neither report. */
    static Optional<Problem> mixed(String file, List<String> header, HeaderSynonyms synonyms) {
        Optional<String> brands = firstOf(header, SponsoredCampaigns.ONLY_BRANDS, synonyms);
        Optional<String> display = firstOf(header, SponsoredCampaigns.ONLY_DISPLAY, synonyms);
        if (brands.isEmpty() || display.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Problem.ofFile(
                file,
                "the header has '" + brands.get() + "', a column only a " + ReportKind.SB_CAMPAIGN.label()
                        + " has, and '" + display.get() + "', a column only a " + ReportKind.SD_CAMPAIGN.label() + " has",
                "request sbCampaigns and sdCampaigns as two reports and ingest each file"));
    }

    private static Optional<String> firstOf(List<String> header, List<String> columns, HeaderSynonyms synonyms) {
        List<String> names = columns.stream().map(HeaderName::normalise).toList();
        return header.stream().filter(h -> names.contains(synonyms.normalise(h))).map(String::strip).findFirst();
    }

    static Problem ambiguity(String file) {
        return Problem.ofFile(
                file,
                "the columns fit both a " + ReportKind.SB_CAMPAIGN.label() + " (sbCampaigns) and a "
                        + ReportKind.SD_CAMPAIGN.label() + " (sdCampaigns), and the file name names neither",
                "rename the file to start with sb- or sd- (or to contain sbCampaigns or sdCampaigns), or request a"
                        + " column only one of them has: salesPromoted or topOfSearchImpressionShare for Sponsored"
                        + " Brands, impressionsViews or salesPromotedClicks for Sponsored Display");
    }

    private static boolean isCampaign(ReportKind kind) {
        return kind == ReportKind.SB_CAMPAIGN || kind == ReportKind.SD_CAMPAIGN;
    }
}
