package org.rujp.bot.telegram;

/** Who the bot is, from getMe: its user id and @username (without the @). */
public record BotIdentity(long id, String username) {
}
