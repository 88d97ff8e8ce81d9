package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressingTest {
    static final BotIdentity ME = new BotIdentity(42, "RuJpBot");
    final Addressing addressing = new Addressing(ME);

    @ParameterizedTest(name = "{0} in a {1} chat -> {2}")
    @CsvSource(delimiter = '|', value = {
            "When was it extended?            | private    | ask:When was it extended?",
            "@RuJpBot when was it extended?   | private    | ask:when was it extended?",
            "/start                           | private    | cmd:start:",
            "/Sources@rujpbot                 | supergroup | cmd:sources:",
            "/help@other_bot                  | supergroup | none",
            "/help                            | group      | cmd:help:",
            "/ask@RuJpBot what is it          | group      | cmd:ask:what is it",
            "When was it extended?            | supergroup | none",
            "@RuJpBot, when was it extended?  | supergroup | ask:when was it extended?",
            "Hey @rujpbot when was it?        | supergroup | ask:Hey when was it?",
            "mail me at x@RuJpBot.org         | supergroup | none",
    })
    void decidesWhetherAndHowTheBotIsAddressed(String text, String chatType, String expected) {
        Optional<Addressing.Addressed> a = addressing.of(message(text, chatType, false, 0));

        assertEquals(expected, describe(a));
    }

    @ParameterizedTest
    @CsvSource({"42, ask:Why?", "7, none"})
    void answersARepliesInGroupsOnlyToItsOwnMessages(long repliedAuthor, String expected) {
        assertEquals(expected, describe(addressing.of(message("Why?", "supergroup", false, repliedAuthor))));
    }

    @ParameterizedTest
    @CsvSource({"private", "supergroup"})
    void neverAnswersBots(String chatType) {
        assertEquals("none", describe(addressing.of(message("@RuJpBot /start", chatType, true, 42))));
    }

    private static Incoming.Text message(String text, String chatType, boolean fromBot, long replyTo) {
        List<String> mentions = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w@])@(\\w+)").matcher(text);
        while (m.find()) {
            mentions.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return new Incoming.Text(1, chatType.equals("private") ? 5 : -5, chatType, 10, 5, fromBot, Optional.of("en"), text,
                replyTo, mentions);
    }

    private static String describe(Optional<Addressing.Addressed> a) {
        if (a.isEmpty()) {
            return "none";
        }
        if (a.get() instanceof Addressing.Ask ask) {
            return "ask:" + ask.question();
        }
        Addressing.Command c = (Addressing.Command) a.get();
        return "cmd:" + c.name() + ":" + c.args();
    }
}
