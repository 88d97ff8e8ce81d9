package org.rujp.bot.store;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Telegram chat ids as the digest tables hold them: sealed by a keyed permutation of the 64-bit id (a
 * four-round Feistel network over HMAC-SHA256, under a key derived from the pseudonym key, which is kept
 * outside the database). Digests must be sent to the real chat, so the id has to come back, which a hash
 * cannot do; sealed, it still fits the INTEGER columns and their keys, is the same for the same chat (so
 * lookups and uniqueness work), and a copy of the database alone does not reveal it.
 *
 * <p>Chat ids stored raw by an earlier version are sealed in place the first time the store is opened by
 * this one (recorded as {@code chat_ids_sealed} in {@code meta}).
 */
final class ChatIds {
    private static final String SEALED_FLAG = "chat_ids_sealed";
    static final List<String> TABLES = List.of("subscriptions", "deliveries", "digest_progress", "digest_sent_facts");

    private final SecretKeySpec key;

    private ChatIds(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The sealing of this database's pseudonym key; seals any raw ids left by an earlier version first. */
    static ChatIds of(Database db) {
        ChatIds ids = new ChatIds(Pseudonyms.load(db).derive("telegram chat ids in digest tables"));
        ids.sealLegacyRows(db);
        return ids;
    }

    long seal(long chatId) {
        int l = (int) (chatId >>> 32);
        int r = (int) chatId;
        for (int round = 0; round < 4; round++) {
            int next = l ^ f(round, r);
            l = r;
            r = next;
        }
        return ((long) l << 32) | (r & 0xffffffffL);
    }

    long open(long sealed) {
        int l = (int) (sealed >>> 32);
        int r = (int) sealed;
        for (int round = 3; round >= 0; round--) {
            int previous = r ^ f(round, l);
            r = l;
            l = previous;
        }
        return ((long) l << 32) | (r & 0xffffffffL);
    }

    private int f(int round, int half) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return ByteBuffer.wrap(mac.doFinal(ByteBuffer.allocate(5).put((byte) round).putInt(half).array())).getInt();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private void sealLegacyRows(Database db) {
        db.inTransaction("sealing the chat ids of the digest tables", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM meta WHERE key = ?")) {
                s.setString(1, SEALED_FLAG);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return null;
                    }
                }
            }
            for (String table : TABLES) {
                List<Long> raw = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT chat_id FROM " + table);
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        raw.add(rs.getLong(1));
                    }
                }
                // A sealed id equal to another raw one of the same table is a 1 in 2^64 chance per pair.
                try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET chat_id = ? WHERE chat_id = ?")) {
                    for (long id : raw) {
                        s.setLong(1, seal(id));
                        s.setLong(2, id);
                        s.executeUpdate();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, '1')")) {
                s.setString(1, SEALED_FLAG);
                s.executeUpdate();
            }
            return null;
        });
    }
}
