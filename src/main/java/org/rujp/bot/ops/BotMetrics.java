package org.rujp.bot.ops;

import java.time.Duration;
import org.rujp.bot.knowledge.Lang;

/**
 * What the running bot counts, in its own terms; {@link MicrometerMetrics} turns it into Prometheus
 * metrics (the names are listed there and in docs/deploy.md). Calls are cheap and never throw.
 */
public interface BotMetrics {
    /** An update addressed to the bot was stored in the inbox (a redelivery is not counted again). */
    void updateReceived();

    /** An update's handling ended; {@code outcome} is the inbox's ("answered", "command", "failed", "given up", ...). */
    void updateFinished(String outcome);

    /** A question was answered or refused ({@code refusal} empty when answered), {@code latency} after it arrived. */
    void answer(Lang lang, Duration latency, java.util.Optional<String> refusal);

    /** Answering a question failed ("error") or took longer than the answer timeout ("timeout"). */
    void answerFailed(String why);

    /** One digest message's outcome: "sent", "retry_after", "forbidden" or "failed". */
    void digestSend(String outcome);

    /** The Bot API answered 429 (flood control) to {@code method} ("sendMessage", "editMessageText", ...). */
    void telegramRateLimited(String method);

    /**
     * A digest was found uncertain (its sender stopped after Telegram may have accepted it); {@code action} is
     * "skipped" (not sent again) or "resent".
     */
    void digestUncertain(String action);

    /** Counts nothing (tests and commands without a metrics endpoint). */
    BotMetrics NONE = new BotMetrics() {
        @Override
        public void updateReceived() {
        }

        @Override
        public void updateFinished(String outcome) {
        }

        @Override
        public void answer(Lang lang, Duration latency, java.util.Optional<String> refusal) {
        }

        @Override
        public void answerFailed(String why) {
        }

        @Override
        public void digestSend(String outcome) {
        }

        @Override
        public void telegramRateLimited(String method) {
        }

        @Override
        public void digestUncertain(String action) {
        }
    };
}
