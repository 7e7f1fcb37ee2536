package dev.arbiter.govern.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.govern.ActionId;
import dev.arbiter.govern.AuditLog;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.DecisionOutcome;
import dev.arbiter.govern.Ledger;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.PolicyHistory;
import dev.arbiter.govern.Status;
import dev.arbiter.model.Action;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.policy.Role;
import dev.arbiter.policy.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The ledger in an embedded DuckDB or a PostgreSQL database; every change and its audit entries commit together. */
public final class JdbcLedger implements Ledger {
    private static final String SYSTEM = "arbiter";

    private final Connection connection;
    private final Clock clock;
    private final Transaction transaction;
    /** Proposals recorded in one transaction by {@link #recordAll}. */
    private static final int BATCH = 2_000;
    /** Ids looked up in one query. */
    private static final int LOOKUP = 500;

    private final JdbcAuditLog audit;
    private final ObjectMapper json = new ObjectMapper();
    private final ActionCodec actions = new ActionCodec(json);
    private final ClassificationCodec classifications = new ClassificationCodec(json);
    private final LedgerRows rows = new LedgerRows(json, actions, classifications);
    private final LedgerStatements sql = new LedgerStatements();

    /** Migrates the ledger's tables on this connection, which it borrows and never closes. */
    public JdbcLedger(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
        this.transaction = new Transaction(connection);
        this.audit = new JdbcAuditLog(connection);
        LedgerSchema.migrate(connection);
    }

    /** The versions of the operating model, recorded in this ledger's store and audit log. */
    public PolicyHistory policyHistory() {
        return new JdbcPolicyHistory(connection, clock, audit);
    }

    /** The audit log this ledger appends to. */
    public AuditLog auditLog() {
        return audit;
    }

    @Override
    public LedgerEntry record(Action action, Classification classification, LocalDate basisDay) {
        String id = ActionId.of(action, basisDay);
        try {
            return transaction.run("record " + id,
                    () -> recordBatch(List.of(new Proposal(action, classification, basisDay))).get(0));
        } catch (RecordedMeanwhile e) {
            return find(id).orElseThrow();
        }
    }

    /**
     * Records the proposals in transactions of up to {@value #BATCH}, each holding the actions and their audit entries;
     * a batch that meets an action another writer recorded meanwhile is rolled back and recorded one by one.
     */
    @Override
    public List<LedgerEntry> recordAll(List<Proposal> proposals) {
        List<LedgerEntry> entries = new ArrayList<>(proposals.size());
        for (int from = 0; from < proposals.size(); from += BATCH) {
            List<Proposal> batch = proposals.subList(from, Math.min(proposals.size(), from + BATCH));
            try {
                entries.addAll(transaction.run("record " + batch.size() + " actions", () -> recordBatch(batch)));
            } catch (RecordedMeanwhile e) {
                for (Proposal proposal : batch) {
                    entries.add(record(proposal.action(), proposal.classification(), proposal.basisDay()));
                }
            }
        }
        return entries;
    }

    /**
     * Records a batch (the proposals not recorded yet, each with its two audit entries), with the audit chain read once and the inserts sent in
     * two JDBC batches; the caller holds the transaction.
     */
    private List<LedgerEntry> recordBatch(List<Proposal> batch) throws SQLException {
        List<String> ids = new ArrayList<>(batch.size());
        Set<String> queued = new HashSet<>();
        for (Proposal proposal : batch) {
            ids.add(ActionId.of(proposal.action(), proposal.basisDay()));
        }
        Map<String, LedgerEntry> existing = selectAll(ids);
        try (AuditChain chain = audit.chain(); PreparedStatement inserts = sql.inserting(connection)) {
            for (int i = 0; i < batch.size(); i++) {
                Proposal proposal = batch.get(i);
                String id = ids.get(i);
                if (queued.contains(id) || existing.containsKey(id)) {
                    continue;
                }
                queued.add(id);
                queueInsert(chain, inserts, id, proposal.action(), proposal.classification(), proposal.basisDay());
            }
            chain.flush();
            if (!queued.isEmpty()) {
                for (int count : inserts.executeBatch()) {
                    if (count == 0) {
                        throw new RecordedMeanwhile();
                    }
                }
            }
            Map<String, LedgerEntry> stored = selectAll(ids);
            List<LedgerEntry> recorded = new ArrayList<>(ids.size());
            for (String id : ids) {
                recorded.add(Optional.ofNullable(stored.get(id)).orElseThrow(() -> unknown(id)));
            }
            return recorded;
        }
    }

