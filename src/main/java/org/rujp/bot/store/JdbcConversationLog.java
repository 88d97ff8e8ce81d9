package org.rujp.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.Set;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.retrieval.ScoredFact;

/**
 * The conversation log in the store (the SQLite file or PostgreSQL, through the same SQL): one row per turn in {@code turns}, the retrieved and stated
 * facts in {@code turn_facts}, verdicts in {@code feedback}. Chat and user ids are stored as keyed hashes
 * ({@link Pseudonyms}) unless {@code store.pseudonymous_ids} is false. Safe for concurrent use: all
 * access goes through the one connection of the {@link Database}, serialised.
 */
public final class JdbcConversationLog implements ConversationLog, ConversationHistory {
    static final List<String> STAGES = List.of("resolve", "retrieve", "decide", "compose");

    private final Database db;
    private final boolean pseudonymous;
    private final Pseudonyms pseudonyms;
    private final ChatIds chatIds;

    public JdbcConversationLog(Database db, boolean pseudonymousIds) {
        this.db = db;
        this.pseudonymous = pseudonymousIds;
        this.pseudonyms = Pseudonyms.load(db);
        this.chatIds = ChatIds.of(db);
    }

    /** The id as stored: its pseudonym, or the raw id when pseudonymous ids are off. */
    public String storedId(String channel, String rawId) {
        return pseudonymous ? pseudonyms.of(channel, rawId) : rawId;
    }

    @Override
    public long record(Turn turn) {
        return db.inTransaction("recording a turn", c -> insert(c, 0, turn, 0));
    }

    /**
     * Records the turn and, in the same transaction, notes it on the inbox's update: a process killed
     * right after logging cannot leave the update without its turn, so a retry never logs it again.
     */
    @Override
    public long recordForUpdate(Turn turn, long updateId) {
        return db.inTransaction("recording a turn", c -> insert(c, 0, turn, updateId));
    }

    /** Turns recorded for an update are noted on it in the same transaction (the log and the inbox share the database). */
    @Override
    public boolean notesUpdates() {
        return true;
    }

