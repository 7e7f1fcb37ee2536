package dev.arbiter.demo;

import dev.arbiter.decide.PausingAdsBeforeStockout;
import dev.arbiter.decide.ProposalInput;
import dev.arbiter.decide.ProposingBidChanges;
import dev.arbiter.model.Action;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ProductAdRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arbiter's own proposers applied as proposed (as if every action were approved): bids from
 * {@link ProposingBidChanges} with its default settings, product ads paused by {@link PausingAdsBeforeStockout}
 * and resumed at the first review that no longer proposes the pause; budgets arbitrated by {@link ArbiterBudgets}.
 */
final class ArbiterPolicy implements BacktestPolicy {
    private final Account account;
    private final ArbiterInput input;
    private final ProposingBidChanges bids = new ProposingBidChanges(ProposingBidChanges.Settings.defaults());
    private final PausingAdsBeforeStockout pauses = new PausingAdsBeforeStockout();
    private final Map<String, Integer> targetById = new HashMap<>();
    private final Map<String, Integer> adGroupById = new HashMap<>();
    private final Set<Integer> pausedTargets = new HashSet<>();
    private final ArbiterBudgets budgets;

    ArbiterPolicy(Account account, List<Product> products) {
        this.account = account;
        this.input = new ArbiterInput(account, products);
        this.budgets = new ArbiterBudgets(account, products);
        account.targets().forEach(target -> targetById.put(target.id(), target.index()));
        account.adGroups().forEach(adGroup -> adGroupById.put(adGroup.id(), adGroup.index()));
    }

    @Override
    public String name() {
        return "arbiter";
    }

    @Override
    public MarketSettings review(RecentDays recent, MarketSettings settings) {
        ProposalInput economics = input.of(recent, settings);
        MarketSettings next = settings;
        for (Action action : bids.propose(economics)) {
            BidChange change = (BidChange) action;
            long cents = change.newBid().amount().movePointRight(2).longValueExact();
            next = next.withBid(targetById.get(change.target().targetId()), cents);
        }
        Set<Integer> stillShort = new HashSet<>();
        for (Action action : pauses.propose(economics)) {
            for (ProductAdRef ad : ((PauseAds) action).ads()) {
                stillShort.add(adGroupById.get(ad.adGroupId().value()));
            }
        }
        for (Account.Target target : account.targets()) {
            boolean pause = stillShort.contains(target.adGroup());
            if (pause && next.targetEnabled(target.index())) {
                next = next.withTargetEnabled(target.index(), false);
                pausedTargets.add(target.index());
            } else if (!pause && pausedTargets.remove(target.index())) {
                next = next.withTargetEnabled(target.index(), true);
            }
        }
        return budgets.review(recent, next, economics);
    }
}
