package org.rujp.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.rujp.bot.answer.LanguageDetector;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.ops.BotMetrics;
import org.rujp.bot.store.UpdateInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The dispatcher between receiving (long polling, the webhook) and the workers; it never blocks on
 * answering.
 *
 * <ol>
 *   <li>map the update to our own {@link Incoming}; drop what is not addressed to the bot (see
 *       {@link Addressing}) and what the bot never answers;</li>
 *   <li>store it in the {@link UpdateInbox} before its receipt is confirmed to Telegram (a redelivered
 *       update is dropped here), a whole getUpdates reply in one transaction that also claims, for this
 *       process, each update ready to be answered; a store that fails throws, so nothing is confirmed;</li>
 *   <li>hand it to the bounded {@link ChatSerialExecutor}: in order within a chat, parallel across
 *       chats; when that is full, the update waits in the inbox (or, claimed already, in this process);</li>
 *   <li>on a worker: claim it in the inbox unless it was claimed when stored (and at least half its lease is
 *       left), answer (per-user rate limit, commands, questions), with each message sent recorded at once, then
 *       mark it done (a {@link org.rujp.bot.store.QueuedInbox} writes the completions in batches);</li>
 *   <li>at start and every few seconds: hand the inbox's unfinished updates (left by a crash, or
 *       waiting) to the workers again.</li>
 * </ol>
 */
public final class UpdateHandler {
    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
    /** An update whose handling was started this many times without finishing is given up. */
    static final int MAX_ATTEMPTS = 3;

    /**
     * An update to answer.
     *
     * @param claim the claim taken when it was stored, if any
     * @param claimedAt when that claim was taken (the inbox's lease runs from then or later)
     */
    private record Job(Incoming in, Instant receivedAt, long receivedNanos, Optional<UpdateInbox.Pending> claim, long claimedAt) {
        Job(Incoming in, Instant receivedAt, long receivedNanos) {
            this(in, receivedAt, receivedNanos, Optional.empty(), 0);
        }
    }

    /** An update as read from getUpdates or the webhook, with its JSON as received. */
    public record Arrived(Update update, String payload) {
    }

    private final ChatResponder responder;
    private final BotMetrics metrics;
    private final UpdateInbox inbox;
    private final RateLimiter limiter;
    private final Addressing addressing;
    private final ChatSerialExecutor workers;
    private final ScheduledExecutorService timers;
    private final Clock clock;
    private final ObjectMapper json;
    private final String node;
    private final String worker;
    private final Duration lease;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    /** Updates claimed when stored that the workers had no room for: the sweep hands them out again. */
    private final Queue<Job> held = new ConcurrentLinkedQueue<>();
    private final int queueCapacity;
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean stopped;

    /**
     * @param node this machine's name; a worker is {@code node/<random>}, and a new start releases the
     *             claims its node's earlier process left
     */
    public UpdateHandler(ChatResponder responder, UpdateInbox inbox, RateLimiter limiter, Addressing addressing,
                         int workers, int queueCapacity, ScheduledExecutorService timers, Clock clock, ObjectMapper json,
                         String node, Duration lease, BotMetrics metrics) {
        this.metrics = metrics;
        this.responder = responder;
        this.inbox = inbox;
        this.limiter = limiter;
        this.addressing = addressing;
        this.workers = new ChatSerialExecutor(workers, queueCapacity, inbox::workersIdle);
        this.queueCapacity = queueCapacity;
        this.timers = timers;
        this.clock = clock;
        this.json = json;
        this.node = node;
        this.worker = node + "/" + java.util.UUID.randomUUID().toString().substring(0, 8);
        this.lease = lease;
    }

