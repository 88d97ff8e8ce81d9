package org.rujp.bot.telegram;

import org.rujp.bot.text.Html;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.rujp.bot.config.StoreSettings;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;

/** The HTML replies to the fixed commands, in the user's language. */
public final class CommandReplies {
    /** The commands of the menu, in menu order (followed by {@link DigestCommands#COMMANDS} when digests are on). */
    public static final List<String> COMMANDS = List.of("start", "help", "sources", "about", "privacy", "forget");

    private final Supplier<TelegramBot.Loaded> loaded;
    private final StoreSettings store;
    private final String botUsername;
    private final boolean digests;

    public CommandReplies(KnowledgeBase kb, StoreSettings store, String indexVersion, String botUsername) {
        this(kb, store, indexVersion, botUsername, false);
    }

    /** @param digests whether the digest commands are available (listed in the menu, /start and /help) */
    public CommandReplies(KnowledgeBase kb, StoreSettings store, String indexVersion, String botUsername, boolean digests) {
        this(TelegramBot.Loaded.fixed(kb, indexVersion), store, botUsername, digests);
    }

    /** @param loaded what the bot answers from now (a replica's knowledge reload changes it) */
    CommandReplies(Supplier<TelegramBot.Loaded> loaded, StoreSettings store, String botUsername, boolean digests) {
        this.loaded = loaded;
        this.store = store;
        this.botUsername = botUsername;
        this.digests = digests;
    }

    /** The command menu for setMyCommands. */
    public static List<BotCommandSpec> menu(Lang lang) {
        return menu(lang, false);
    }

    public static List<BotCommandSpec> menu(Lang lang, boolean digests) {
        return commands(digests).stream().map(c -> new BotCommandSpec(c, Messages.get(lang, "tg.cmd." + c))).toList();
    }

    static List<String> commands(boolean digests) {
        if (!digests) {
            return COMMANDS;
        }
        List<String> all = new java.util.ArrayList<>(COMMANDS);
        all.addAll(DigestCommands.COMMANDS);
        return List.copyOf(all);
    }

    public String start(Lang lang) {
        KnowledgeBase kb = loaded.get().knowledge();
        StringBuilder out = new StringBuilder(Html.escape(Messages.get(lang, "tg.start", kb.facts().size(), kb.sources().size())));
        out.append("\n\n").append(Html.escape(Messages.get(lang, "tg.start.try"))).append('\n');
        for (String s : Messages.list(lang, "suggest")) {
            out.append("\u2022 ").append(Html.escape(s)).append('\n');
        }
        if (digests) {
            out.append('\n').append(Html.escape(Messages.get(lang, "tg.start.digest"))).append('\n');
        }
        out.append('\n').append(commandList(lang));
        return out.toString().strip();
    }

    public String help(Lang lang) {
        return Html.escape(Messages.get(lang, "tg.help")) + "\n\n"
                + Html.escape(Messages.get(lang, "tg.help.groups", botUsername)) + "\n\n"
                + (digests ? Html.escape(Messages.get(lang, "tg.help.digest")) + "\n\n" : "")
                + commandList(lang);
    }

    public String unknown(String command, Lang lang) {
        return Html.escape(Messages.get(lang, "tg.unknown_command", command)) + "\n\n" + help(lang);
    }

    public String sources(Lang lang) {
        List<Source> sources = loaded.get().knowledge().sources().stream()
                .sorted(Comparator.comparing(Source::published).thenComparing(Source::id)).toList();
        StringBuilder out = new StringBuilder(Html.bold(Messages.get(lang, "tg.sources.title", sources.size()))).append('\n');
        for (Source s : sources) {
            out.append("\u2022 ").append(AnswerHtml.source(s, lang)).append('\n');
        }
        return out.toString().strip();
    }

    public String about(Lang lang) {
        TelegramBot.Loaded now = loaded.get();
        String indexVersion = now.indexVersion();
        String shortIndex = indexVersion.length() > 12 ? indexVersion.substring(0, 12) : indexVersion;
        return Html.escape(Messages.get(lang, "tg.about")) + "\n\n"
                + Html.escape(Messages.get(lang, "tg.about.version", now.knowledge().facts().size(), shortIndex));
    }

    public String privacy(Lang lang) {
        String ids = Messages.get(lang, store.pseudonymousIds() ? "tg.privacy.pseudonymous" : "tg.privacy.raw");
        long days = store.retention().toDays();
        return Html.escape(Messages.get(lang, "tg.privacy", ids, days)) + "\n"
                + Html.escape(Messages.get(lang, "tg.privacy.digests", days)) + "\n"
                + Html.escape(Messages.get(lang, "tg.privacy.inbox")) + "\n\n"
                + Html.escape(Messages.get(lang, "tg.privacy.retention"));
    }

    private String commandList(Lang lang) {
        StringBuilder out = new StringBuilder(Html.escape(Messages.get(lang, "tg.help.commands"))).append('\n');
        for (String c : commands(digests)) {
            out.append('/').append(c).append(" \u2014 ").append(Html.escape(Messages.get(lang, "tg.cmd." + c))).append('\n');
        }
        return out.toString().strip();
    }
}
