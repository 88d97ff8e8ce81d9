package org.rujp.bot.telegram;

import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * The inbox update a worker thread is answering, and what an earlier attempt at it already did: how many
 * messages of the reply went out, and which conversation-log turn was recorded. {@link Delivery} skips
 * the messages already sent and reports each one it sends; {@link ChatResponder} reuses the turn instead
 * of logging the question twice. Set by {@link UpdateHandler} around the work of one update.
 */
final class UpdateReply {
    private static final ThreadLocal<UpdateReply> CURRENT = new ThreadLocal<>();

    private final long updateId;
    private final int alreadySent;
    private final IntConsumer onSent;
    private final LongConsumer onTurn;
    private volatile long turnId; // set by the log's writer thread when the turn is written
    private int count;

    private UpdateReply(long updateId, int alreadySent, long turnId, IntConsumer onSent, LongConsumer onTurn) {
        this.updateId = updateId;
        this.alreadySent = alreadySent;
        this.turnId = turnId;
        this.onSent = onSent;
        this.onTurn = onTurn;
    }

    /** From now until {@link #end()}, this thread answers {@code updateId}. */
    static void begin(long updateId, int alreadySent, long turnId, IntConsumer onSent, LongConsumer onTurn) {
        CURRENT.set(new UpdateReply(updateId, alreadySent, turnId, onSent, onTurn));
    }

    static void end() {
        CURRENT.remove();
    }

    /** The update this thread answers, if any (not on timer threads, not outside the inbox). */
    static Optional<UpdateReply> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    long updateId() {
        return updateId;
    }

    /** Numbers the next message of the reply; true when an earlier attempt already sent it. */
    boolean nextAlreadySent() {
        return ++count <= alreadySent;
    }

    /** The message just numbered went out. */
    void sent() {
        onSent.accept(count);
    }

    /** The turn an earlier attempt recorded, or 0. */
    long turnId() {
        return turnId;
    }

    /** The turn was written; {@code noted} when the log noted it on the update in that write, so nothing is left to do. */
    void turnRecorded(long id, boolean noted) {
        turnId = id;
        if (!noted) {
            onTurn.accept(id);
        }
    }
}
