package org.rujp.bot.telegram;

/** What became of one Bot API call, in our own terms. */
public sealed interface SendResult
        permits SendResult.Sent, SendResult.RetryAfter, SendResult.Forbidden, SendResult.BadMarkup, SendResult.Failed {

    default boolean ok() {
        return this instanceof Sent;
    }

    /** Done; {@code messageId} is the message sent or edited (0 for calls that return no message). */
    record Sent(long messageId) implements SendResult {
    }

    /** 429: flood control; retry after this many seconds. */
    record RetryAfter(int seconds) implements SendResult {
    }

    /** 403: the bot was blocked, kicked or the chat is gone; never retry. */
    record Forbidden(String description) implements SendResult {
    }

    /** 400 "can't parse entities": the HTML was rejected; resend as plain text. */
    record BadMarkup(String description) implements SendResult {
    }

    /** Anything else (network, 400, 5xx); the reason never contains the token. */
    record Failed(String reason) implements SendResult {
    }
}
