package org.rujp.bot.digest;

/** What happened to one message sent through a {@link DigestSender}. */
public sealed interface SendOutcome {
    /** Telegram accepted the message. */
    record Sent() implements SendOutcome {
    }

    /** Too many requests (HTTP 429): wait {@code seconds}, then send it again. */
    record RetryAfter(int seconds) implements SendOutcome {
        public RetryAfter {
            if (seconds < 0) {
                throw new IllegalArgumentException("retry_after must not be negative but is " + seconds);
            }
        }
    }

    /** The chat refuses the bot (HTTP 403: blocked, kicked, chat not found): stop sending there. */
    record Forbidden(String description) implements SendOutcome {
    }

    /** Anything else (bad request, network, server error). */
    record Failed(String description) implements SendOutcome {
    }

    static SendOutcome sent() {
        return new Sent();
    }
}
