package org.rujp.bot.telegram;

/** A command for the Telegram menu: 1-32 chars of a-z0-9_, description 1-256 chars. */
public record BotCommandSpec(String command, String description) {
    public BotCommandSpec {
        if (command == null || !command.matches("[a-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("bad command name: " + command);
        }
        if (description == null || description.isBlank() || description.length() > 256) {
            throw new IllegalArgumentException("/" + command + ": description must be 1-256 characters");
        }
    }
}
