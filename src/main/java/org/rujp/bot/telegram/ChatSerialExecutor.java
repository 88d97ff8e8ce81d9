package org.rujp.bot.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of worker threads that runs the work of one chat in arrival order (a follow-up
 * is answered after the question it follows) and the work of different chats in parallel.
 */
final class ChatSerialExecutor {
    private static final Logger log = LoggerFactory.getLogger(ChatSerialExecutor.class);
    static final int MAX_PENDING_PER_CHAT = 50;

    private final ThreadPoolExecutor pool;
    private final Map<Long, Deque<Runnable>> pending = new HashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger outstanding = new java.util.concurrent.atomic.AtomicInteger();
    private final Runnable onIdle;
    private volatile boolean closing;
    private int dropped;

    ChatSerialExecutor(int workers, int queueCapacity) {
        this(workers, queueCapacity, () -> { });
    }

    /** @param onIdle run each time the last piece of work queued or running is done (it must not wait for anything) */
    ChatSerialExecutor(int workers, int queueCapacity, Runnable onIdle) {
        this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), new DaemonThreads("rujp-answer"));
        this.onIdle = onIdle;
    }

    private void done(int pieces) {
        if (pieces > 0 && outstanding.addAndGet(-pieces) == 0) {
            try {
                onIdle.run();
            } catch (RuntimeException e) {
                log.warn("After the last piece of work: {}", e.toString());
            }
        }
    }

    /** @throws RejectedExecutionException when the pool or the chat's queue is full, or closing */
    void execute(long chatId, Runnable task) {
        if (closing) {
            throw new RejectedExecutionException("shutting down");
        }
        synchronized (this) {
            Deque<Runnable> queue = pending.get(chatId);
            if (queue != null) {
                if (queue.size() >= MAX_PENDING_PER_CHAT) {
                    throw new RejectedExecutionException("chat " + chatId + " has " + queue.size() + " messages waiting");
                }
                queue.addLast(task);
                outstanding.incrementAndGet();
                return;
            }
            pending.put(chatId, new ArrayDeque<>());
            outstanding.incrementAndGet();
        }
        try {
            pool.execute(() -> drain(chatId, task));
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                pending.remove(chatId);
                done(1);
            }
            throw e;
        }
    }

    private void drain(long chatId, Runnable first) {
        Runnable next = first;
        while (next != null) {
            try {
                next.run();
            } catch (RuntimeException e) {
                log.error("chat {}: work failed: {}", chatId, e.toString());
            } finally {
                done(1);
            }
            synchronized (this) {
                Deque<Runnable> queue = pending.get(chatId);
                if (closing) {
                    dropped += queue.size();
                    done(queue.size());
                    queue.clear();
                }
                next = queue.poll();
                if (next == null) {
                    pending.remove(chatId);
                }
            }
        }
    }

    /** True once closed and no worker runs any more. */
    boolean terminated() {
        return pool.isTerminated();
    }

    /** Work queued or running. */
    int backlog() {
        return outstanding.get();
    }

    /**
     * Stops taking work, lets running work finish for at most {@code wait}, and returns how many
     * pieces of work were interrupted or never started.
     */
    int close(Duration wait) {
        closing = true;
        pool.shutdown();
        int unfinished = 0;
        try {
            if (!pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                unfinished += pool.getActiveCount();
                unfinished += pool.shutdownNow().size();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unfinished += pool.shutdownNow().size();
        }
        synchronized (this) {
            return unfinished + dropped;
        }
    }
}
