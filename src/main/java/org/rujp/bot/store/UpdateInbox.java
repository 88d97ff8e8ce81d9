package org.rujp.bot.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The durable inbox of Telegram updates, which makes their handling at-least-once with no answer sent
 * twice:
 *
 * <ol>
 *   <li>{@link #receive}: the update is stored when it arrives, before its receipt is confirmed to
 *       Telegram (webhook 200, or the next getUpdates offset); a redelivered update is refused;</li>
 *   <li>{@link #claim}: a worker takes it for a lease, only when no earlier update of the same chat is
 *       still unfinished (so each chat's updates are done in order, whichever process runs them);</li>
 *   <li>{@link #recordSent}: each message of the reply is recorded as sent as soon as the Bot API
 *       confirms it, so a retried update skips what already went out ({@link #recordTurn} likewise
 *       keeps the question from being logged twice);</li>
 *   <li>{@link #finish}: the update is done (answered, or found undeliverable or not to be answered);</li>
 *   <li>on start, {@link #releaseClaims} and {@link #unfinished} hand everything not finished to the
 *       workers again.</li>
 * </ol>
 */
public interface UpdateInbox {
    /** Lease for a claim: long enough for any answer; a crashed worker's claims lapse after it. */
    Duration DEFAULT_LEASE = Duration.ofMinutes(2);

    /**
     * An update not yet done.
     *
     * @param sent messages of its reply an earlier attempt sent
     * @param turnId the conversation-log turn an earlier attempt recorded, or 0
     */
    record Pending(long updateId, String payload, int attempts, int sent, long turnId) {
    }

    /**
     * Stores an update of {@code chatId} as received. Durable when it returns.
     *
     * @return false when the update was received before (a redelivery to drop)
     */
    boolean receive(long updateId, long chatId, String payload);

    /** The highest update id received, to resume long polling after. */
    OptionalLong lastUpdateId();

    /**
     * Claims an update for {@code worker} until {@code lease} from now: only if it is not done, nobody
     * holds a live claim on it, and no earlier update of its chat is unfinished. Counts an attempt.
     */
    Optional<Pending> claim(long updateId, String worker, Duration lease);

    /** The first {@code sent} messages of the update's reply went out. */
    void recordSent(long updateId, int sent);

    /** The question was logged as this conversation-log turn (a retry reuses it instead of logging again). */
    void recordTurn(long updateId, long turnId);

    /** Done: {@code outcome} says how ("answered", "undeliverable", "ignored", ...); the payload is dropped. */
    void finish(long updateId, String outcome);

    /** Unfinished updates that nobody holds a live claim on, oldest first, at most {@code limit}. */
    List<Pending> unfinished(int limit);

    /** Lets go of every claim held by workers whose name starts with {@code workerPrefix} (a restarted node's). */
    int releaseClaims(String workerPrefix);
}