    /** Appends the proposal's two audit entries to the chain and queues the action's insert after them. */
    private void queueInsert(AuditChain chain, PreparedStatement insert, String id, Action action,
            Classification classification, LocalDate basisDay) throws SQLException {
        Instant now = clock.instant();
        ObjectNode proposal = json.createObjectNode().put("type", action.type().key())
                .put("describe", action.describe()).put("basis_day", basisDay.toString());
        long proposed = chain.append(now, SYSTEM, "proposed", id, write(proposal));
        ObjectNode verdict = classifications.encode(classification);
        long classified = chain.append(now, SYSTEM, "classified", id, write(verdict));
        ObjectNode payload = actions.encode(action);
        sql.bindInsert(insert, id, action, basisDay, write(payload), write(payload.get("rationale")), write(verdict),
                classification, now, proposed, classified);
        insert.addBatch();
    }

    @Override
    public List<LedgerEntry> list(Optional<Status> status) {
        return transaction.read("list actions", () -> {
            try (PreparedStatement statement = sql.list(connection, status); ResultSet result = statement.executeQuery()) {
                List<LedgerEntry> entries = new ArrayList<>();
                while (result.next()) {
                    entries.add(rows.entry(result));
                }
                return entries;
            }
        });
    }

    @Override
    public Optional<LedgerEntry> find(String id) {
        return transaction.read("find " + id, () -> select(id));
    }

    @Override
    public DecisionOutcome approve(String id, User user, String comment) {
        return decide(id, user, comment, Status.APPROVED);
    }

    @Override
    public DecisionOutcome reject(String id, User user, String comment) {
        return decide(id, user, comment, Status.REJECTED);
    }

    private DecisionOutcome decide(String id, User user, String comment, Status decision) {
        String verb = decision == Status.APPROVED ? "approve" : "reject";
        try {
            return decideOnce(id, user, comment, decision, verb);
        } catch (RecordedMeanwhile e) {
            return new DecisionOutcome.Refused(id + " was decided by someone else meanwhile");
        }
    }

    private DecisionOutcome decideOnce(String id, User user, String comment, Status decision, String verb) {
        return transaction.run(verb + " " + id, () -> {
            LedgerEntry entry = select(id).orElseThrow(() -> unknown(id));
            if (entry.status() != Status.AWAITING) {
                return new DecisionOutcome.Refused(id + " is " + entry.status().name().toLowerCase(Locale.ROOT)
                        + ", not awaiting a decision");
            }
            Role awaited = entry.awaiting().orElse(Role.CMO);
            if (user.role() != awaited && user.role() != Role.CMO) {
                return new DecisionOutcome.Refused(user.name() + " (" + user.role().key() + ") may not " + verb + " "
                        + id + ": it awaits " + awaited.key() + " or the cmo");
            }
            Instant now = clock.instant();
            ObjectNode detail = json.createObjectNode().put("role", user.role().key()).put("comment", comment);
            long seq = audit.append(now, user.name(), decision.name().toLowerCase(Locale.ROOT), id, write(detail));
            if (sql.decide(connection, id, decision, user, now, comment, seq) == 0) {
                throw new RecordedMeanwhile();
            }
            return new DecisionOutcome.Decided(select(id).orElseThrow());
        });
    }

    @Override
    public LedgerEntry markExecuted(String id, String detail) {
        return transaction.run("mark " + id + " executed", () -> markOne(id, detail));
    }

