package org.rujp.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rujp.bot.knowledge.Lang;

/**
 * The deliveries ledger in the {@code deliveries} table; marking a delivery sent also advances the
 * chat's rows in {@code digest_progress} and {@code digest_sent_facts}, in the same transaction. Each change of
 * state is one conditional UPDATE on the state it leaves (planned to sending, sending to uncertain, ...), so
 * of two processes racing for a delivery exactly one changes it, on SQLite and on PostgreSQL alike.
 */
public final class JdbcDeliveryLedger implements DeliveryLedger {
    private static final String COLUMNS = "delivery_id, chat_id, digest_key, fact_ids, lang, state, attempts, planned_at,"
            + " sending_by, attempted_at";
    /** The states a delivery may still leave. */
    private static final String OPEN = "('planned', 'sending', 'uncertain')";
    private static final Set<Delivery.State> OPEN_STATES = EnumSet.of(Delivery.State.PLANNED,
            Delivery.State.SENDING, Delivery.State.UNCERTAIN);
    /** The channel name the conversation log and the inbox hash Telegram chat ids under. */
    private static final String CHANNEL = "telegram";

    private final Database db;
    private final ChatIds ids;
    private final Pseudonyms pseudonyms;

    public JdbcDeliveryLedger(Database db) {
        this.db = db;
        this.ids = ChatIds.of(db);
        this.pseudonyms = Pseudonyms.load(db);
    }

    @Override
    public Optional<Delivery> plan(long chatId, String digestKey, List<String> factIds, Lang lang, Instant at) {
        for (String id : factIds) {
            if (id.contains(",")) {
                throw new IllegalArgumentException("fact id '" + id + "' contains a comma");
            }
        }
        return db.inTransaction("planning digest " + digestKey + " for chat " + chatId, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO deliveries (chat_id, digest_key, fact_ids, lang, state,"
                    + " attempts, planned_at) VALUES (?, ?, ?, ?, 'planned', 0, ?) ON CONFLICT (chat_id, digest_key) DO NOTHING")) {
                s.setLong(1, ids.seal(chatId));
                s.setString(2, digestKey);
                s.setString(3, String.join(",", factIds));
                s.setString(4, lang.code());
                s.setLong(5, at.toEpochMilli());
                if (s.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(select(c, "chat_id = ? AND digest_key = ?", ids.seal(chatId), digestKey).get(0));
        });
    }

