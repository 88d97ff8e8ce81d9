package org.rujp.bot.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link UpdateInbox} whose completions are written off the answering threads, several in one transaction:
 *
 * <ol>
 *   <li>{@link #finish} queues the completion and returns; one writer thread takes whatever is queued (at most
 *       {@code maxBatch}) and writes it with {@link UpdateInbox#finishAll}. It never waits for a time: by default it
 *       writes as soon as anything is queued. Told {@link #holdWhile when the workers are busy}, it holds completions
 *       back while they are, and writes them when a batch is full, when the workers go idle
 *       ({@link #workersIdle}), or when someone waits for them ({@link #claim}, {@link #flush}, {@link #close}): a
 *       burst's completions share transactions, and an update answered alone is written as its worker returns;</li>
 *   <li>{@link #claim} first waits until every completion queued before it is written, so the next update of a chat
 *       finds the one before it done (its order is kept whichever thread finishes it); {@link #releaseClaims} too, so
 *       an update done is never handed out again;</li>
 *   <li>until its completion is written the update stays claimed, so no worker here or elsewhere takes it up; after
 *       a crash it is claimed again once its lease lapses, or at once by the same node's next start. Its reply is not
 *       sent twice: each message sent was recorded at once ({@link #recordSent}, not queued), as was its turn;</li>
 *   <li>{@link #close} writes everything queued before it returns; completions after that are written directly;</li>
 *   <li>a batch that fails is written again one completion at a time; one that still fails is logged and left to
 *       its lease.</li>
 * </ol>
 * Everything else goes straight to the inbox underneath.
 */
public final class QueuedInbox implements UpdateInbox, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(QueuedInbox.class);
    /** Completions written in one transaction at most. */
    public static final int DEFAULT_BATCH = 64;

    private final UpdateInbox inbox;
    private final int maxBatch;
    private final Thread writer;
    private final Object progress = new Object(); // guards everything below
    private final ArrayDeque<Finished> queue = new ArrayDeque<>();
    private BooleanSupplier busy = () -> false;
    private boolean wake; // the workers went idle since the last batch
    private int waiting; // callers waiting for the queue to be written
    private long queued; // completions queued so far
    private long written; // completions written (or given up) so far
    private long batches; // transactions the writer wrote them in
    private boolean closed;

    public QueuedInbox(UpdateInbox inbox, int maxBatch) {
        this(inbox, maxBatch, true);
    }

    /** Without {@code write}, nothing queued is ever written: a process that dies before its writer runs (tests). */
    QueuedInbox(UpdateInbox inbox, int maxBatch, boolean write) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("a batch holds at least one completion: " + maxBatch);
        }
        this.inbox = inbox;
        this.maxBatch = maxBatch;
        this.writer = new Thread(this::writeLoop, "rujp-inbox-writer");
        this.writer.setDaemon(true);
        if (write) {
            this.writer.start();
        }
    }

    /**
     * From now on, completions are held back while {@code busy} says the workers are busy (it is asked under this
     * inbox's lock: it must not wait for anything); whoever supplies it calls {@link #workersIdle} when they stop.
     */
    public void holdWhile(BooleanSupplier busy) {
        synchronized (progress) {
            this.busy = busy;
            progress.notifyAll();
        }
    }

    /** The workers have nothing left to do: what is queued is written now. */
    @Override
    public void workersIdle() {
        synchronized (progress) {
            wake = true;
            progress.notifyAll();
        }
    }

    @Override
    public void finish(long updateId, String outcome) {
        synchronized (progress) {
            if (!closed) {
                queued++;
                queue.add(new Finished(updateId, outcome));
                progress.notifyAll();
                return;
            }
        }
        inbox.finish(updateId, outcome);
    }

    @Override
    public void finishAll(List<Finished> done) {
        for (Finished f : done) {
            finish(f.updateId(), f.outcome());
        }
    }

    @Override
    public Optional<Pending> claim(long updateId, String worker, Duration lease) {
        flush();
        return inbox.claim(updateId, worker, lease);
    }

    private void writeLoop() {
        while (true) {
            List<Finished> batch = new ArrayList<>();
            synchronized (progress) {
                while (!closed && !due()) {
                    try {
                        progress.wait();
                    } catch (InterruptedException e) {
                        // only close() stops the writer, and only once the queue is written
                    }
                }
                if (queue.isEmpty()) {
                    return; // closed, and everything written
                }
                wake = false;
                while (!queue.isEmpty() && batch.size() < maxBatch) {
                    batch.add(queue.poll());
                }
            }
            write(batch);
            synchronized (progress) {
                written += batch.size();
                batches++;
                progress.notifyAll();
            }
        }
    }

    /** Whether the queue is to be written now (under the lock). */
    private boolean due() {
        return !queue.isEmpty() && (queue.size() >= maxBatch || wake || waiting > 0 || !busy.getAsBoolean());
    }

    private void write(List<Finished> batch) {
        try {
            inbox.finishAll(batch);
        } catch (RuntimeException e) {
            log.warn("Inbox: writing {} completion(s) together failed ({}); writing them one by one", batch.size(), e.getMessage());
            for (Finished f : batch) {
                try {
                    inbox.finish(f.updateId(), f.outcome());
                } catch (RuntimeException again) {
                    log.warn("update {}: its completion ({}) could not be written ({}); it is taken up again after its lease",
                            f.updateId(), f.outcome(), again.getMessage());
                }
            }
        }
    }

    /** Waits until every completion queued before this call is written (or at most {@code wait}); true when it is. */
    public boolean flush(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (progress) {
            long target = queued;
            waiting++;
            progress.notifyAll();
            try {
                return Monitors.await(progress, () -> written >= target, deadline);
            } finally {
                waiting--;
            }
        }
    }

    private void flush() {
        if (backlog() > 0 && !flush(Duration.ofSeconds(30))) {
            log.warn("Inbox: queued completions not written within 30 s; claiming anyway");
        }
    }

    /** Completions the writer wrote so far, and in how many batches: {@code {completions, batches}}. */
    public long[] writtenInBatches() {
        synchronized (progress) {
            return new long[] {written, batches};
        }
    }

    /** Completions queued and not yet written. */
    public int backlog() {
        synchronized (progress) {
            return (int) (queued - written);
        }
    }

    /** Writes every completion queued, then stops the writer; later ones are written on the caller's thread. */
    @Override
    public void close() {
        synchronized (progress) {
            if (closed) {
                return;
            }
            closed = true; // finish() queues under the same lock, and not once closed: the writer sees all there is
            progress.notifyAll();
        }
        if (!writer.isAlive()) {
            return;
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Inbox: interrupted while writing the last {} completion(s)", backlog());
        }
    }

    @Override
    public boolean receive(long updateId, long chatId, String payload) {
        return inbox.receive(updateId, chatId, payload);
    }

    @Override
    public List<Receipt> receiveAll(List<Received> updates, String worker, Duration lease) {
        return inbox.receiveAll(updates, worker, lease);
    }

    @Override
    public OptionalLong lastUpdateId() {
        return inbox.lastUpdateId();
    }

    @Override
    public void recordSent(long updateId, int sent) {
        inbox.recordSent(updateId, sent);
    }

    @Override
    public void recordTurn(long updateId, long turnId) {
        inbox.recordTurn(updateId, turnId);
    }

    @Override
    public List<Pending> unfinished(int limit) {
        return inbox.unfinished(limit);
    }

    /** First waits for the completions queued: an update finished here must not be handed out again as unfinished. */
    @Override
    public int releaseClaims(String workerPrefix) {
        flush();
        return inbox.releaseClaims(workerPrefix);
    }
}
