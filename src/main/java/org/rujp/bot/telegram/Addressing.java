package org.rujp.bot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a text message is meant for the bot, and as what. In a private chat every message
 * is. In a group only a command (also {@code /cmd@thisbot}; commands for other bots are ignored), a
 * message mentioning the bot's @username (stripped from the question) or a reply to one of its
 * messages. Messages from bots are never answered.
 */
public final class Addressing {
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?$", Pattern.DOTALL);

    /** What the message asks of the bot. */
    public sealed interface Addressed permits Ask, Command {
    }

    /** A question, with the bot's @username removed. */
    public record Ask(String question) implements Addressed {
    }

    /** A command, lower case without the slash and @botname, and the text after it. */
    public record Command(String name, String args) implements Addressed {
    }

    private final BotIdentity me;
    private final Pattern ownMention;

    public Addressing(BotIdentity me) {
        this.me = me;
        this.ownMention = Pattern.compile("(?<![\\w@])@" + Pattern.quote(me.username()) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    public Optional<Addressed> of(Incoming.Text t) {
        if (t.fromBot()) {
            return Optional.empty();
        }
        String text = t.text().strip();
        Matcher m = COMMAND.matcher(text);
        if (m.matches()) {
            String target = m.group(2);
            if (target != null && !target.equalsIgnoreCase(me.username())) {
                return Optional.empty();
            }
            return Optional.of(new Command(m.group(1).toLowerCase(Locale.ROOT), m.group(3) == null ? "" : m.group(3).strip()));
        }
        if (t.isPrivate()) {
            return Optional.of(new Ask(ownMention.matcher(text).replaceAll("").strip()));
        }
        boolean mentioned = t.mentions().contains(me.username().toLowerCase(Locale.ROOT));
        if (mentioned) {
            String question = ownMention.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
            question = question.replaceAll("^[,:;\\s]+", "");
            return Optional.of(new Ask(question));
        }
        if (t.replyToUserId() == me.id()) {
            return Optional.of(new Ask(text));
        }
        return Optional.empty();
    }
}
