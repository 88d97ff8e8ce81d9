package org.rujp.bot.digest;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.rujp.bot.config.DigestSettings;
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
 *   <li>wait for the {@link TokenBucketPacer}, then mark the delivery in flight by this process in the ledger
 *       (committed before anything is sent); when another sender holds it, or it is finished, send nothing;</li>
 *   <li>send each message of the digest when the pacer allows;</li>
 *   <li>on {@link SendOutcome.RetryAfter} wait that long (only this chat's worker waits) and send again,
 *       at most {@link Options#maxRetries} times; while no message of the digest has gone out, the delivery is
 *       released to planned for the wait (Telegram's answer says nothing was delivered) and marked again after;</li>
 *   <li>on {@link SendOutcome.Forbidden} mark the delivery unsubscribed and unsubscribe the chat;</li>
 *   <li>on success mark it sent (which advances the chat's progress); on failure or when the chat's work
 *       exceeds {@link Options#chatTimeout}, mark it failed, except when the timeout cuts a request to Telegram
 *       off: whether that one arrived is unknown, so it is {@link UncertainDeliveries uncertain}.</li>
 * </ol>
 * So a delivery is in flight in the ledger exactly while one of its messages may be on its way, and a process
 * killed there leaves it marked with its name for the next run to find. A slow or failing chat holds one worker
 * until its timeout and never delays the others beyond the pacing.
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

    /**
     * Counts of one batch.
     *
     * @param uncertain cut off while a message was on its way (timed out): it may have arrived
     */
    public record Counts(int sent, int failed, int unsubscribed, int uncertain) {
    }

    /** SKIPPED: another sender held the delivery, or it was finished, so nothing was sent. */
    private enum Result { SENT, FAILED, UNSUBSCRIBED, UNCERTAIN, SKIPPED }

    private final DigestSender sender;
    private final DeliveryLedger ledger;
    private final SubscriptionStore subscriptions;
    private final TokenBucketPacer pacer;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Options options;
    private final String name;

    public DigestDelivery(DigestSender sender, DeliveryLedger ledger, SubscriptionStore subscriptions, TokenBucketPacer pacer,
                          Clock clock, Sleeper sleeper, Options options) {
        this(sender, ledger, subscriptions, pacer, clock, sleeper, options, thisProcess());
    }

    /** @param name how this sender marks the deliveries it has in flight ({@link #thisProcess()}) */
    public DigestDelivery(DigestSender sender, DeliveryLedger ledger, SubscriptionStore subscriptions, TokenBucketPacer pacer,
                          Clock clock, Sleeper sleeper, Options options, String name) {
        this.name = name;
        this.sender = sender;
        this.ledger = ledger;
        this.subscriptions = subscriptions;
        this.pacer = pacer;
        this.clock = clock;
        this.sleeper = sleeper;
        this.options = options;
    }

    /**
     * The name this process marks its deliveries in flight with: the host ({@code HOSTNAME}, else the machine's
     * name) and the process id, e.g. "rujp-bot-1 pid 7", so that an operator can tell which replica left one.
     */
    public static String thisProcess() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "localhost";
            }
        }
        return host + " pid " + ProcessHandle.current().pid();
    }

    /** The name this sender marks its deliveries in flight with. */
    public String name() {
        return name;
    }

    /** Sends every job and returns when each has been sent, given up or timed out; a cut-off send stays uncertain. */
    public Counts deliver(List<Job> jobs, Supplier<String> knowledgeVersion) {
        return deliver(jobs, knowledgeVersion, new UncertainDeliveries(ledger, DigestSettings.Uncertain.SKIP,
                DigestEvents.NONE, clock));
    }

    /** As {@link #deliver(List, Supplier)}, a send cut off by the timeout handled by {@code uncertain}. */
    Counts deliver(List<Job> jobs, Supplier<String> knowledgeVersion, UncertainDeliveries uncertain) {
        if (jobs.isEmpty()) {
            return new Counts(0, 0, 0, 0);
        }
        Map<Result, AtomicInteger> counts = new EnumMap<>(Result.class);
        for (Result r : Result.values()) {
            counts.put(r, new AtomicInteger());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.workers(), jobs.size()), daemonThreads());
        try {
            List<Task> tasks = new ArrayList<>(jobs.size());
            for (Job job : jobs) {
                Task task = new Task(job, knowledgeVersion, uncertain);
                task.future = pool.submit(task::run);
                tasks.add(task);
            }
            for (Task task : tasks) {
                counts.get(task.await(pool)).incrementAndGet();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Counts(counts.get(Result.SENT).get(), counts.get(Result.FAILED).get(), counts.get(Result.UNSUBSCRIBED).get(),
                counts.get(Result.UNCERTAIN).get());
    }

    /** One chat's work; {@link #finish} records its result exactly once, whether it ends or times out. */
    private final class Task {
        private final Job job;
        private final Supplier<String> knowledgeVersion;
        private final UncertainDeliveries uncertain;
        private final AtomicBoolean finished = new AtomicBoolean();
        private final AtomicLong startedNanos = new AtomicLong();
        private volatile Future<Result> future;
        /** This process holds the delivery in flight in the ledger. */
        private volatile boolean held;
        /** A message is on its way to Telegram (from just before the request until its answer). */
        private volatile boolean requestOpen;
        private volatile Result recorded;
        private volatile Instant heldSince;

        Task(Job job, Supplier<String> knowledgeVersion, UncertainDeliveries uncertain) {
            this.job = job;
            this.knowledgeVersion = knowledgeVersion;
            this.uncertain = uncertain;
        }

        Result run() {
            startedNanos.set(System.nanoTime());
            return finish(sendAll());
        }

        private Outcome sendAll() {
            long chatId = job.delivery().chatId();
            List<DigestMessage> messages = job.messages();
            for (int i = 0; i < messages.size(); i++) {
                DigestMessage message = messages.get(i);
                int retries = 0;
                while (true) {
                    SendOutcome outcome;
                    try {
                        pacer.acquire(chatId, job.subscription().isGroup());
                        Optional<Outcome> notNow = beginRequest();
                        if (notNow.isPresent()) {
                            return notNow.get();
                        }
                        try {
                            outcome = sender.send(chatId, message.html(), message.buttons());
                        } finally {
                            requestOpen = false;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new Told(new SendOutcome.Failed("interrupted (timed out)"));
                    } catch (RuntimeException e) {
                        outcome = new SendOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    if (outcome instanceof SendOutcome.Sent) {
                        break;
                    }
                    if (outcome instanceof SendOutcome.RetryAfter r) {
                        if (retries++ >= options.maxRetries()) {
                            return new Told(new SendOutcome.Failed("still rate-limited after " + options.maxRetries() + " retries"));
                        }
                        log.info("Chat {}: too many requests, retrying after {} s", chatId, r.seconds());
                        if (i == 0 && !release()) {
                            return new Skipped("no longer held by this process after a retry_after");
                        }
                        try {
                            sleeper.sleep(Duration.ofSeconds(r.seconds()));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return new Told(new SendOutcome.Failed("interrupted while waiting to retry (timed out)"));
                        }
                        continue;
                    }
                    if (outcome instanceof SendOutcome.Failed f && i > 0) {
                        return new Told(new SendOutcome.Failed(f.description() + " (after " + i + " of " + messages.size() + " messages)"));
                    }
                    return new Told(outcome);
                }
            }
            return new Told(new SendOutcome.Sent());
        }

        /**
         * Just before each request: marks the delivery in flight by this process first when it is not yet, and
         * notes the request open. Empty when the message may go, else why not. Synchronized with {@link #end}, so
         * the timeout or a stop sees either nothing sent and nothing marked, or the mark and the open request.
         */
        private synchronized Optional<Outcome> beginRequest() {
            if (finished.get()) {
                return Optional.of(new Skipped("ended (timed out or stopping) before it was sent"));
            }
            if (!held) {
                Delivery d = job.delivery();
                Instant now = clock.instant();
                try {
                    if (!ledger.markSending(d.id(), name, now)) {
                        return Optional.of(new Skipped("another sender holds it, or it is finished"));
                    }
                } catch (StoreException e) {
                    return Optional.of(new Unrecorded("cannot mark it in flight: " + e.getMessage()));
                }
                held = true;
                heldSince = now;
            }
            requestOpen = true;
            return Optional.empty();
        }

        /**
         * Ends the task from outside, when its time is up or the process stops, by what it is doing now: a
         * request on its way makes the delivery uncertain; a delivery not yet marked in flight is failed on a
         * timeout and left planned on a stop; else it is failed.
         */
        synchronized Result end(String why, boolean stopping) {
            return finish(!held ? (stopping ? new Unrecorded(why + " before it was sent; left planned")
                    : new Told(new SendOutcome.Failed(why)))
                    : requestOpen ? new CutOff(why + " while a message was on its way to Telegram")
                    : new Told(new SendOutcome.Failed(why)));
        }

        /**
         * Back to planned while waiting out a retry_after that came before any message went out (Telegram's answer
         * says nothing was delivered), so that a crash while waiting leaves it to send, not uncertain. False when
         * this process no longer holds it (another sender found it in flight first): then it must not be sent.
         */
        private synchronized boolean release() {
            try {
                if (!ledger.releaseSending(job.delivery().id(), name)) {
                    return false;
                }
                held = false;
                return true;
            } catch (StoreException e) {
                log.warn("Digest {} for chat {}: cannot release it for the retry_after wait: {}", job.delivery().digestKey(),
                        job.delivery().chatId(), e.getMessage());
                return true; // still held in the ledger; the retry goes on under the same mark
            }
        }

        /**
         * Records the outcome in the ledger (and the subscriptions on Forbidden), once. Synchronized: when the
         * timeout and the interrupted send both finish the job, the one that comes second waits until the first
         * has written the ledger, so a run never ends with the delivery still recorded as in flight by it. A send
         * that succeeds after its timeout recorded it uncertain is recorded sent after all.
         */
        synchronized Result finish(Outcome ending) {
            Delivery d = job.delivery();
            if (!finished.compareAndSet(false, true)) {
                if (recorded == Result.UNCERTAIN && ending instanceof Told t && t.outcome() instanceof SendOutcome.Sent) {
                    try {
                        ledger.markSent(d.id(), clock.instant(), knowledgeVersion.get());
                        log.info("Digest {} for chat {}: Telegram accepted it after all (after the timeout)", d.digestKey(), d.chatId());
                    } catch (StoreException e) {
                        log.warn("Digest {} for chat {}: sent after its timeout, but stays uncertain: {}", d.digestKey(),
                                d.chatId(), e.getMessage());
                    }
                } else {
                    log.warn("Chat {}: digest {} ended as {} after it had timed out", d.chatId(), d.digestKey(), ending);
                }
                return recorded;
            }
            recorded = record(d, ending);
            return recorded;
        }

        private Result record(Delivery d, Outcome ending) {
            if (ending instanceof Skipped s) {
                log.info("Digest {} for chat {} not sent by this process: {}", d.digestKey(), d.chatId(), s.why());
                return Result.SKIPPED;
            }
            if (ending instanceof Unrecorded u) {
                // Nothing was sent: the delivery stays planned and is sent at the next run.
                log.warn("Digest {} for chat {} not sent: {}", d.digestKey(), d.chatId(), u.why());
                return Result.FAILED;
            }
            if (ending instanceof CutOff c) {
                uncertain.found(current(d), c.why());
                return Result.UNCERTAIN;
            }
            SendOutcome outcome = ((Told) ending).outcome();
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
                // The delivery stays in flight (or planned); the next run finds it so.
                log.error("Digest {} for chat {} ended as {} but the ledger could not record it: {}", d.digestKey(),
                        d.chatId(), outcome, e.getMessage());
                return outcome instanceof SendOutcome.Sent ? Result.SENT : Result.FAILED;
            }
        }

        /** The delivery as this process marked it in flight, for the uncertain record. */
        private Delivery current(Delivery d) {
            return new Delivery(d.id(), d.chatId(), d.digestKey(), d.factIds(), d.lang(), Delivery.State.SENDING, d.attempts(),
                    d.plannedAt(), Optional.of(name), Optional.ofNullable(heldSince));
        }

        /**
         * Waits for the task; a task running longer than the chat timeout is cancelled and counted failed. Interrupted
         * (the process is stopping), it stops {@code pool} before cancelling the task, so that no chat still queued starts
         * on the worker the cancel frees.
         */
        Result await(ExecutorService pool) {
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
                    // Recorded before the worker is interrupted: its own ending after the interrupt says nothing
                    // of whether Telegram got the message.
                    Result result = end("timed out after " + options.chatTimeout().toMillis() + " ms", false);
                    future.cancel(true);
                    return result;
                } catch (ExecutionException e) {
                    log.error("Digest {} for chat {} failed unexpectedly: {}", job.delivery().digestKey(),
                            job.delivery().chatId(), String.valueOf(e.getCause()));
                    return finish(new Told(new SendOutcome.Failed(String.valueOf(e.getCause()))));
                } catch (CancellationException e) {
                    return Result.FAILED;
                } catch (InterruptedException e) {
                    // The process is stopping: a digest not yet marked in flight stays planned for the next run.
                    Thread.currentThread().interrupt();
                    Result result = end("interrupted (stopping)", true);
                    pool.shutdownNow();
                    future.cancel(true);
                    return result;
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

    /** How one chat's work ended: Telegram's answer, or one of the endings of this class's own. */
    private sealed interface Outcome permits Told, Skipped, Unrecorded, CutOff {
    }

    /** Telegram answered (or the send failed in a way {@link SendOutcome.Failed} describes). */
    private record Told(SendOutcome outcome) implements Outcome {
    }

    /** Not sent: another sender holds the delivery, or it is finished. */
    private record Skipped(String why) implements Outcome {
    }

    /** Not sent, and the ledger left as it is: the in-flight mark could not be written, or the process is stopping. */
    private record Unrecorded(String why) implements Outcome {
    }

    /** Cut off by the timeout while a message was on its way: it may have arrived. */
    private record CutOff(String why) implements Outcome {
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
