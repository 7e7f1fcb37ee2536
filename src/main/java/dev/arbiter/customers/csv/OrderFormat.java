package dev.arbiter.customers.csv;

import java.nio.file.Path;

/** The order file formats Arbiter reads, as named by {@code --format}. */
public enum OrderFormat {
    OURS,
    ONLINE_RETAIL,
    CDNOW;

    /** Reads {@code path}; {@code currency} is used by our own format, the others carry theirs. */
    public OrderFileReading read(Path path, String currency) {
        return switch (this) {
            case OURS -> OurOrderLines.read(path, currency);
            case ONLINE_RETAIL -> OnlineRetailLines.read(path);
            case CDNOW -> CdnowLines.read(path);
        };
    }
}
