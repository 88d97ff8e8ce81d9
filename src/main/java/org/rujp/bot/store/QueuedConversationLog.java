package org.rujp.bot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records turns off the answering thread: {@link #record} hands out an id reserved in the log beforehand and
 * queues the turn; one writer thread records what is queued in small batches, each in one transaction.
 *
 * <ol>
 *   <li>the queue is bounded: when it is full, {@link #record} waits for room (nothing is dropped);</li>
 *   <li>turns are written in the order their ids were handed out;</li>
 *   <li>feedback, votes and forgetting first wait until every turn queued before them is written, so a vote
 *       on a turn just answered finds it, and a forgotten user's queued turns go too;</li>
 *   <li>{@link #close} writes everything still queued before it returns: an orderly stop loses nothing (after a
 *       crash, the durable inbox hands the updates that were not finished to the next start);</li>
 *   <li>a log that cannot reserve ids ({@link ConversationLog#reserveIds} empty) is written on the caller's
 *       thread, as without this class.</li>
 * </ol>
 * Whoever records a turn can be told when it is written ({@link #record(Turn, LongConsumer)}). A turn recorded for an
 * inbox update is noted on it in the batch's transaction when the log underneath shares the inbox's database (else by
 * whoever is told), so that after a crash an update whose turn was still queued logs it again, and one whose turn was
 * written does not.
 * A batch that fails is logged in one line and dropped, as a failed write on the answering thread was: the
 * answer has gone out, only its log entry is missing.
 */
public final class QueuedConversationLog implements ConversationLog, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(QueuedConversationLog.class);
    /** Ids reserved in one go: one reserving transaction per this many turns. */
    static final int RESERVE = 100;

    private final ConversationLog log0;
    private final BlockingQueue<Queued> queue;
    private final int maxBatch;
    private final Thread writer;
    private final ReentrantLock handing = new ReentrantLock();
    private final Object progress = new Object();
    private long nextId;
    private long reservedUpTo = -1; // nextId <= reservedUpTo while ids are left
    private long queued; // turns queued so far
    private long done; // turns written (or given up) so far
    private volatile boolean closed;
    private volatile boolean direct;

    /**
     * @param capacity turns that may wait to be written
     * @param maxBatch turns written in one transaction at most
     */
    public QueuedConversationLog(ConversationLog log, int capacity, int maxBatch) {
        this.log0 = log;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        this.writer = new Thread(this::writeLoop, "rujp-log-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** A queued turn, and whom to tell when it is written. */
    private record Queued(Numbered turn, LongConsumer written) {
    }

    private static final LongConsumer NOBODY = id -> { };

    @Override
    public long record(Turn turn) {
        return record(turn, NOBODY);
    }

    /**
     * Queued like any turn, and noted on the update in the batch's transaction where the log underneath can
     * ({@link #notesUpdates}); written directly (the log cannot reserve ids), the log underneath does as it does.
     */
    @Override
    public long recordForUpdate(Turn turn, long updateId, LongConsumer written) {
        if (direct || closed) {
            return log0.recordForUpdate(turn, updateId, written);
        }
        return queue(turn, updateId, written);
    }

    @Override
    public boolean notesUpdates() {
        return log0.notesUpdates();
    }

    /** Queues the turn; {@code written} is told its id on the writer thread once the batch holding it is committed. */
    @Override
    public long record(Turn turn, LongConsumer written) {
        if (direct || closed) {
            return log0.record(turn, written);
        }
        return queue(turn, 0, written);
    }

    private long queue(Turn turn, long updateId, LongConsumer written) {
        handing.lock();
        try {
            if (closed) {
                return direct(turn, updateId, written);
            }
            if (nextId > reservedUpTo) {
                OptionalLong first = log0.reserveIds(RESERVE);
                if (first.isEmpty()) {
                    direct = true;
                    log.info("Conversation log: {} cannot reserve ids; turns are written as they are answered",
                            log0.getClass().getSimpleName());
                    return direct(turn, updateId, written);
                }
                nextId = first.getAsLong();
                reservedUpTo = nextId + RESERVE - 1;
            }
            long id = nextId++;
            queue.put(new Queued(new Numbered(id, turn, log0.notesUpdates() ? updateId : 0), written));
            synchronized (progress) {
                queued++;
            }
            return id;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to queue a turn for the conversation log", e);
        } finally {
            handing.unlock();
        }
    }

    /** Written on the caller's thread, noted on its update (when it answers one) as the log underneath does. */
    private long direct(Turn turn, long updateId, LongConsumer written) {
        return updateId > 0 ? log0.recordForUpdate(turn, updateId, written) : log0.record(turn, written);
    }

    private void writeLoop() {
        List<Queued> batch = new ArrayList<>(maxBatch);
        while (true) {
            try {
                Queued first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closed && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                if (closed && queue.isEmpty()) {
                    return;
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Queued> batch) {
        try {
            log0.recordAll(batch.stream().map(Queued::turn).toList());
            for (Queued q : batch) {
                try {
                    q.written().accept(q.turn().id());
                } catch (RuntimeException e) {
                    log.warn("Conversation log: after writing turn {}: {}", q.turn().id(), e.toString());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Conversation log: {} turn(s) (ids {}-{}) not logged: {}", batch.size(), batch.get(0).turn().id(),
                    batch.get(batch.size() - 1).turn().id(), e.getMessage());
        }
        synchronized (progress) {
            done += batch.size();
            progress.notifyAll();
        }
    }

    /** Waits until every turn queued before this call is written (or at most {@code wait}); true when it is. */
    public boolean flush(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (progress) {
            long target = queued;
            return Monitors.await(progress, () -> done >= target, deadline);
        }
    }

    private void flush() {
        if (!flush(Duration.ofSeconds(30))) {
            log.warn("Conversation log: queued turns not written within 30 s; going on");
        }
    }

    @Override
    public void feedback(long turnId, boolean helpful, Instant at) {
        flush();
        log0.feedback(turnId, helpful, at);
    }

    @Override
    public boolean feedback(long turnId, String userId, boolean helpful, Instant at) {
        flush();
        return log0.feedback(turnId, userId, helpful, at);
    }

    @Override
    public Vote vote(long turnId, String channel, String chatId, String userId, boolean helpful, Instant at) {
        flush();
        return log0.vote(turnId, channel, chatId, userId, helpful, at);
    }

    @Override
    public int forget(String channel, String userId) {
        flush();
        return log0.forget(channel, userId);
    }

    /** Turns queued and not yet written. */
    public int backlog() {
        synchronized (progress) {
            return (int) (queued - done);
        }
    }

    /**
     * Writes everything queued, then stops the writer; turns recorded after this are written on the caller's
     * thread. Waits for the writer as long as it takes: an orderly stop loses nothing.
     */
    @Override
    public void close() {
        handing.lock();
        try {
            closed = true;
        } finally {
            handing.unlock();
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Conversation log: interrupted while writing the last {} turn(s)", backlog());
        }
    }
}
