package org.rujp.bot.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.StoreException;

/**
 * Evaluation runs in the store, SQLite or PostgreSQL (tables {@code eval_runs} and {@code eval_outcomes} of migration V3):
 * the run with its configuration and metrics as JSON, and one row per gold question.
 */
public final class EvalRunStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Metrics>> METRICS = new TypeReference<>() {
    };

    private final Database db;

    public EvalRunStore(Database db) {
        this.db = db;
    }

    /** Stores the run and its outcomes in one transaction; returns the run with its new id. */
    public EvalRun save(EvalRun run) {
        String metrics = toJson(run.metrics());
        long id = db.inTransaction("storing an evaluation run", c -> {
            long runId;
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO eval_runs (time_ms, index_version, knowledge_version, config, metrics)
                    VALUES (?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, run.time().toEpochMilli());
                s.setString(2, run.indexVersion());
                s.setString(3, run.knowledgeVersion());
                s.setString(4, run.config().toJson());
                s.setString(5, metrics);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    runId = keys.getLong(1);
                }
            }
            insertResults(c, runId, run.results());
            return runId;
        });
        return run.withId(id);
    }

    private static void insertResults(Connection c, long runId, List<QuestionResult> results) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO eval_outcomes (run_id, question_id, lang, type, question, should_refuse, expected, given, refused,
                    accurate, citation_correct, first_relevant_rank, top_fact_id, top_score, latency_ns, cited)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (QuestionResult r : results) {
                int i = 0;
                s.setLong(++i, runId);
                s.setString(++i, r.questionId());
                s.setString(++i, r.lang());
                s.setString(++i, r.type());
                s.setString(++i, r.question());
                s.setInt(++i, r.shouldRefuse() ? 1 : 0);
                s.setString(++i, r.expected());
                s.setString(++i, r.given());
                s.setInt(++i, r.refused() ? 1 : 0);
                s.setInt(++i, r.accurate() ? 1 : 0);
                s.setInt(++i, r.citationCorrect() ? 1 : 0);
                s.setInt(++i, r.firstRelevantRank());
                if (r.topFactId().isEmpty()) {
                    s.setNull(++i, Types.VARCHAR);
                    s.setNull(++i, Types.REAL);
                } else {
                    s.setString(++i, r.topFactId());
                    s.setDouble(++i, r.topScore());
                }
                s.setLong(++i, r.latencyNanos());
                s.setString(++i, r.cited());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Every stored run, oldest first, without the per-question outcomes. */
    public List<EvalRun> list() {
        return db.query("listing evaluation runs", c -> {
            List<EvalRun> runs = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, time_ms, index_version, knowledge_version, config, metrics FROM eval_runs ORDER BY id")) {
                while (rs.next()) {
                    runs.add(summary(rs));
                }
            }
            return runs;
        });
    }

    /** The run with its per-question outcomes, or empty when no run has this id. */
    public Optional<EvalRun> find(long id) {
        return db.query("reading evaluation run " + id, c -> {
            EvalRun run;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, time_ms, index_version, knowledge_version, config, metrics FROM eval_runs WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    run = summary(rs);
                }
            }
            List<QuestionResult> results = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT question_id, lang, type, question, should_refuse, expected, given, refused, accurate,
                        citation_correct, first_relevant_rank, top_fact_id, top_score, latency_ns, cited
                    FROM eval_outcomes WHERE run_id = ? ORDER BY rowid""")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String top = rs.getString("top_fact_id");
                        results.add(new QuestionResult(rs.getString("question_id"), rs.getString("lang"), rs.getString("type"),
                                rs.getString("question"), rs.getInt("should_refuse") == 1, rs.getString("expected"),
                                rs.getString("given"), rs.getInt("refused") == 1, rs.getInt("accurate") == 1,
                                rs.getInt("citation_correct") == 1, rs.getInt("first_relevant_rank"), top == null ? "" : top,
                                rs.getDouble("top_score"), rs.getLong("latency_ns"), rs.getString("cited")));
                    }
                }
            }
            return Optional.of(new EvalRun(run.id(), run.time(), run.indexVersion(), run.knowledgeVersion(), run.config(),
                    run.metrics(), results));
        });
    }

    private EvalRun summary(ResultSet rs) throws SQLException {
        return new EvalRun(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("time_ms")), rs.getString("index_version"),
                rs.getString("knowledge_version"), EvalConfig.fromJson(rs.getString("config")),
                metrics(rs.getLong("id"), rs.getString("metrics")), List.of());
    }

    private Map<String, Metrics> metrics(long id, String json) {
        try {
            return JSON.readValue(json, METRICS);
        } catch (java.io.IOException e) {
            throw new StoreException(db.name() + ": evaluation run " + id + " has unreadable metrics: " + e.getMessage(), e);
        }
    }

    private static String toJson(Map<String, Metrics> metrics) {
        try {
            return JSON.writeValueAsString(metrics);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("metrics cannot be written as JSON", e);
        }
    }
}
