package dev.arbiter.demo;

/** How an advertiser reviews the account once a week during a backtest: the settings to run the next days with. */
sealed interface BacktestPolicy permits ArbiterPolicy, SiloedPolicy {

    String name();

    MarketSettings review(RecentDays recent, MarketSettings settings);
}
