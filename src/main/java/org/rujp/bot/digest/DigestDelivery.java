package org.rujp.bot.digest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.rujp.bot.store.Delivery;
import org.rujp.bot.store.DeliveryLedger;
import org.rujp.bot.store.StoreException;
import org.rujp.bot.store.Subscription;
import org.rujp.bot.store.SubscriptionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends planned digests, one task per chat on a bounded pool of workers:
 * <ol>
 *   <li>count the attempt in the ledger (committed before anything is sent);</li>
 *   <li>send each message of the digest when the {@link TokenBucketPacer} allows;</li>
 *   <li>on {@link SendOutcome.RetryAfter} wait that long (only this chat's worker waits) and send again,
 *       at most {@link Options#maxRetries} times;</li>
 *   <li>on {@link SendOutcome.Forbidden} mark the delivery unsubscribed and unsubscribe the chat;</li>
 *   <li>on success mark it sent (which advances the chat's progress); on failure or when the chat's work
 *       exceeds {@link Options#chatTimeout}, mark it failed.</li>
 * </ol>
 * A slow or failing chat holds one worker until its timeout and never delays the others beyond the pacing.
 */
public final class DigestDelivery {
    private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);

    /**
     * @param workers chats sent to concurrently
     * @param chatTimeout the longest one chat's work may take (pacing and retries included)
     * @param maxRetries how many times one message is resent after RetryAfter
     */
    public record Options(int workers, Duration chatTimeout, int maxRetries) {
        public static final Options DEFAULT = new Options(8, Duration.ofMinutes(2), 3);

        public Options {
            if (workers < 1 || maxRetries < 0 || chatTimeout.isNegative() || chatTimeout.isZero()) {
                throw new IllegalArgumentException("bad delivery options: workers " + workers + ", timeout " + chatTimeout
                        + ", retries " + maxRetries);
            }
        }
    }

    /** One planned digest to send: the ledger's delivery, the chat's subscription and the messages. */
    public record Job(Delivery delivery, Subscription subscription, List<DigestMessage> messages) {
        public Job {
            messages = List.copyOf(messages);
        }
    }

    /** Counts of one batch. */
    public record Counts(int sent, int failed, int unsubscribed) {
    }

    private enum Result { SENT, FAILED, UNSUBSCRIBED }

    private final DigestSender sender;
    private final DeliveryLedger ledger;
    private final SubscriptionStore subscriptions;
    private final TokenBucketPacer pacer;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Options options;

    public DigestDelivery(DigestSender sender, DeliveryLedger ledger, SubscriptionStore subscriptions, TokenBucketPacer pacer,
                          Clock clock, Sleeper sleeper, Options options) {
        this.sender = sender;
        this.ledger = ledger;
        this.subscriptions = subscriptions;
        this.pacer = pacer;
        this.clock = clock;
        this.sleeper = sleeper;
        this.options = options;
    }

    /** Sends every job and returns when each has been sent, given up or timed out. */
    public Counts deliver(List<Job> jobs, Supplier<String> knowledgeVersion) {
        if (jobs.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger unsubscribed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.workers(), jobs.size()), daemonThreads());
        try {
            List<Task> tasks = new ArrayList<>(jobs.size());
            for (Job job : jobs) {
                Task task = new Task(job, knowledgeVersion);
                task.future = pool.submit(task::run);
                tasks.add(task);
            }
            for (Task task : tasks) {
                Result result = task.await();
                (result == Result.SENT ? sent : result == Result.UNSUBSCRIBED ? unsubscribed : failed).incrementAndGet();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Counts(sent.get(), failed.get(), unsubscribed.get());
    }

    /** One chat's work; {@link #finish} records its result exactly once, whether it ends or times out. */
    private final class Task {
        private final Job job;
        private final Supplier<String> knowledgeVersion;
        private final AtomicBoolean finished = new AtomicBoolean();
        private final AtomicLong startedNanos = new AtomicLong();
        private volatile Future<Result> future;

        Task(Job job, Supplier<String> knowledgeVersion) {
            this.job = job;
            this.knowledgeVersion = knowledgeVersion;
        }

        Result run() {
            startedNanos.set(System.nanoTime());
            Delivery d = job.delivery();
            try {
                ledger.beginAttempt(d.id(), clock.instant());
            } catch (StoreException e) {
                log.error("Digest {} for chat {} not sent: cannot record the attempt: {}", d.digestKey(), d.chatId(), e.getMessage());
                finished.set(true);
                return Result.FAILED;
            }
            SendOutcome outcome = sendAll();
            return finish(outcome);
        }

        private SendOutcome sendAll() {
            long chatId = job.delivery().chatId();
            List<DigestMessage> messages = job.messages();
            for (int i = 0; i < messages.size(); i++) {
                DigestMessage message = messages.get(i);
                int retries = 0;
                while (true) {
                    SendOutcome outcome;
                    try {
                        pacer.acquire(chatId, job.subscription().isGroup());
                        outcome = sender.send(chatId, message.html(), message.buttons());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new SendOutcome.Failed("interrupted (timed out)");
                    } catch (RuntimeException e) {
                        outcome = new SendOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    if (outcome instanceof SendOutcome.Sent) {
                        break;
                    }
                    if (outcome instanceof SendOutcome.RetryAfter r) {
                        if (retries++ >= options.maxRetries()) {
                            return new SendOutcome.Failed("still rate-limited after " + options.maxRetries() + " retries");
                        }
                        log.info("Chat {}: too many requests, retrying after {} s", chatId, r.seconds());
                        try {
                            sleeper.sleep(Duration.ofSeconds(r.seconds()));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return new SendOutcome.Failed("interrupted while waiting to retry (timed out)");
                        }
                        continue;
                    }
                    if (outcome instanceof SendOutcome.Failed f && i > 0) {
                        return new SendOutcome.Failed(f.description() + " (after " + i + " of " + messages.size() + " messages)");
                    }
                    return outcome;
                }
            }
            return new SendOutcome.Sent();
        }

        /**
         * Records the outcome in the ledger (and the subscriptions on Forbidden), once. Synchronized: when the
         * timeout and the interrupted send both finish the job, the one that comes second waits until the first
         * has written the ledger, so a run never ends with the delivery still recorded as planned.
         */
        synchronized Result finish(SendOutcome outcome) {
            if (!finished.compareAndSet(false, true)) {
                log.warn("Chat {}: digest {} ended as {} after it had timed out", job.delivery().chatId(),
                        job.delivery().digestKey(), outcome);
                return Result.FAILED;
            }
            Delivery d = job.delivery();
            try {
                if (outcome instanceof SendOutcome.Sent) {
                    ledger.markSent(d.id(), clock.instant(), knowledgeVersion.get());
                    return Result.SENT;
                }
                if (outcome instanceof SendOutcome.Forbidden f) {
                    log.info("Chat {} refuses the bot ({}): unsubscribing it", d.chatId(), f.description());
                    ledger.markUnsubscribed(d.id(), clock.instant(), f.description());
                    subscriptions.unsubscribe(d.chatId(), clock.instant());
                    return Result.UNSUBSCRIBED;
                }
                String reason = outcome instanceof SendOutcome.Failed f ? f.description() : String.valueOf(outcome);
                log.warn("Digest {} for chat {} failed: {}", d.digestKey(), d.chatId(), reason);
                ledger.markFailed(d.id(), clock.instant(), reason);
                return Result.FAILED;
            } catch (StoreException e) {
                // The delivery stays planned and is resent once at the next run.
                log.error("Digest {} for chat {} ended as {} but the ledger could not record it: {}", d.digestKey(),
                        d.chatId(), outcome, e.getMessage());
                return outcome instanceof SendOutcome.Sent ? Result.SENT : Result.FAILED;
            }
        }

        /** Waits for the task; a task running longer than the chat timeout is cancelled and counted failed. */
        Result await() {
            long timeout = options.chatTimeout().toNanos();
            while (true) {
                try {
                    if (future.isDone()) {
                        return future.get();
                    }
                    long started = startedNanos.get();
                    if (started == 0) {
                        waitFor(50_000_000L); // still queued behind other chats: its clock has not started
                        continue;
                    }
                    long left = timeout - (System.nanoTime() - started);
                    if (left > 0) {
                        waitFor(left);
                        continue;
                    }
                    if (future.cancel(true)) {
                        return finish(new SendOutcome.Failed("timed out after " + options.chatTimeout().toMillis() + " ms"));
                    }
                } catch (ExecutionException e) {
                    log.error("Digest {} for chat {} failed unexpectedly: {}", job.delivery().digestKey(),
                            job.delivery().chatId(), String.valueOf(e.getCause()));
                    return finish(new SendOutcome.Failed(String.valueOf(e.getCause())));
                } catch (CancellationException e) {
                    return Result.FAILED;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    future.cancel(true);
                    return finish(new SendOutcome.Failed("interrupted"));
                }
            }
        }

        private void waitFor(long nanos) throws InterruptedException, ExecutionException {
            try {
                future.get(nanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // checked again by the caller
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "digest-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
