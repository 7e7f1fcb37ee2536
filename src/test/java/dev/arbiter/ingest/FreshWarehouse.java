package dev.arbiter.ingest;

import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.time.Clock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh in-memory warehouse and a US ingestor over it for every test, closed after it. */
final class FreshWarehouse implements BeforeEachCallback, AfterEachCallback {
    private final Clock clock;
    private Warehouse warehouse;
    private Ingestor ingestor;

    FreshWarehouse(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        warehouse = Warehouse.inMemory();
        ingestor = new Ingestor(warehouse.connection(), clock, Marketplace.US);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        warehouse.close();
    }

    Warehouse warehouse() {
        return warehouse;
    }

    Ingestor ingestor() {
        return ingestor;
    }
}
