package org.rujp.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The reading queries of {@link JdbcConversationLog}: turns with facts and feedback, and statistics. */
final class TurnQueries {
    /** Retrieved facts by rank, then those stated without being retrieved (rank 0), by id. */
    private static final Comparator<LoggedTurn.Fact> BY_RANK = Comparator
            .comparing((LoggedTurn.Fact f) -> f.rank() == 0)
            .thenComparingInt(LoggedTurn.Fact::rank)
            .thenComparing(LoggedTurn.Fact::factId);

    private TurnQueries() {
    }

    static List<LoggedTurn> turns(Connection c, long sinceMillis) throws SQLException {
        Map<Long, List<LoggedTurn.Fact>> facts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sinceMillis == Long.MIN_VALUE
                ? "SELECT turn_id, fact_id, source_id, rank, score, stated FROM turn_facts"
                : """
                SELECT f.turn_id, f.fact_id, f.source_id, f.rank, f.score, f.stated
                FROM turn_facts f JOIN turns t ON t.id = f.turn_id WHERE t.time_ms >= ?""")) {
            if (sinceMillis != Long.MIN_VALUE) {
                s.setLong(1, sinceMillis);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new LoggedTurn.Fact(
                            rs.getString(2), rs.getString(3), rs.getInt(4), rs.getDouble(5), rs.getInt(6) == 1));
                }
            }
        }
        facts.values().forEach(list -> list.sort(BY_RANK));
        Map<Long, List<LoggedTurn.Feedback>> feedback = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT f.turn_id, f.user_id, f.helpful, f.time_ms
                FROM feedback f JOIN turns t ON t.id = f.turn_id
                WHERE t.time_ms >= ?
                ORDER BY f.turn_id, f.time_ms, f.user_id""")) {
            s.setLong(1, sinceMillis);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    feedback.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new LoggedTurn.Feedback(
                            rs.getString(2), rs.getInt(3) == 1, Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
        }
        List<LoggedTurn> turns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, time_ms, channel, chat_id, user_id, chat_type, lang, question, resolved_question, outcome,
                       refusal_reason, answer_text, lead, answerer, index_version, total_ns,
                       resolve_ns, retrieve_ns, decide_ns, compose_ns, sources
                FROM turns WHERE time_ms >= ? ORDER BY id""")) {
            s.setLong(1, sinceMillis);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    Map<String, Long> stages = new LinkedHashMap<>();
                    for (String stage : JdbcConversationLog.STAGES) {
                        long nanos = rs.getLong(stage + "_ns");
                        if (!rs.wasNull()) {
                            stages.put(stage, nanos);
                        }
                    }
                    String sources = rs.getString("sources");
                    turns.add(new LoggedTurn(id, Instant.ofEpochMilli(rs.getLong("time_ms")), rs.getString("channel"),
                            rs.getString("chat_id"), rs.getString("user_id"), rs.getString("chat_type"), rs.getString("lang"),
                            rs.getString("question"), rs.getString("resolved_question"), rs.getString("outcome"),
                            rs.getString("refusal_reason"), rs.getString("answer_text"), rs.getString("lead"),
                            rs.getString("answerer"), rs.getString("index_version"), rs.getLong("total_ns"), stages,
                            sources.isBlank() ? List.of() : Arrays.asList(sources.strip().split(" +")),
                            facts.getOrDefault(id, List.of()), feedback.getOrDefault(id, List.of())));
                }
            }
        }
        return turns;
    }

    static FeedbackStats stats(Connection c, long sinceMillis, int topRefused) throws SQLException {
        int turns;
        int refused;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT count(*), coalesce(sum(CASE WHEN outcome = 'refused' THEN 1 ELSE 0 END), 0) FROM turns WHERE time_ms >= ?")) {
            s.setLong(1, sinceMillis);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                turns = rs.getInt(1);
                refused = rs.getInt(2);
            }
        }
        int votes;
        int helpful;
        try (PreparedStatement s = c.prepareStatement("""
                SELECT count(*), coalesce(sum(f.helpful), 0)
                FROM feedback f JOIN turns t ON t.id = f.turn_id WHERE t.time_ms >= ?""")) {
            s.setLong(1, sinceMillis);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                votes = rs.getInt(1);
                helpful = rs.getInt(2);
            }
        }
        List<FeedbackStats.MarkedTurn> notHelpful = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, question, outcome FROM turns
                WHERE time_ms >= ? AND id IN (SELECT turn_id FROM feedback WHERE helpful = 0)
                ORDER BY time_ms DESC, id DESC""")) {
            s.setLong(1, sinceMillis);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    notHelpful.add(new FeedbackStats.MarkedTurn(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return new FeedbackStats(turns, refused, votes, helpful,
                votes == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) helpful / votes),
                notHelpful, frequentRefused(c, sinceMillis, topRefused));
    }

    /** Groups refused questions ignoring case, spacing and final punctuation, in any script. */
    private static List<FeedbackStats.FrequentQuestion> frequentRefused(Connection c, long sinceMillis, int top)
            throws SQLException {
        Map<String, String> firstForm = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT question FROM turns WHERE outcome = 'refused' AND time_ms >= ? ORDER BY id")) {
            s.setLong(1, sinceMillis);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String question = rs.getString(1).strip();
                    String key = normalise(question);
                    if (key.isEmpty()) {
                        continue;
                    }
                    firstForm.putIfAbsent(key, question);
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        return firstForm.entrySet().stream()
                .sorted((a, b) -> Integer.compare(counts.get(b.getKey()), counts.get(a.getKey()))) // stable: first asked first
                .limit(Math.max(0, top))
                .map(e -> new FeedbackStats.FrequentQuestion(e.getValue(), counts.get(e.getKey())))
                .toList();
    }

    static String normalise(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s?!.\u3002\uff1f\uff01]+$", "").strip();
    }
}
