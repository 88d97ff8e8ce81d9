package org.rujp.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rujp.bot.knowledge.Lang;

/**
 * The record of every digest planned and sent, so that no chat gets a digest twice, even across crashes and
 * a change of the sending replica: a delivery is planned, marked in flight by its sender (committed before
 * anything is sent), and marked sent, failed or unsubscribed after Telegram answered. Every change of state
 * is conditional on the state it leaves, so two senders never both hold one delivery. Throws
 * {@link StoreException} on failure.
 */
public interface DeliveryLedger {
    /** Plans a digest; empty when this chat already has a delivery with this key (in any state). */
    Optional<Delivery> plan(long chatId, String digestKey, List<String> factIds, Lang lang, Instant at);

    /** Whether the chat already has a delivery with this key. */
    boolean has(long chatId, String digestKey);

    /** Deliveries planned or in flight (sending), neither sent nor given up, oldest first. */
    List<Delivery> unfinished();

    /**
     * Marks a planned delivery in flight by {@code sender} and counts the attempt; call (and let it commit)
     * before its first message goes out. False, changing nothing, when the delivery is not planned (another
     * sender holds it, or it is finished): then it must not be sent.
     */
    boolean markSending(long deliveryId, String sender, Instant at);

    /**
     * Telegram refused the delivery's first message with a definite answer (429 retry_after) while {@code sender}
     * held it: back to planned, the attempt uncounted, so that a crash while waiting does not leave it in flight.
     * False when {@code sender} does not hold it.
     */
    boolean releaseSending(long deliveryId, String sender);

    /**
     * Marks the delivery sent (from planned, sending, or uncertain when its sender's answer comes after all) and,
     * in the same transaction, advances the chat's digest progress: each of its facts counts as sent once more,
     * and the chat's last digest time and knowledge version are set. A delivery already finished is refused.
     */
    void markSent(long deliveryId, Instant at, String knowledgeVersion);

    /** Gives up on the delivery; its facts stay unsent for the chat, so a later digest carries them. */
    void markFailed(long deliveryId, Instant at, String error);

    /** The chat refused it (blocked the bot, left the group). */
    void markUnsubscribed(long deliveryId, Instant at, String error);

    /**
     * A delivery found in flight whose sender is no longer sending (it died or lost the digest-sender role
     * between marking it and recording Telegram's answer): it may have reached the chat or not. Recorded as
     * uncertain, with {@code note}; false when it is no longer in flight.
     */
    boolean markUncertain(long deliveryId, Instant at, String note);

    /**
     * Plans an uncertain delivery again, to be sent once more (at-least-once by choice); {@code afresh} counts
     * its attempts from zero (an operator's resend), else they are kept (a crash loop still ends). False when
     * it is not uncertain.
     */
    boolean planAgain(long deliveryId, boolean afresh);

    /** Every uncertain delivery, oldest first. */
    List<Delivery> uncertain();

    /** How many deliveries each digest has in each state, for digests planned at or after {@code since}. */
    List<Count> counts(Instant since);

    /** Every delivery of a chat, oldest first. */
    List<Delivery> forChat(long chatId);

    /**
     * The chat's pseudonym for logs and reports, which never show the raw id: the first 16 hexadecimal digits
     * of the keyed hash that the conversation log and {@code export} hold for the chat.
     */
    String chatPseudonym(long chatId);

    /** The number of deliveries of one digest in one state. */
    record Count(String digestKey, Delivery.State state, int deliveries) {
    }
}
