package dev.arbiter.cli;

import dev.arbiter.decide.PriceElasticity;
import dev.arbiter.decide.ProposingPriceChanges;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.model.Sku;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code arbiter elasticity}: each SKU's price elasticity from its own history, or why there is none (too few selling
 * days, too few distinct prices, too little variation), with the numbers; what {@code run} bases price changes on.
 */
@Command(name = "elasticity", description = "Show each SKU's price elasticity from its own history, or why there is none.")
final class ElasticityCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Session session = Session.open(options.workspace())) {
            EconomicsQueries economics = session.economics();
            Loop loop = session.loop();
            List<SkuDay> history = economics.dataRange().map(economics::skuDays).orElse(List.of());
            Map<Sku, PriceElasticity> found = new ProposingPriceChanges(history, ProposingPriceChanges.Settings.defaults())
                    .elasticities(economics.skus(loop.window()));
            PrintWriter out = spec.commandLine().getOut();
            found.forEach((sku, elasticity) -> out.println(String.format(java.util.Locale.ROOT, "%-14s %s", sku.value(),
                    elasticity.describe())));
            long estimated = found.values().stream().filter(e -> e instanceof PriceElasticity.Estimated).count();
            out.println(estimated + " of " + found.size() + " SKUs have an elasticity estimate; a price change is "
                    + "proposed only where it lies 2 standard errors below zero and a move of at most 10 % raises contribution");
            out.flush();
            return ExitCode.OK.code();
        }
    }
}