    /**
     * Releases the claims this node's previous process left, hands every unfinished update to the
     * workers, and from then on looks for unfinished ones every {@code sweepEvery}.
     */
    public void start(Duration sweepEvery) {
        int released = inbox.releaseClaims(node + "/");
        int resumed = resume();
        if (released > 0 || resumed > 0) {
            log.info("Inbox: {} unfinished update(s) taken up again ({} claim(s) of an earlier process released)", resumed, released);
        }
        timers.scheduleWithFixedDelay(this::sweep, sweepEvery.toMillis(), sweepEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * An update read on its own from the webhook, with its JSON as received. Returns when it is stored (or known as a
     * redelivery, or not for the bot).
     *
     * @throws org.rujp.bot.store.StoreException when it could not be stored: do not confirm it
     */
    public void receive(Update update, String payload) {
        receive(List.of(new Arrived(update, payload)));
    }

    /**
     * The updates of one getUpdates reply (or one webhook request), stored in one transaction that also claims for
     * this process those ready to be answered. Returns when all are stored (or known as redeliveries, or not for the
     * bot).
     *
     * @throws org.rujp.bot.store.StoreException when they could not be stored: confirm none of them
     */
    public void receive(List<Arrived> arrived) {
        List<Incoming> ins = new ArrayList<>(arrived.size());
        List<UpdateInbox.Received> toStore = new ArrayList<>(arrived.size());
        for (Arrived a : arrived) {
            Incoming in = UpdateMapper.map(a.update());
            if (in.updateId() >= 0 && forTheBot(in)) {
                ins.add(in);
                toStore.add(new UpdateInbox.Received(in.updateId(), chatOf(in), a.payload()));
            }
        }
        if (toStore.isEmpty()) {
            return;
        }
        // Claimed at once only when the workers have room for all of them; otherwise they wait unclaimed in the inbox,
        // where the sweep or another process finds them.
        boolean claim = !stopped && workers.backlog() + toStore.size() <= queueCapacity;
        long claimedAt = clock.millis();
        List<UpdateInbox.Receipt> receipts = inbox.receiveAll(toStore, claim ? worker : null, lease);
        for (int i = 0; i < receipts.size(); i++) {
            UpdateInbox.Receipt r = receipts.get(i);
            if (!r.fresh()) {
                log.info("update {}: received before; skipped", r.updateId());
                continue;
            }
            metrics.updateReceived();
            if (stopped) {
                log.info("update {}: arrived while stopping; stored for the next start", r.updateId());
                continue;
            }
            schedule(new Job(ins.get(i), clock.instant(), System.nanoTime(), r.claim(), claimedAt));
        }
    }

    /** Something in place of an update that cannot be read: counted, logged in one line, and passed over. */
    public void skip(String updateId, String reason) {
        skipped.incrementAndGet();
        log.warn("update {}: skipped, it cannot be read ({})", updateId, reason);
    }

    /** Updates skipped as unreadable since start. */
    public long skipped() {
        return skipped.get();
    }

    private boolean forTheBot(Incoming in) {
        if (in instanceof Incoming.Text t) {
            boolean addressed = addressing.of(t).isPresent();
            if (!addressed) {
                log.debug("update {}: message not addressed to the bot", t.updateId());
            }
            return addressed;
        }
        if (in instanceof Incoming.Other o) {
            log.debug("update {}: {} ignored", o.updateId(), o.kind());
            return o.privateChat();
        }
        return true;
    }

    private static long chatOf(Incoming in) {
        if (in instanceof Incoming.Text t) {
            return t.chatId();
        }
        if (in instanceof Incoming.Press p) {
            return p.chatId();
        }
        return ((Incoming.Other) in).chatId();
    }

    private void sweep() {
        try {
            for (int n = held.size(); n > 0 && !stopped; n--) {
                Job job = held.poll();
                if (job != null) {
                    schedule(job);
                }
            }
            if (!stopped && workers.backlog() == 0) {
                resume();
            }
        } catch (RuntimeException e) {
            log.error("Inbox: looking for unfinished updates failed: {}", e.getMessage());
        }
    }

    private int resume() {
        int n = 0;
        List<UpdateInbox.Pending> pending = inbox.unfinished(500);
        for (UpdateInbox.Pending p : pending) {
            if (stopped) {
                break;
            }
            if (inFlight.contains(p.updateId())) {
                continue;
            }
            Incoming in;
            try {
                in = UpdateMapper.map(json.readValue(p.payload(), Update.class));
            } catch (IOException | RuntimeException e) {
                skip(Long.toString(p.updateId()), "stored copy unreadable: " + e.getClass().getSimpleName());
                inbox.finish(p.updateId(), "unreadable");
                continue;
            }
            if (schedule(new Job(in, clock.instant(), System.nanoTime()))) {
                n++;
            }
        }
        return n;
    }

    private boolean schedule(Job job) {
        long id = job.in().updateId();
        if (!inFlight.add(id)) {
            return false;
        }
        try {
            workers.execute(chatOf(job.in()), () -> work(job));
            return true;
        } catch (RejectedExecutionException e) {
            inFlight.remove(id);
            if (job.claim().isPresent() && !stopped) {
                held.add(job);
                log.warn("update {}: the workers are busy ({}); claimed, it waits here for the next sweep", id, e.getMessage());
            } else {
                log.warn("update {}: the workers are busy ({}); it waits in the inbox", id, e.getMessage());
            }
            return false;
        }
    }

    private void work(Job job) {
        long id = job.in().updateId();
        try {
            // A claim taken when the update was stored is used while at least half its lease is left; later it is
            // renewed (the inbox lets a worker claim again what it holds), so an answer never outlives its lease.
            Optional<UpdateInbox.Pending> claim = job.claim().isPresent() && clock.millis() - job.claimedAt() < lease.toMillis() / 2
                    ? job.claim() : inbox.claim(id, worker, lease);
            if (claim.isEmpty()) {
                log.debug("update {}: not claimed (done, claimed elsewhere, or its chat has an earlier one open)", id);
                return;
            }
            if (claim.get().attempts() > MAX_ATTEMPTS) {
                log.warn("update {}: started {} times without finishing; given up", id, MAX_ATTEMPTS);
                inbox.finish(id, "given up");
                metrics.updateFinished("given up");
                return;
            }
            String outcome;
            UpdateReply.begin(id, claim.get().sent(), claim.get().turnId(), sent -> inbox.recordSent(id, sent),
                    turn -> inbox.recordTurn(id, turn));
            try {
                outcome = handle(job);
            } catch (RuntimeException e) {
                log.error("update {}: handling failed: {}", id, e.toString());
                outcome = "failed";
            } finally {
                UpdateReply.end();
            }
            inbox.finish(id, outcome);
            metrics.updateFinished(outcome);
        } catch (RuntimeException e) {
            log.error("update {}: the inbox failed ({}); it is retried later", id, e.getMessage());
        } finally {
            inFlight.remove(id);
        }
    }

    private String handle(Job job) {
        Incoming in = job.in();
        if (in instanceof Incoming.Press p) {
            responder.press(p);
            return "pressed";
        }
        if (in instanceof Incoming.Other o) {
            if (limiter.check(o.chatId()) == RateLimiter.Verdict.ALLOW) {
                responder.notice(o.chatId(), 0, o.languageCode().flatMap(Lang::fromCode).orElse(Lang.EN), "tg.non_text");
                return "told text only";
            }
            return "rate-limited";
        }
        return text((Incoming.Text) in, job.receivedAt(), job.receivedNanos());
    }

    private String text(Incoming.Text t, Instant receivedAt, long received) {
        Optional<Addressing.Addressed> addressed = addressing.of(t);
        if (addressed.isEmpty()) {
            return "not addressed";
        }
        if (addressed.get() instanceof Addressing.Command c && c.name().equals("start")) {
            // A user who blocked the bot unblocks it with "Start": the chat can be reached again.
            responder.delivery().reachable(t.chatId());
        }
        RateLimiter.Verdict verdict = limiter.check(t.userId());
        if (verdict != RateLimiter.Verdict.ALLOW) {
            log.info("update {}: user over {} messages a minute; {}", t.updateId(), limiter.perMinute(),
                    verdict == RateLimiter.Verdict.NOTIFY ? "told once" : "dropped");
            if (verdict == RateLimiter.Verdict.NOTIFY) {
                Lang lang = LanguageDetector.detect(t.text(), t.languageCode().flatMap(Lang::fromCode));
                responder.notice(t, lang, "tg.rate_limited", limiter.perMinute());
            }
            return "rate-limited";
        }
        Addressing.Addressed a = addressed.get();
        if (a instanceof Addressing.Command c) {
            responder.command(t, c);
            return "command";
        }
        responder.ask(t, ((Addressing.Ask) a).question(), receivedAt, received);
        return responder.delivery().isUnreachable(t.chatId()) ? "undeliverable" : "answered";
    }

    /** Work queued or running (for tests and the load benchmark). */
    public int backlog() {
        return workers.backlog();
    }

    /** Stops taking updates: later ones stay in the inbox for the next start. */
    public void stopTaking() {
        stopped = true;
    }

    /**
     * Stops taking updates and waits up to {@code wait} for answers in flight; logs what was interrupted. When no
     * answer is running any more, the claims this process still holds (updates claimed as they were stored and never
     * started) are released, so that another process takes them up without waiting for their lease.
     */
    public void close(Duration wait) {
        stopped = true;
        int unfinished = workers.close(wait);
        if (unfinished > 0) {
            log.warn("Shutting down: {} update(s) interrupted or not started; they stay in the inbox for the next start", unfinished);
        } else {
            log.info("Shutting down: every answer in flight was delivered");
        }
        if (workers.terminated()) {
            try {
                int released = inbox.releaseClaims(worker);
                if (released > 0) {
                    log.info("Shutting down: {} claim(s) on updates not started released", released);
                }
            } catch (RuntimeException e) {
                log.warn("Shutting down: releasing the claims on updates not started failed ({}); they lapse with their lease",
                        e.getMessage());
            }
        }
    }
}
