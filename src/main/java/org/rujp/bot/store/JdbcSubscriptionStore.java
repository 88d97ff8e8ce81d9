package org.rujp.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rujp.bot.knowledge.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Subscriptions in the {@code subscriptions} table of the bot's store (SQLite file or PostgreSQL). */
public final class JdbcSubscriptionStore implements SubscriptionStore {
    private static final Logger log = LoggerFactory.getLogger(JdbcSubscriptionStore.class);
    private static final String COLUMNS = "chat_id, chat_type, frequency, zone, lang, created_at, active";

    private final Database db;
    private final ChatIds ids;

    public JdbcSubscriptionStore(Database db) {
        this.db = db;
        this.ids = ChatIds.of(db);
    }

    @Override
    public Subscription subscribe(long chatId, String chatType, Frequency frequency, Optional<ZoneId> zone, Lang lang,
                                  Instant at) {
        return db.inTransaction("subscribing chat " + chatId, c -> {
            Optional<Subscription> existing = find(c, chatId);
            if (existing.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO subscriptions (chat_id, chat_type, frequency, zone,"
                        + " lang, created_at, updated_at, active) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")) {
                    s.setLong(1, ids.seal(chatId));
                    s.setString(2, chatType);
                    s.setString(3, frequency.code());
                    s.setString(4, zone.map(ZoneId::getId).orElse(null));
                    s.setString(5, lang.code());
                    s.setLong(6, at.toEpochMilli());
                    s.setLong(7, at.toEpochMilli());
                    s.executeUpdate();
                }
            } else {
                Subscription old = existing.get();
                Optional<ZoneId> keptZone = zone.isPresent() ? zone : old.zone();
                Instant created = old.active() ? old.created() : at;
                try (PreparedStatement s = c.prepareStatement("UPDATE subscriptions SET chat_type = ?, frequency = ?, zone = ?,"
                        + " lang = ?, created_at = ?, updated_at = ?, active = 1 WHERE chat_id = ?")) {
                    s.setString(1, chatType);
                    s.setString(2, frequency.code());
                    s.setString(3, keptZone.map(ZoneId::getId).orElse(null));
                    s.setString(4, lang.code());
                    s.setLong(5, created.toEpochMilli());
                    s.setLong(6, at.toEpochMilli());
                    s.setLong(7, ids.seal(chatId));
                    s.executeUpdate();
                }
            }
            return find(c, chatId).orElseThrow();
        });
    }

    @Override
    public boolean unsubscribe(long chatId, Instant at) {
        return update(chatId, "unsubscribing", "active = 0", "active = 1", at, null);
    }

    @Override
    public Optional<Subscription> get(long chatId) {
        return db.query("reading the subscription of chat " + chatId, c -> find(c, chatId));
    }

    @Override
    public List<Subscription> active() {
        return db.query("listing subscriptions", c -> {
            List<Subscription> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM subscriptions WHERE active = 1");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            result.sort(java.util.Comparator.comparingLong(Subscription::chatId)); // by the real id, not the sealed one
            return result;
        });
    }

    @Override
    public boolean setZone(long chatId, Optional<ZoneId> zone, Instant at) {
        return update(chatId, "setting the zone of", "zone = ?", "1 = 1", at, zone.map(ZoneId::getId).orElse(null));
    }

    @Override
    public boolean setFrequency(long chatId, Frequency frequency, Instant at) {
        return update(chatId, "setting the frequency of", "frequency = ?", "1 = 1", at, frequency.code());
    }

    private boolean update(long chatId, String what, String set, String condition, Instant at, String value) {
        boolean hasValue = set.contains("?");
        return db.inTransaction(what + " chat " + chatId, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE subscriptions SET " + set + ", updated_at = ?"
                    + " WHERE chat_id = ? AND " + condition)) {
                int i = 1;
                if (hasValue) {
                    s.setString(i++, value);
                }
                s.setLong(i++, at.toEpochMilli());
                s.setLong(i, ids.seal(chatId));
                return s.executeUpdate() > 0;
            }
        });
    }

    private Optional<Subscription> find(Connection c, long chatId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM subscriptions WHERE chat_id = ?")) {
            s.setLong(1, ids.seal(chatId));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private Subscription read(ResultSet rs) throws SQLException {
        long chatId = ids.open(rs.getLong("chat_id"));
        String frequency = rs.getString("frequency");
        String zone = rs.getString("zone");
        String lang = rs.getString("lang");
        Optional<ZoneId> zoneId = Optional.empty();
        try {
            zoneId = zone == null ? Optional.empty() : Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            log.warn("{}: subscription of chat {} has an unknown time zone '{}'; using the default zone", db.name(), chatId, zone);
        }
        return new Subscription(chatId, rs.getString("chat_type"),
                Frequency.fromCode(frequency).orElseThrow(() -> new StoreException(db.name() + ": subscription of chat "
                        + chatId + " has an unknown frequency '" + frequency + "'")),
                zoneId,
                Lang.fromCode(lang).orElseThrow(() -> new StoreException(db.name() + ": subscription of chat "
                        + chatId + " has an unknown language '" + lang + "'")),
                Instant.ofEpochMilli(rs.getLong("created_at")), rs.getInt("active") == 1);
    }
}
