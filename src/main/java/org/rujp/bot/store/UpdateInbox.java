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
 *       Telegram (webhook 200, or the next getUpdates offset); a redelivered update is refused.
 *       {@link #receiveAll} stores a batch (one getUpdates reply) and claims its ready updates at once;</li>
 *   <li>{@link #claim}: a worker takes it for a lease, only when no earlier update of the same chat is
 *       still unfinished (so each chat's updates are done in order, whichever process runs them);</li>
 *   <li>{@link #recordSent}: each message of the reply is recorded as sent as soon as the Bot API
 *       confirms it, so a retried update skips what already went out ({@link #recordTurn} likewise
 *       keeps the question from being logged twice);</li>
 *   <li>{@link #finish}: the update is done (answered, or found undeliverable or not to be answered);
 *       {@link #finishAll} marks several done at once;</li>
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

    /** An update as it arrived, for {@link #receiveAll}. */
    record Received(long updateId, long chatId, String payload) {
    }

    /**
     * What {@link #receiveAll} did with one update.
     *
     * @param fresh false when it was received before (a redelivery to drop)
     * @param claim the claim taken on it, when it was fresh and ready (no earlier update of its chat unfinished)
     */
    record Receipt(long updateId, boolean fresh, Optional<Pending> claim) {
    }

    /** An update done, and how, for {@link #finishAll}. */
    record Finished(long updateId, String outcome) {
    }

    /**
     * Stores an update of {@code chatId} as received. Durable when it returns.
     *
     * @return false when the update was received before (a redelivery to drop)
     */
    boolean receive(long updateId, long chatId, String payload);

    /**
     * Stores the updates as {@link #receive} does and, when {@code worker} is not null, claims those of them that are
     * ready for it as {@link #claim} does, in one transaction where the store can: durable when it returns. An update
     * of a chat with an earlier one unfinished (in the store, or earlier in the batch) is stored but not claimed.
     *
     * @return one receipt per update, in the order given
     */
    default List<Receipt> receiveAll(List<Received> updates, String worker, Duration lease) {
        List<Receipt> out = new java.util.ArrayList<>(updates.size());
        for (Received r : updates) {
            boolean fresh = receive(r.updateId(), r.chatId(), r.payload());
            out.add(new Receipt(r.updateId(), fresh, fresh && worker != null ? claim(r.updateId(), worker, lease) : Optional.empty()));
        }
        return out;
    }

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

    /** {@link #finish} for each, in one transaction where the store can. */
    default void finishAll(List<Finished> done) {
        for (Finished f : done) {
            finish(f.updateId(), f.outcome());
        }
    }

    /**
     * The answering workers have nothing left to do: an inbox that holds completions back while they work writes
     * them now. Must not wait for anything.
     */
    default void workersIdle() {
    }

    /** Unfinished updates that nobody holds a live claim on, oldest first, at most {@code limit}. */
    List<Pending> unfinished(int limit);

    /** Lets go of every claim held by workers whose name starts with {@code workerPrefix} (a restarted node's). */
    int releaseClaims(String workerPrefix);
}
