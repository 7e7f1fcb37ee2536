package dev.arbiter.demo;

import dev.arbiter.model.Objective;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Lays out the Sponsored Products account for an assortment: a manual keyword and an auto campaign per SKU,
 * product-target campaigns for some, branded campaigns in {@code Brand Defense}, budgets sized to expected spend.
 */
final class AccountDesign {
    static final List<String> PORTFOLIOS = List.of("Brand Defense", "Growth", "Profit Core", "Clearance");

    private final SplittableRandom random;
    private final IdentifierSource ids;
    private final Map<Category, List<String>> competitors = new EnumMap<>(Category.class);
    private final List<Account.Campaign> campaigns = new ArrayList<>();
    private final List<Account.AdGroup> adGroups = new ArrayList<>();
    private final List<Account.Target> targets = new ArrayList<>();

    AccountDesign(SplittableRandom random, IdentifierSource ids) {
        this.random = random;
        this.ids = ids;
        for (Category category : Category.values()) {
            List<String> pool = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                pool.add(ids.asin());
            }
            competitors.put(category, List.copyOf(pool));
        }
    }

    Account design(List<Product> products) {
        List<String> portfolioIds = new ArrayList<>();
        for (int i = 0; i < PORTFOLIOS.size(); i++) {
            portfolioIds.add(ids.adsId());
        }
        for (Product product : products) {
            int portfolio = switch (product.objective()) {
                case LAUNCH, GROWTH -> 1;
                case PROFIT, DEFEND -> 2;
                case CLEAR_STOCK -> 3;
            };
            if (product.objective() != Objective.CLEAR_STOCK) {
                campaign(product, "SP Manual", "Keywords", portfolio, false, keywordTargets(product));
            }
            campaign(product, "SP Auto", "Auto", portfolio, true, autoTargets(product));
            if (product.objective() == Objective.LAUNCH || random.nextDouble() < 0.3) {
                campaign(product, "SP Product Targets", "Competitors", portfolio, false, productTargets(product));
            }
            if (product.objective() == Objective.DEFEND || random.nextDouble() < 0.15) {
                campaign(product, "SP Brand", "Brand", 0, false, brandTargets(product));
            }
        }
        long[] monthly = new long[PORTFOLIOS.size()];
        for (Account.Campaign campaign : campaigns) {
            monthly[campaign.portfolio()] += campaign.dailyBudgetCents() * 30;
        }
        List<Account.Portfolio> portfolios = new ArrayList<>();
        for (int i = 0; i < PORTFOLIOS.size(); i++) {
            long rounded = Math.max(10_000, Math.round(monthly[i] * 0.8 / 10_000.0) * 10_000);
            portfolios.add(new Account.Portfolio(i, portfolioIds.get(i), PORTFOLIOS.get(i), rounded));
        }
        return new Account(portfolios, campaigns, adGroups, targets);
    }

    /** A target before it belongs to an ad group. */
    private record Draft(TargetKind kind, String text, double bidFactor, double volume, List<Account.SearchTerm> terms) {}

    private void campaign(
            Product product, String suffix, String groupSuffix, int portfolio, boolean auto, List<Draft> drafts) {
        double scale = product.category().cpcScale();
        long defaultBid = cents(scale * (0.6 + random.nextDouble()));
        int adGroupIndex = adGroups.size();
        int campaignIndex = campaigns.size();
        double expectedSpendCents = 0;
        for (Draft draft : drafts) {
            long bid = Math.max(5, cents(defaultBid / 100.0 * draft.bidFactor() * (0.5 + random.nextDouble())));
            double competition = 0.2 + random.nextDouble() * 0.8;
            double volume = draft.volume() * (0.6 + product.baseSessions() / 120.0) * (0.5 + random.nextDouble());
            Account.Target target = new Account.Target(
                    targets.size(), ids.adsId(), adGroupIndex, draft.kind(), draft.text(), bid, volume, competition,
                    random.nextDouble() > 0.04, draft.terms());
            targets.add(target);
            expectedSpendCents += AdAuction.expectedSpendCents(target, scale);
        }
        String shortName = titleCase(product.line()) + " " + product.variant();
        String name = String.format(Locale.ROOT, "%s [%s] - %s", shortName, product.sku(), suffix);
        long budget = Math.max(500, Math.round(expectedSpendCents * (0.6 + random.nextDouble() * 1.8) / 100.0) * 100);
        int start = product.objective() == Objective.LAUNCH ? -20 + random.nextInt(25) : -30 - random.nextInt(500);
        campaigns.add(new Account.Campaign(
                campaignIndex, ids.adsId(), name, portfolio, auto, budget, start, random.nextDouble() > 0.03));
        adGroups.add(new Account.AdGroup(
                adGroupIndex, ids.adsId(), product.sku() + " - " + groupSuffix, campaignIndex, product.index(),
                ids.adsId(), defaultBid));
    }

    private List<Draft> keywordTargets(Product product) {
        String line = product.line();
        String variant = product.variant().toLowerCase(Locale.ROOT);
        String[] words = line.split(" ");
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft(TargetKind.EXACT, line, 1.0, 1.0, List.of(term(line, 1.0, 1))));
        if (random.nextBoolean()) {
            drafts.add(new Draft(TargetKind.EXACT, line + " " + variant, 1.0, 0.3, List.of(term(line + " " + variant, 1.0, 1))));
        }
        drafts.add(new Draft(TargetKind.PHRASE, line, 1.0, 1.0, List.of(
                term("best " + line, 0.9, 3), term(line + " " + unrelated(), 0.02, 1))));
        drafts.add(new Draft(TargetKind.BROAD, line, 0.9, 1.0, List.of(
                term(line + " cheap", 0.6, 3), term(random.nextBoolean()
                        ? words[0] + " " + unrelated() : unrelated() + " " + words[words.length - 1], 0.02, 2),
                term(product.category().genericKeyword(), 0.25, 2))));
        if (random.nextDouble() < 0.3) {
            String generic = product.category().genericKeyword();
            drafts.add(new Draft(TargetKind.BROAD, generic, 0.8, 1.2, List.of(
                    term(generic + " gift", 0.15, 2), term(generic + " " + unrelated(), 0.02, 2))));
        }
        return drafts;
    }

    private List<Draft> autoTargets(Product product) {
        String line = product.line();
        List<String> rivals = competitors.get(product.category());
        List<String> partners = competitors.get(product.category().complement());
        int first = random.nextInt(rivals.size());
        String rival = rivals.get(first).toLowerCase(Locale.ROOT);
        String other = rivals.get((first + 1 + random.nextInt(rivals.size() - 1)) % rivals.size()).toLowerCase(Locale.ROOT);
        return List.of(
                new Draft(TargetKind.CLOSE_MATCH, "close-match", 1.0, 1.0, List.of(
                        term(line, 0.95, 3), term(line + " " + product.variant().toLowerCase(Locale.ROOT), 0.9, 1))),
                new Draft(TargetKind.LOOSE_MATCH, "loose-match", 0.8, 1.0, List.of(
                        term(product.category().genericKeyword(), 0.25, 2), term(line.split(" ")[0] + " " + unrelated(), 0.02, 2))),
                new Draft(TargetKind.SUBSTITUTES, "substitutes", 0.9, 1.0, List.of(term(rival, 0.5, 2), term(other, 0.45, 1))),
                new Draft(TargetKind.COMPLEMENTS, "complements", 0.7, 1.0, List.of(
                        term(partners.get(random.nextInt(partners.size())).toLowerCase(Locale.ROOT), 0.12, 1))));
    }

    private List<Draft> productTargets(Product product) {
        List<String> rivals = competitors.get(product.category());
        int first = random.nextInt(rivals.size());
        List<Draft> drafts = new ArrayList<>();
        for (String asin : List.of(rivals.get(first), rivals.get((first + 1) % rivals.size()))) {
            drafts.add(new Draft(TargetKind.PRODUCT, "asin=\"" + asin + "\"", 1.0, 1.0,
                    List.of(term(asin.toLowerCase(Locale.ROOT), 0.55, 1))));
        }
        return drafts;
    }

    private List<Draft> brandTargets(Product product) {
        String branded = Assortment.BRAND.toLowerCase(Locale.ROOT) + " " + product.line();
        return List.of(
                new Draft(TargetKind.EXACT, branded, 0.5, 0.25, List.of(term(branded, 1.5, 1))),
                new Draft(TargetKind.PHRASE, branded, 0.5, 0.15, List.of(
                        term(branded + " " + product.variant().toLowerCase(Locale.ROOT), 1.5, 2), term(branded + " review", 0.6, 1))));
    }

    private String unrelated() {
        return Category.UNRELATED_WORDS.get(random.nextInt(Category.UNRELATED_WORDS.size()));
    }

    private static Account.SearchTerm term(String text, double relevance, double weight) {
        return new Account.SearchTerm(text, relevance, weight);
    }

    private static long cents(double dollars) {
        return Math.round(dollars * 100);
    }

    private static String titleCase(String words) {
        StringBuilder text = new StringBuilder();
        for (String word : words.split(" ")) {
            text.append(text.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return text.toString();
    }
}
