package dev.arbiter.execute;

import dev.arbiter.govern.ApprovedAction;
import dev.arbiter.model.Action;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How ad actions reach Amazon: a bulksheet to upload, or the Ads API. */
public interface Channel {

    /** {@code bulksheet} or {@code api}, as the execution record and {@code --via} name it. */
    String name();

    /** Whether this channel can apply the action at all. */
    boolean handles(Action action);

    /** Exactly what {@link #send} would send for these actions, for a dry run; sends nothing. */
    List<String> preview(List<ApprovedAction> actions);

    /** Sends the actions and says, by action id, what happened to each; one failure does not fail the others. */
    Map<String, Delivery> send(List<ApprovedAction> actions);

    /**
     * Whether the action's effect is already in place, read back from where it was sent; empty when the channel
     * cannot tell, in which case the action is sent again (only channels whose effect is idempotent may say so).
     */
    Optional<Boolean> alreadyApplied(Action action);

    /** The files the last {@link #send} wrote, if any. */
    List<Path> files();
}
