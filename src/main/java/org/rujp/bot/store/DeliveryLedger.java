package org.rujp.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rujp.bot.knowledge.Lang;

/**
 * The record of every digest planned and sent, so that each chat gets each digest once even across
 * crashes: a delivery is planned before it is sent and marked after. Throws {@link StoreException} on failure.
 */
public interface DeliveryLedger {
    /** Plans a digest; empty when this chat already has a delivery with this key (in any state). */
    Optional<Delivery> plan(long chatId, String digestKey, List<String> factIds, Lang lang, Instant at);

    /** Whether the chat already has a delivery with this key. */
    boolean has(long chatId, String digestKey);

    /** Deliveries planned but neither sent nor given up (left by a crash), oldest first. */
    List<Delivery> unfinished();

    /** Counts one more sending attempt; call (and let it commit) before sending. Returns the new count. */
    int beginAttempt(long deliveryId, Instant at);

    /**
     * Marks the delivery sent and, in the same transaction, advances the chat's digest progress: each of
     * its facts counts as sent once more, and the chat's last digest time and knowledge version are set.
     */
    void markSent(long deliveryId, Instant at, String knowledgeVersion);

    /** Gives up on the delivery; its facts stay unsent for the chat, so a later digest carries them. */
    void markFailed(long deliveryId, Instant at, String error);

    /** The chat refused it (blocked the bot, left the group). */
    void markUnsubscribed(long deliveryId, Instant at, String error);

    /** Every delivery of a chat, oldest first. */
    List<Delivery> forChat(long chatId);
}
