package org.rujp.bot.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed hashes of chat and user ids: HMAC-SHA256 of "channel:id" under a secret key kept outside the
 * database, so that a copy of the database alone cannot be joined back to Telegram accounts.
 *
 * <p>The key comes from the environment variable {@value #ENV} (64 hexadecimal digits) or else from the
 * key file {@code <database>.key} beside the database (owner-only permissions), which is created on
 * first use. A key that an earlier version kept in the database's {@code meta} table is moved to the
 * key file (so that existing pseudonyms still match) and deleted from the database.
 */
final class Pseudonyms {
    private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);
    static final String ENV = "RUJP_PSEUDONYM_KEY";
    private static final String META_KEY = "pseudonym_key";
    private static final String CHECK_KEY = "pseudonym_key_check";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKeySpec key;

    private Pseudonyms(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Loads the installation's key (environment, else key file), creating the key file on first use. */
    static Pseudonyms load(Database db) {
        return load(db, System.getenv());
    }

    static Pseudonyms load(Database db, Map<String, String> env) {
        Optional<String> legacy = legacyKey(db);
        byte[] key;
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                key = HexFormat.of().parseHex(fromEnv.strip());
            } catch (IllegalArgumentException e) {
                throw new StoreException(ENV + " must be hexadecimal (64 digits, e.g. from 'openssl rand -hex 32')");
            }
            if (key.length < 16) {
                throw new StoreException(ENV + " must be at least 32 hexadecimal digits (64 recommended)");
            }
            legacy.filter(k -> !k.equalsIgnoreCase(fromEnv.strip())).ifPresent(k -> log.warn(
                    "{}: the database held another pseudonym key; rows logged under it no longer match their users", db.name()));
        } else {
            key = keyFile(db, legacy);
        }
        legacy.ifPresent(k -> dropLegacyKey(db));
        Pseudonyms pseudonyms = new Pseudonyms(key);
        pseudonyms.checkAgainst(db);
        return pseudonyms;
    }

    /**
     * The database keeps a check value of its key (a keyed hash of a constant, which reveals nothing of
     * the key): another key would silently mix pseudonyms and unseal chat ids wrongly, so it is refused.
     */
    private void checkAgainst(Database db) {
        String check = HexFormat.of().formatHex(derive("key check"), 0, 8);
        String stored = db.inTransaction("checking the pseudonym key", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")) {
                s.setString(1, CHECK_KEY);
                s.setString(2, check);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                s.setString(1, CHECK_KEY);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        if (!stored.equals(check)) {
            throw new StoreException(db.name() + ": was written with another pseudonym key than " + ENV + " or "
                    + keyFile(db.file()) + " holds; restore that key (ids in the database cannot be matched without it)");
        }
    }

    /** Where the key file of this database is: {@code rujp-bot.db.key} beside {@code rujp-bot.db}. */
    static Path keyFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".key");
    }

    private static byte[] keyFile(Database db, Optional<String> legacy) {
        Path file = keyFile(db.file());
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                String hex = legacy.orElse(HexFormat.of().formatHex(fresh));
                try {
                    create(file, hex);
                    log.info("Pseudonym key {} {} (owner-only); keep it with backups of the database, apart from them",
                            file, legacy.isPresent() ? "moved out of the database" : "created");
                } catch (FileAlreadyExistsException e) {
                    // another process created it first: use theirs
                }
            }
            tighten(file);
            String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new StoreException(file + ": the pseudonym key is damaged (not hexadecimal)", e);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read or create the pseudonym key: " + e.getMessage(), e);
        }
    }

    private static void create(Path file, String hex) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system
        }
        Files.writeString(file, hex + "\n", StandardCharsets.US_ASCII);
    }

    /** A key file readable by others is narrowed to its owner. */
    private static void tighten(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                log.warn("{}: the pseudonym key was readable by others; made owner-only", file);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    private static Optional<String> legacyKey(Database db) {
        return db.query("reading the pseudonym key", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                s.setString(1, META_KEY);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private static void dropLegacyKey(Database db) {
        db.inTransaction("removing the pseudonym key from the database", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM meta WHERE key = ?")) {
                s.setString(1, META_KEY);
                return s.executeUpdate();
            }
        });
    }

    /** A key for another purpose, derived from this one (so that one secret outside the database serves all). */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(("derived key: " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
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
