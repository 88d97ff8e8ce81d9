package org.rujp.bot.config;

import java.util.List;
import org.rujp.bot.BotException;

/** The configuration has one or more bad keys; the message lists every one of them at once. */
public final class ConfigException extends BotException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super("invalid configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
