package org.rujp.bot.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of chat and user ids: HMAC-SHA256 of "channel:id" under a secret key generated once per
 * installation and kept in the database's {@code meta} table. The same raw id always gives the same
 * pseudonym in one database (so /forget finds a user's rows by hashing the id again), while the log
 * alone cannot be joined back to Telegram accounts without the key.
 */
final class Pseudonyms {
    private static final String KEY_NAME = "pseudonym_key";

    private final SecretKeySpec key;

    private Pseudonyms(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Loads the installation's key, generating and storing it on first use. */
    static Pseudonyms load(Database db) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String hex = db.inTransaction("reading the pseudonym key", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)")) {
                insert.setString(1, KEY_NAME);
                insert.setString(2, HexFormat.of().formatHex(fresh));
                insert.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                select.setString(1, KEY_NAME);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        try {
            return new Pseudonyms(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new StoreException(db.file() + ": the pseudonym key in table meta is damaged (not hexadecimal)", e);
        }
    }

    /** The pseudonym of a raw id on a channel: 64 hexadecimal digits. */
    String of(String channel, String rawId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((channel + ":" + rawId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
