package dev.arbiter.govern;

import dev.arbiter.policy.Guardrail;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.Role;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The check an approved action passes just before execution: classified again against the current data and the current
 * operating model, it goes ahead unless a guardrail now fails or, for an auto-approved action, it no longer stays
 * inside local authority. An action whose basis changed returns to a role with the reason.
 */
public final class RecheckingApprovedActions {
    private final OperatingModel model;
    private final Governor governor;

    public RecheckingApprovedActions(OperatingModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.governor = new Governor(model);
    }

    /**
     * The classification to return the entry to awaiting with, or empty when it may be executed.
     *
     * @param now the action's context on the current data, ending on {@code dataDay}
     */
    public Optional<Classification> basisChanged(LedgerEntry entry, Context now, LocalDate dataDay) {
        Classification current = governor.classify(entry.action(), now);
        Set<String> failedBefore = entry.classification().checks().stream()
                .filter(check -> !check.passed()).map(GuardrailCheck::guardrailId).collect(Collectors.toSet());
        Optional<GuardrailCheck> newlyFailing = current.checks().stream()
                .filter(check -> !check.passed() && !failedBefore.contains(check.guardrailId()))
                .findFirst();
        String basis = dataDay.equals(entry.basisDay()) ? "on the data of " + dataDay
                : "on fresh data to " + dataDay + " (proposed on data to " + entry.basisDay() + ")";
        if (newlyFailing.isPresent()) {
            Guardrail guardrail = guardrail(newlyFailing.get().guardrailId());
            Role role = guardrail.severity().escalatesTo().orElse(guardrail.owner());
            String because = guardrail.because().isBlank() ? "requires " + guardrail.require().source() : guardrail.because();
            return Optional.of(returned(role, "re-checked before execution " + basis + ": guardrail " + guardrail.id()
                    + " now fails: " + because, current));
        }
        if (entry.status() == Status.AUTO_APPROVED && current.verdict() instanceof Verdict.Awaiting awaiting) {
            return Optional.of(returned(awaiting.role(), "re-checked before execution " + basis
                    + ": no longer automatic: " + awaiting.reason(), current));
        }
        return Optional.empty();
    }

    /** The action's SKU has no data in the current window: nothing to re-check it against, so a person decides. */
    public Classification noCurrentData(LedgerEntry entry, LocalDate dataDay) {
        Role role = model.decisionRight(entry.action().type()).map(right -> right.escalatesTo()).orElse(Role.CMO);
        return returned(role, "re-checked before execution: no data for its SKU in the window ending " + dataDay,
                new Classification(entry.classification().verdict(), entry.classification().checks()));
    }

    private Guardrail guardrail(String id) {
        return model.guardrails().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private static Classification returned(Role role, String reason, Classification current) {
        return new Classification(new Verdict.Awaiting(role, reason), current.checks());
    }
}