    /** Marks the actions executed in transactions of up to {@value #BATCH}, each with its audit entries. */
    @Override
    public List<LedgerEntry> markAllExecuted(Map<String, String> details) {
        List<Map.Entry<String, String>> all = new ArrayList<>(details.entrySet());
        List<LedgerEntry> entries = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Map.Entry<String, String>> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            entries.addAll(transaction.run("mark " + batch.size() + " actions executed", () -> markBatch(batch)));
        }
        return entries;
    }

    /** Marks a batch as {@link #markOne} marks each, with the audit chain read once; the caller holds the transaction. */
    private List<LedgerEntry> markBatch(List<Map.Entry<String, String>> batch) throws SQLException {
        List<String> ids = batch.stream().map(Map.Entry::getKey).toList();
        Map<String, LedgerEntry> current = selectAll(ids);
        try (AuditChain chain = audit.chain(); PreparedStatement updates = sql.executing(connection)) {
            for (Map.Entry<String, String> item : batch) {
                String id = item.getKey();
                queueExecution(chain, updates, Optional.ofNullable(current.get(id)).orElseThrow(() -> unknown(id)),
                        item.getValue());
            }
            chain.flush();
            int[] counts = updates.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw executedMeanwhile(batch.get(i).getKey());
                }
            }
            Map<String, LedgerEntry> stored = selectAll(ids);
            List<LedgerEntry> marked = new ArrayList<>(batch.size());
            for (String id : ids) {
                marked.add(Optional.ofNullable(stored.get(id)).orElseThrow(() -> unknown(id)));
            }
            return marked;
        }
    }

    private LedgerEntry markOne(String id, String detail) throws SQLException {
        return markBatch(List.of(Map.entry(id, detail))).get(0);
    }

    /** Appends the execution's audit entry to the chain and queues the action's update after it. */
    private void queueExecution(AuditChain chain, PreparedStatement update, LedgerEntry entry, String detail)
            throws SQLException {
        String id = entry.id();
        if (!entry.status().executable()) {
            throw new ArbiterException(ErrorKind.USER, id + " is " + entry.status().name().toLowerCase(Locale.ROOT)
                    + "; only auto-approved or approved actions are executed, and only once");
        }
        Instant now = clock.instant();
        long seq = chain.append(now, SYSTEM, "executed", id, write(json.createObjectNode().put("detail", detail)));
        sql.bindExecute(update, id, now, detail, seq);
        update.addBatch();
    }

    private static ArbiterException executedMeanwhile(String id) {
        return new ArbiterException(ErrorKind.USER, id + " was executed by someone else meanwhile");
    }

    @Override
    public LedgerEntry returnToAwaiting(String id, Classification recheck) {
        Role role = recheck.verdict().awaitedRole().orElseThrow(() -> new IllegalArgumentException(
                "an action returns to awaiting a role, not to " + recheck.verdict().describe()));
        return transaction.run("return " + id + " to awaiting", () -> {
            LedgerEntry entry = select(id).orElseThrow(() -> unknown(id));
            if (!entry.status().executable()) {
                throw new ArbiterException(ErrorKind.USER, id + " is " + entry.status().name().toLowerCase(Locale.ROOT)
                        + "; only an auto-approved or approved action returns to awaiting");
            }
            ObjectNode verdict = classifications.encode(recheck);
            long seq = audit.append(clock.instant(), SYSTEM, "returned", id, write(verdict));
            if (sql.returnToAwaiting(connection, id, role.key(), write(verdict), seq) == 0) {
                throw new ArbiterException(ErrorKind.USER, id + " was executed or decided by someone else meanwhile");
            }
            return select(id).orElseThrow();
        });
    }

    /**
     * Looks the actions of a batch up in one query per {@value #LOOKUP} ids (a point query per action cost a millisecond
     * each on DuckDB, most of governing and executing a large run); the ids not in the ledger are absent from the map.
     */
    private Map<String, LedgerEntry> selectAll(List<String> ids) throws SQLException {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<String, LedgerEntry> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += LOOKUP) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + LOOKUP));
            try (PreparedStatement statement = sql.byIds(connection, chunk); ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    LedgerEntry entry = rows.entry(result);
                    found.put(entry.id(), entry);
                }
            }
        }
        return found;
    }

    private Optional<LedgerEntry> select(String id) throws SQLException {
        try (PreparedStatement statement = sql.byId(connection, id); ResultSet result = statement.executeQuery()) {
            return result.next() ? Optional.of(rows.entry(result)) : Optional.empty();
        }
    }

    private String write(Object node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Another connection recorded or decided the same action between our look and our write: roll ours back. */
    private static final class RecordedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RecordedMeanwhile() {
            super(null, null, false, false);
        }
    }

    private static ArbiterException unknown(String id) {
        return new ArbiterException(ErrorKind.USER, "no action " + id + " in the ledger; 'arbiter actions' lists them");
    }
}
