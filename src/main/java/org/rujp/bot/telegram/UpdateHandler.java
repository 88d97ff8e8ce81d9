package org.rujp.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import org.rujp.bot.answer.LanguageDetector;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.UpdateLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The dispatcher: takes updates from long polling or the webhook and never blocks on answering.
 *
 * <ol>
 *   <li>map the update to our own {@link Incoming};</li>
 *   <li>claim its id in the {@link UpdateLedger}: an update already claimed (re-delivered after a
 *       restart, or retried by the webhook) is dropped;</li>
 *   <li>drop what is not addressed to the bot (see {@link Addressing}) and what comes from bots;</li>
 *   <li>apply the per-user rate limit (one polite notice, then silence);</li>
 *   <li>hand the work to the bounded {@link ChatSerialExecutor}: in order within a chat, parallel
 *       across chats; when it is full, say so instead of queueing without end.</li>
 * </ol>
 */
public final class UpdateHandler {
    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    private final ChatResponder responder;
    private final UpdateLedger ledger;
    private final RateLimiter limiter;
    private final Addressing addressing;
    private final ChatSerialExecutor workers;
    private final ScheduledExecutorService timers;
    private final Clock clock;
    private volatile boolean stopped;

    public UpdateHandler(ChatResponder responder, UpdateLedger ledger, RateLimiter limiter, Addressing addressing,
                         int workers, int queueCapacity, ScheduledExecutorService timers, Clock clock) {
        this.responder = responder;
        this.ledger = ledger;
        this.limiter = limiter;
        this.addressing = addressing;
        this.workers = new ChatSerialExecutor(workers, queueCapacity);
        this.timers = timers;
        this.clock = clock;
    }

    /** The long-polling consumer: returns as soon as the updates are handed over. */
    public void consume(List<Update> updates) {
        for (Update u : updates) {
            handle(u);
        }
    }

    public void handle(Update update) {
        try {
            dispatch(UpdateMapper.map(update));
        } catch (RuntimeException e) {
            log.error("update {}: dispatch failed: {}", update.getUpdateId(), e.toString());
        }
    }

    public void dispatch(Incoming in) {
        long received = System.nanoTime();
        Instant receivedAt = clock.instant();
        if (stopped) {
            // Not claimed: Telegram delivers it again after the restart.
            log.info("update {}: arrived while stopping; left for the next start", in.updateId());
            return;
        }
        if (in.updateId() >= 0 && !claim(in.updateId())) {
            log.info("update {}: already handled; skipped", in.updateId());
            return;
        }
        if (in instanceof Incoming.Press p) {
            submit(p.chatId(), () -> responder.press(p), null);
        } else if (in instanceof Incoming.Text t) {
            text(t, receivedAt, received);
        } else if (in instanceof Incoming.Other o) {
            log.debug("update {}: {} in chat {} ignored", o.updateId(), o.kind(), o.chatId());
            if (o.privateChat() && limiter.check(o.chatId()) == RateLimiter.Verdict.ALLOW) {
                submit(o.chatId(), () -> responder.notice(o.chatId(), 0, o.languageCode().flatMap(Lang::fromCode).orElse(Lang.EN), "tg.non_text"), null);
            }
        }
    }

    private void text(Incoming.Text t, Instant receivedAt, long received) {
        Optional<Addressing.Addressed> addressed = addressing.of(t);
        if (addressed.isEmpty()) {
            log.debug("update {}: chat {} message not addressed to the bot", t.updateId(), t.chatId());
            return;
        }
        if (addressed.get() instanceof Addressing.Command c && c.name().equals("start")) {
            // A user who blocked the bot unblocks it with "Start": the chat can be reached again.
            responder.delivery().reachable(t.chatId());
        }
        Lang lang = LanguageDetector.detect(t.text(), t.languageCode().flatMap(Lang::fromCode));
        RateLimiter.Verdict verdict = limiter.check(t.userId());
        if (verdict != RateLimiter.Verdict.ALLOW) {
            log.info("chat {}: user over {} messages a minute; {}", t.chatId(), limiter.perMinute(),
                    verdict == RateLimiter.Verdict.NOTIFY ? "told once" : "dropped");
            if (verdict == RateLimiter.Verdict.NOTIFY) {
                submit(t.chatId(), () -> responder.notice(t, lang, "tg.rate_limited", limiter.perMinute()), null);
            }
            return;
        }
        Addressing.Addressed a = addressed.get();
        if (a instanceof Addressing.Command c) {
            submit(t.chatId(), () -> responder.command(t, c), t);
        } else if (a instanceof Addressing.Ask ask) {
            submit(t.chatId(), () -> responder.ask(t, ask.question(), receivedAt, received), t);
        }
    }

    private boolean claim(long updateId) {
        try {
            return ledger.claim(updateId);
        } catch (RuntimeException e) {
            log.error("update {}: the update ledger failed ({}); handling it anyway", updateId, e.getMessage());
            return true;
        }
    }

    private void submit(long chatId, Runnable work, Incoming.Text busyReplyTo) {
        try {
            workers.execute(chatId, work);
        } catch (RejectedExecutionException e) {
            log.warn("chat {}: work rejected ({})", chatId, e.getMessage());
            if (busyReplyTo != null && !timers.isShutdown()) {
                Lang lang = LanguageDetector.detect(busyReplyTo.text(), busyReplyTo.languageCode().flatMap(Lang::fromCode));
                try {
                    timers.execute(() -> responder.notice(busyReplyTo, lang, "tg.busy"));
                } catch (RejectedExecutionException ignored) {
                    log.debug("chat {}: busy notice not sent (shutting down)", chatId);
                }
            }
        }
    }

    /** Work queued or running (for tests and the load benchmark). */
    public int backlog() {
        return workers.backlog();
    }

    /** Stops taking updates: later ones are left unclaimed, for the next start to handle. */
    public void stopTaking() {
        stopped = true;
    }

    /** Stops taking updates and waits up to {@code wait} for answers in flight; logs what was interrupted. */
    public void close(Duration wait) {
        stopped = true;
        int unfinished = workers.close(wait);
        if (unfinished > 0) {
            log.warn("Shutting down: {} answer(s) interrupted or never started", unfinished);
        } else {
            log.info("Shutting down: every answer in flight was delivered");
        }
    }
}