    /**
     * Raises the table's AUTOINCREMENT counter past the reserved ids: SQLite never hands out an id at or
     * below it, so neither this process nor another one writing the same file takes them.
     */
    @Override
    public OptionalLong reserveIds(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("reserve at least one id: " + n);
        }
        if (db.postgres()) {
            return OptionalLong.empty(); // replicas share the turns' identity sequence: each turn is numbered as it is written
        }
        return OptionalLong.of(db.inTransaction("reserving turn ids", c -> {
            long last;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("""
                         SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'turns'), 0),
                                    coalesce((SELECT max(id) FROM turns), 0))""")) {
                rs.next();
                last = rs.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE sqlite_sequence SET seq = ? WHERE name = 'turns'")) {
                s.setLong(1, last + n);
                if (s.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO sqlite_sequence (name, seq) VALUES ('turns', ?)")) {
                        insert.setLong(1, last + n);
                        insert.executeUpdate();
                    }
                }
            }
            return last + 1;
        }));
    }

    @Override
    public void recordAll(List<Numbered> turns) {
        if (turns.isEmpty()) {
            return;
        }
        db.inTransaction("recording " + turns.size() + " turns", c -> {
            for (Numbered t : turns) {
                insert(c, t.id(), t.turn(), t.updateId());
            }
            return null;
        });
    }

    /**
     * Inserts the turn and its facts under {@code givenId}, or under a new id when it is 0, and notes it on the
     * inbox's update {@code updateId} when that is above 0; returns the id.
     */
    private long insert(Connection c, long givenId, Turn turn, long updateId) throws SQLException {
        Objects.requireNonNull(turn.channel(), "channel");
        Answer answer = Objects.requireNonNull(turn.answer(), "answer");
        long id;
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO turns (time_ms, channel, chat_id, user_id, chat_type, lang, question, resolved_question,
                    outcome, refusal_reason, answer_text, lead, answerer, index_version, total_ns,
                    resolve_ns, retrieve_ns, decide_ns, compose_ns, sources%s)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%s)""".formatted(givenId > 0 ? ", id" : "",
                givenId > 0 ? ", ?" : ""), Statement.RETURN_GENERATED_KEYS)) {
            int i = 0;
            s.setLong(++i, turn.time().toEpochMilli());
            s.setString(++i, turn.channel());
            s.setString(++i, storedId(turn.channel(), text(turn.chatId())));
            s.setString(++i, storedId(turn.channel(), text(turn.userId())));
            s.setString(++i, text(turn.chatType()));
            s.setString(++i, answer.lang().code());
            s.setString(++i, text(answer.question()));
            s.setString(++i, text(answer.resolvedQuestion()));
            boolean answered = answer instanceof Answer.Answered;
            s.setString(++i, answered ? LoggedTurn.ANSWERED : LoggedTurn.REFUSED);
            s.setString(++i, answer instanceof Answer.Refused r ? text(r.reason()) : "");
            s.setString(++i, text(turn.answerText()));
            s.setString(++i, answer instanceof Answer.Answered a ? a.lead() : "");
            s.setString(++i, text(answer.answerer()));
            s.setString(++i, text(turn.indexVersion()));
            s.setLong(++i, turn.totalNanos());
            for (String stage : STAGES) {
                Long nanos = answer.stageNanos().get(stage);
                if (nanos == null) {
                    s.setNull(++i, Types.INTEGER);
                } else {
                    s.setLong(++i, nanos);
                }
            }
            s.setString(++i, answer instanceof Answer.Answered a
                    ? String.join(" ", a.sources().stream().map(src -> src.id()).toList()) : "");
            if (givenId > 0) {
                s.setLong(++i, givenId); // reserved beforehand (reserveIds); otherwise the database numbers it
            }
            s.executeUpdate();
            if (givenId > 0) {
                id = givenId;
            } else {
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        }
        insertFacts(c, id, answer);
        if (updateId > 0) {
            try (PreparedStatement s = c.prepareStatement("UPDATE inbox SET turn_id = ? WHERE update_id = ? AND turn_id IS NULL")) {
                s.setLong(1, id);
                s.setLong(2, updateId);
                s.executeUpdate();
            }
        }
        return id;
    }

    private static void insertFacts(Connection c, long turnId, Answer answer) throws SQLException {
        Set<String> stated = new HashSet<>();
        if (answer instanceof Answer.Answered a) {
            a.statements().forEach(st -> stated.add(st.fact().id()));
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO turn_facts (turn_id, fact_id, source_id, rank, score, stated)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (turn_id, fact_id) DO NOTHING""")) {
            Set<String> written = new HashSet<>();
            for (ScoredFact f : answer.retrieved()) {
                addFact(s, turnId, f.fact().id(), f.fact().sourceId(), f.rank(), f.score(), stated.contains(f.fact().id()));
                written.add(f.fact().id());
            }
            if (answer instanceof Answer.Answered a) {
                for (var st : a.statements()) {
                    if (written.add(st.fact().id())) {
                        addFact(s, turnId, st.fact().id(), st.fact().sourceId(), 0, st.score(), true);
                    }
                }
            }
            s.executeBatch();
        }
    }

    private static void addFact(PreparedStatement s, long turnId, String factId, String sourceId, int rank, double score,
                                boolean stated) throws SQLException {
        s.setLong(1, turnId);
        s.setString(2, factId);
        s.setString(3, sourceId);
        if (rank > 0) {
            s.setInt(4, rank);
        } else {
            s.setNull(4, Types.INTEGER);
        }
        s.setDouble(5, score);
        s.setInt(6, stated ? 1 : 0);
        s.addBatch();
    }

    @Override
    public void feedback(long turnId, boolean helpful, Instant at) {
        int rows = db.inTransaction("recording feedback on turn " + turnId, c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO feedback (turn_id, user_id, helpful, time_ms)
                    SELECT id, user_id, ?, ? FROM turns WHERE id = ? AND true
                    ON CONFLICT (turn_id, user_id) DO UPDATE SET helpful = excluded.helpful, time_ms = excluded.time_ms""")) {
                s.setInt(1, helpful ? 1 : 0);
                s.setLong(2, at.toEpochMilli());
                s.setLong(3, turnId);
                return s.executeUpdate();
            }
        });
        if (rows == 0) {
            throw new StoreException(db.name() + ": no turn " + turnId + " in the conversation log (forgotten or past retention)");
        }
    }

    @Override
    public boolean feedback(long turnId, String userId, boolean helpful, Instant at) {
        return db.inTransaction("recording feedback on turn " + turnId, c -> {
            String channel;
            try (PreparedStatement s = c.prepareStatement("SELECT channel FROM turns WHERE id = ?")) {
                s.setLong(1, turnId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    channel = rs.getString(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO feedback (turn_id, user_id, helpful, time_ms) VALUES (?, ?, ?, ?)
                    ON CONFLICT (turn_id, user_id) DO UPDATE SET helpful = excluded.helpful, time_ms = excluded.time_ms""")) {
                s.setLong(1, turnId);
                s.setString(2, storedId(channel, userId));
                s.setInt(3, helpful ? 1 : 0);
                s.setLong(4, at.toEpochMilli());
                s.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public Vote vote(long turnId, String channel, String chatId, String userId, boolean helpful, Instant at) {
        return db.inTransaction("recording a vote on turn " + turnId, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT chat_id FROM turns WHERE id = ? AND channel = ?")) {
                s.setLong(1, turnId);
                s.setString(2, channel);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Vote.NOT_FOUND;
                    }
                    String stored = rs.getString(1);
                    if (!stored.equals(pseudonyms.of(channel, chatId)) && !stored.equals(chatId)) {
                        return Vote.NOT_FOUND;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO feedback (turn_id, user_id, helpful, time_ms) VALUES (?, ?, ?, ?)
                    ON CONFLICT (turn_id, user_id) DO NOTHING""")) {
                s.setLong(1, turnId);
                s.setString(2, storedId(channel, userId));
                s.setInt(3, helpful ? 1 : 0);
                s.setLong(4, at.toEpochMilli());
                return s.executeUpdate() == 1 ? Vote.RECORDED : Vote.ALREADY_VOTED;
            }
        });
    }

    /**
     * Deletes the user's turns on the channel (their facts and everyone's feedback on them cascade) and
     * the user's own feedback on other turns of the channel. Matches both the pseudonym and the raw id,
     * so rows logged before {@code store.pseudonymous_ids} was switched are found too. On Telegram, the
     * user's private chat has the user's id: its digest subscription, deliveries and digest history
     * go too (a group's are the group's, and stay).
     */
    @Override
    public int forget(String channel, String userId) {
        String hashed = pseudonyms.of(channel, userId);
        return db.inTransaction("forgetting a user", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    DELETE FROM feedback WHERE user_id IN (?, ?)
                      AND turn_id IN (SELECT id FROM turns WHERE channel = ?)""")) {
                s.setString(1, hashed);
                s.setString(2, userId);
                s.setString(3, channel);
                s.executeUpdate();
            }
            if (channel.equals("telegram") && userId.matches("[0-9]{1,19}")) {
                for (String table : ChatIds.TABLES) {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE chat_id = ?")) {
                        s.setLong(1, chatIds.seal(Long.parseLong(userId)));
                        s.executeUpdate();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM turns WHERE channel = ? AND user_id IN (?, ?)")) {
                s.setString(1, channel);
                s.setString(2, hashed);
                s.setString(3, userId);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Deletes what is past retention: turns (with their facts and feedback) that arrived before
     * {@code cutoff}; finished digest deliveries and records of sent digest items older than it; and
     * subscriptions stopped before it, with their digest history. Returns how many turns.
     */
    public int purgeOlderThan(Instant cutoff) {
        long ms = cutoff.toEpochMilli();
        return db.inTransaction("deleting data past retention", c -> {
            int turns;
            try (PreparedStatement s = c.prepareStatement("DELETE FROM turns WHERE time_ms < ?")) {
                s.setLong(1, ms);
                turns = s.executeUpdate();
            }
            for (String sql : List.of(
                    "DELETE FROM deliveries WHERE state NOT IN ('planned', 'sending') AND coalesce(finished_at, planned_at) < ?",
                    "DELETE FROM digest_sent_facts WHERE last_sent_at < ?",
                    "DELETE FROM digest_progress WHERE chat_id IN (SELECT chat_id FROM subscriptions WHERE active = 0 AND updated_at < ?)",
                    "DELETE FROM subscriptions WHERE active = 0 AND updated_at < ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, ms);
                    s.executeUpdate();
                }
            }
            return turns;
        });
    }

    @Override
    public List<LoggedTurn> turns(Optional<Instant> since) {
        return db.query("reading the conversation log", c -> TurnQueries.turns(c, sinceMillis(since)));
    }

    @Override
    public FeedbackStats feedbackStats(Optional<Instant> since, int topRefused) {
        return db.query("computing feedback statistics", c -> TurnQueries.stats(c, sinceMillis(since), topRefused));
    }

    private static long sinceMillis(Optional<Instant> since) {
        return since.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
