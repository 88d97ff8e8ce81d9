package org.rujp.bot.telegram;

import java.util.Map;
import java.util.Optional;

/**
 * What a {@code t.me/<bot>?start=PAYLOAD} link does after the greeting. Telegram sends such a link's payload as
 * {@code /start PAYLOAD} (1-64 characters of {@code A-Za-z0-9_-}); each payload stands for one of the bot's own
 * commands, so a link does exactly what typing that command does. The payload is a keyword, never prose: it
 * says nothing about the user's language.
 */
final class DeepLinks {
    /** Payload to the command it runs, registered here in one place. */
    private static final Map<String, Addressing.Command> LINKS = Map.of(
            "subscribe", new Addressing.Command("subscribe", ""),
            "subscribe_daily", new Addressing.Command("subscribe", "daily"),
            "subscribe_weekly", new Addressing.Command("subscribe", "weekly"),
            "unsubscribe", new Addressing.Command("unsubscribe", ""),
            "digest", new Addressing.Command("digest", ""),
            "help", new Addressing.Command("help", ""),
            "sources", new Addressing.Command("sources", ""));

    private DeepLinks() {
    }

    /** The command a payload stands for; empty for no payload or an unknown one. */
    static Optional<Addressing.Command> command(String payload) {
        return Optional.ofNullable(LINKS.get(payload == null ? "" : payload.strip()));
    }
}
