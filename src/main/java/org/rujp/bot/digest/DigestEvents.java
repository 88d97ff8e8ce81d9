package org.rujp.bot.digest;

/** What digest sending tells the outside (serve counts it in its metrics). Calls are cheap and never throw. */
@FunctionalInterface
public interface DigestEvents {
    /**
     * A digest was found uncertain: its sender stopped between marking it in flight and recording Telegram's
     * answer. {@code action} is "skipped" (not sent again) or "resent" ({@code digest.uncertain: resend}).
     */
    void uncertain(String action);

    /** Tells nothing. */
    DigestEvents NONE = action -> {
    };
}
