package dev.arbiter.economics.engine;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.util.ServiceLoader;

/**
 * Opens an {@link EconomicsEngine} by name; implementations are listed in
 * {@code META-INF/services/dev.arbiter.economics.engine.EconomicsEngineProvider} of the module that brings them.
 */
public interface EconomicsEngineProvider {

    /** The name users select the engine by, e.g. {@code spark}. */
    String name();

    /** Starts the engine (a Spark session on {@code settings.master()}) over the tables in {@code settings.tables()}. */
    EconomicsEngine open(EngineSettings settings);

    /** The provider called {@code name} on the class path, or a user error saying how to put it there. */
    static EconomicsEngineProvider named(String name, ClassLoader loader) {
        for (EconomicsEngineProvider provider : ServiceLoader.load(EconomicsEngineProvider.class, loader)) {
            if (provider.name().equals(name)) {
                return provider;
            }
        }
        throw new ArbiterException(ErrorKind.USER, "the " + name + " engine is not on the class path; run Arbiter"
                + " through the ./arbiter launcher, which builds the " + name + " module (spark/) on first use,"
                + " or put arbiter-spark.jar and its spark/target/lib folder on the class path");
    }
}