    @Override
    public boolean has(long chatId, String digestKey) {
        return db.query("looking up digest " + digestKey + " of chat " + chatId, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM deliveries WHERE chat_id = ? AND digest_key = ?")) {
                s.setLong(1, ids.seal(chatId));
                s.setString(2, digestKey);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public List<Delivery> unfinished() {
        return db.query("listing unfinished deliveries", c -> select(c, "state IN ('planned', 'sending')"));
    }

    @Override
    public boolean markSending(long deliveryId, String sender, Instant at) {
        return update("marking delivery " + deliveryId + " in flight", "UPDATE deliveries SET state = 'sending',"
                + " sending_by = ?, attempted_at = ?, attempts = attempts + 1 WHERE delivery_id = ? AND state = 'planned'",
                sender, at.toEpochMilli(), deliveryId) == 1;
    }

    @Override
    public boolean releaseSending(long deliveryId, String sender) {
        return update("releasing delivery " + deliveryId, "UPDATE deliveries SET state = 'planned', attempts = attempts - 1"
                + " WHERE delivery_id = ? AND state = 'sending' AND sending_by = ?", deliveryId, sender) == 1;
    }

    @Override
    public boolean markUncertain(long deliveryId, Instant at, String note) {
        return update("marking delivery " + deliveryId + " uncertain", "UPDATE deliveries SET state = 'uncertain',"
                + " finished_at = ?, error = ? WHERE delivery_id = ? AND state = 'sending'", at.toEpochMilli(), note, deliveryId) == 1;
    }

    @Override
    public boolean planAgain(long deliveryId, boolean afresh) {
        return update("planning delivery " + deliveryId + " again", "UPDATE deliveries SET state = 'planned', finished_at = NULL"
                + (afresh ? ", attempts = 0" : "") + " WHERE delivery_id = ? AND state = 'uncertain'", deliveryId) == 1;
    }

    @Override
    public List<Delivery> uncertain() {
        return db.query("listing uncertain deliveries", c -> select(c, "state = 'uncertain'"));
    }

    @Override
    public List<Count> counts(Instant since) {
        return db.query("counting deliveries by digest", c -> {
            List<Count> counts = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT digest_key, state, count(*) FROM deliveries"
                    + " WHERE planned_at >= ? GROUP BY digest_key, state ORDER BY min(planned_at), digest_key, state")) {
                s.setLong(1, since.toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new Count(rs.getString(1), state(rs.getString(2)), rs.getInt(3)));
                    }
                }
            }
            return counts;
        });
    }

    @Override
    public String chatPseudonym(long chatId) {
        return pseudonyms.of(CHANNEL, Long.toString(chatId)).substring(0, 16);
    }

    private int update(String what, String sql, Object... args) {
        return db.inTransaction(what, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void markSent(long deliveryId, Instant at, String knowledgeVersion) {
        db.inTransaction("marking delivery " + deliveryId + " sent", c -> {
            List<Delivery> found = select(c, "delivery_id = ?", deliveryId);
            if (found.isEmpty() || !OPEN_STATES.contains(found.get(0).state())) {
                throw new StoreException(db.name() + ": delivery " + deliveryId + " is "
                        + (found.isEmpty() ? "not in the ledger" : "already " + found.get(0).state().name().toLowerCase(Locale.ROOT))
                        + "; cannot mark it sent");
            }
            Delivery d = found.get(0);
            finish(c, deliveryId, "sent", at, null);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO digest_sent_facts (chat_id, fact_id, times, last_sent_at)"
                    + " VALUES (?, ?, 1, ?) ON CONFLICT (chat_id, fact_id) DO UPDATE SET times = digest_sent_facts.times + 1,"
                    + " last_sent_at = excluded.last_sent_at")) {
                for (String factId : d.factIds()) {
                    s.setLong(1, ids.seal(d.chatId()));
                    s.setString(2, factId);
                    s.setLong(3, at.toEpochMilli());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO digest_progress (chat_id, last_digest_at, knowledge_version)"
                    + " VALUES (?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET last_digest_at = excluded.last_digest_at,"
                    + " knowledge_version = excluded.knowledge_version")) {
                s.setLong(1, ids.seal(d.chatId()));
                s.setLong(2, at.toEpochMilli());
                s.setString(3, knowledgeVersion);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void markFailed(long deliveryId, Instant at, String error) {
        db.inTransaction("marking delivery " + deliveryId + " failed", c -> finish(c, deliveryId, "failed", at, error));
    }

    @Override
    public void markUnsubscribed(long deliveryId, Instant at, String error) {
        db.inTransaction("marking delivery " + deliveryId + " unsubscribed",
                c -> finish(c, deliveryId, "unsubscribed", at, error));
    }

    @Override
    public List<Delivery> forChat(long chatId) {
        return db.query("listing deliveries of chat " + chatId, c -> select(c, "chat_id = ?", ids.seal(chatId)));
    }

    private Void finish(Connection c, long deliveryId, String state, Instant at, String error) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE deliveries SET state = ?, finished_at = ?, error = ?"
                + " WHERE delivery_id = ? AND state IN " + OPEN)) {
            s.setString(1, state);
            s.setLong(2, at.toEpochMilli());
            s.setString(3, error);
            s.setLong(4, deliveryId);
            if (s.executeUpdate() == 0) {
                throw new StoreException(db.name() + ": delivery " + deliveryId + " is not in the ledger or already finished;"
                        + " cannot mark it " + state);
            }
        }
        return null;
    }

    private List<Delivery> select(Connection c, String where, Object... args) throws SQLException {
        List<Delivery> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM deliveries WHERE " + where
                + " ORDER BY delivery_id")) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
        }
        return result;
    }

    private Delivery read(ResultSet rs) throws SQLException {
        long id = rs.getLong("delivery_id");
        String factIds = rs.getString("fact_ids");
        String lang = rs.getString("lang");
        return new Delivery(id, ids.open(rs.getLong("chat_id")), rs.getString("digest_key"),
                factIds.isEmpty() ? List.of() : Arrays.asList(factIds.split(",")),
                Lang.fromCode(lang).orElseThrow(() -> new StoreException(db.name() + ": delivery " + id
                        + " has an unknown language '" + lang + "'")),
                state(rs.getString("state")), rs.getInt("attempts"), Instant.ofEpochMilli(rs.getLong("planned_at")),
                Optional.ofNullable(rs.getString("sending_by")),
                Optional.ofNullable((Number) rs.getObject("attempted_at")).map(n -> Instant.ofEpochMilli(n.longValue())));
    }

    private static Delivery.State state(String stored) {
        return Delivery.State.valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
