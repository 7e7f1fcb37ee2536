package dev.arbiter.spark;

import dev.arbiter.economics.engine.EconomicsEngine;
import dev.arbiter.economics.engine.EconomicsEngineProvider;
import dev.arbiter.economics.engine.EngineSettings;

/** Makes the Spark engine selectable as {@code --engine spark}; listed in {@code META-INF/services}. */
public final class SparkEconomicsProvider implements EconomicsEngineProvider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public EconomicsEngine open(EngineSettings settings) {
        return SparkEconomics.open(settings);
    }
}
