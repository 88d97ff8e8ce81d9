package org.rujp.bot.digest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Hashes;
import org.rujp.bot.knowledge.KnowledgeBase;

/**
 * The "ask a follow-up about this item" buttons: callback data {@code dq:<factId>}, or for an id too long
 * for Telegram's 64 bytes, {@code dq:#<first 16 hex digits of the id's SHA-256>}.
 */
public final class FollowUpButtons {
    public static final String PREFIX = "dq:";
    private static final String HASHED = PREFIX + "#";

    private FollowUpButtons() {
    }

    public static String callbackData(String factId) {
        String plain = PREFIX + factId;
        if (plain.getBytes(StandardCharsets.UTF_8).length <= DigestButton.MAX_CALLBACK_BYTES && !factId.startsWith("#")) {
            return plain;
        }
        return HASHED + shortHash(factId);
    }

    /** Whether callback data comes from a digest button (the Telegram side routes it here). */
    public static boolean isFollowUp(String callbackData) {
        return callbackData != null && callbackData.startsWith(PREFIX);
    }

    /** The fact a button refers to; empty when the data is not ours or the fact is no longer known. */
    public static Optional<Fact> resolve(String callbackData, KnowledgeBase knowledge) {
        if (!isFollowUp(callbackData)) {
            return Optional.empty();
        }
        if (callbackData.startsWith(HASHED)) {
            String hash = callbackData.substring(HASHED.length());
            return knowledge.facts().stream().filter(f -> shortHash(f.id()).equals(hash)).findFirst();
        }
        return knowledge.fact(callbackData.substring(PREFIX.length()));
    }

    private static String shortHash(String id) {
        return Hashes.sha256(id).substring(0, 16);
    }
}
