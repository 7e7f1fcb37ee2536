package dev.arbiter.decide;

import dev.arbiter.model.Action;
import java.util.List;

/** One way of turning a window's economics into proposed actions, each with the numbers that justify it. */
public interface Proposer {

    /** The actions this proposer recommends for the given economics; empty when nothing needs doing. */
    List<Action> propose(ProposalInput input);
}
