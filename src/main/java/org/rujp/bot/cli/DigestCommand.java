package org.rujp.bot.cli;

import org.rujp.bot.text.Html;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.rujp.bot.config.Settings;
import org.rujp.bot.digest.ChatRef;
import org.rujp.bot.digest.DigestDelivery;
import org.rujp.bot.digest.DigestMessage;
import org.rujp.bot.digest.DigestSender;
import org.rujp.bot.digest.DigestService;
import org.rujp.bot.digest.RunReport;
import org.rujp.bot.digest.Sleeper;
import org.rujp.bot.knowledge.IngestedArticles;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.LeaderLock;
import org.rujp.bot.store.SenderLock;
import org.rujp.bot.store.Subscription;
import org.rujp.bot.telegram.TelegramDigestSender;
import org.rujp.bot.telegram.TelegramException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rujp-bot digest preview --chat ID}, {@code rujp-bot digest run-now}, {@code rujp-bot digest status} and
 * {@code rujp-bot digest resend-uncertain --digest KEY}.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Scheduled digests: preview a chat's next digest, send the digests that are due now, see how recent"
                + " digests went, or send uncertain ones again.",
        subcommands = {DigestCommand.Preview.class, DigestCommand.RunNow.class, DigestStatusCommand.class,
            DigestStatusCommand.ResendUncertain.class})
public final class DigestCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a sub-command is required: preview, run-now, status or resend-uncertain");
    }

    /** The digest service over the configured store (SQLite file or PostgreSQL) and knowledge (no embedding model needed). */
    static DigestService open(Database db, Settings settings, DigestSender sender) {
        KnowledgeBase knowledge = IngestedArticles.load(settings.knowledgeDir(), settings.dataDir(), settings.ingest().maxArticleBytes());
        Supplier<KnowledgeBase> kb = () -> knowledge;
        return DigestService.on(db, kb, settings.digest(), sender, Clock.systemUTC(), Sleeper.REAL,
                DigestDelivery.Options.DEFAULT);
    }

    /** The role, among the processes of a PostgreSQL store, of the one that sends digests. */
    static final String DIGEST_SENDER = "digest-sender";

    static Path databaseFile(Settings settings) {
        return settings.dataDir().resolve(settings.store().file());
    }

    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "Prints the chat's next digest as it would be sent now; nothing is marked as read.")
    static final class Preview implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--chat", required = true, paramLabel = "ID", description = "The Telegram chat id.")
        long chatId;

        @Option(names = "--lang", paramLabel = "LANG",
                description = "Language for a chat that is not subscribed: en, ru or ja (default: en).")
        String lang = "en";

        @Option(names = "--html", description = "Print the Telegram HTML instead of plain text.")
        boolean html;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Lang language = Lang.fromCode(lang).orElse(null);
            if (language == null) {
                spec.commandLine().getErr().println("rujp-bot digest preview: --lang must be en, ru or ja but is '" + lang + "'");
                return Main.EXIT_USAGE;
            }
            Settings settings = global.settings();
            try (Database db = Database.open(settings.store(), databaseFile(settings))) {
                DigestService service = open(db, settings, (chat, text, buttons) -> {
                    throw new IllegalStateException("preview sends nothing");
                });
                boolean subscribed = service.subscription(chatId).filter(Subscription::active).isPresent();
                List<DigestMessage> messages = service.preview(new ChatRef(chatId, "private", language));
                for (int i = 0; i < messages.size(); i++) {
                    DigestMessage m = messages.get(i);
                    if (messages.size() > 1) {
                        out.println("--- message " + (i + 1) + " of " + messages.size() + " ---");
                    }
                    out.println(html ? m.html() : Html.toPlain(m.html()));
                    m.buttons().forEach(b -> out.println("  [" + b.text() + "]  " + b.callbackData()));
                }
                spec.commandLine().getErr().println("rujp-bot digest preview: chat " + chatId
                        + (subscribed ? " is subscribed" : " is not subscribed (showing a daily digest)") + ", "
                        + messages.size() + " message" + (messages.size() == 1 ? "" : "s"));
            }
            return 0;
        }
    }

    @Command(name = "run-now", mixinStandardHelpOptions = true,
            description = "Sends every digest that is due now through Telegram (catching up missed runs once) and exits.")
    static final class RunNow implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Settings settings = global.settings();
            if (settings.telegram().token().isEmpty()) {
                err.println("rujp-bot digest run-now: TELEGRAM_BOT_TOKEN is not set; digests are sent through Telegram, "
                        + "so set the bot token in the environment (use 'digest preview --chat ID' to see a digest without sending)");
                return Main.EXIT_INPUT;
            }
            TelegramDigestSender sender;
            try {
                sender = TelegramDigestSender.connect(settings.telegram());
            } catch (TelegramException e) {
                err.println("rujp-bot digest run-now: " + e.getMessage());
                return Main.EXIT_INPUT;
            }
            boolean shared = settings.store().postgres();
            try (sender; SenderLock sending = shared ? null : SenderLock.acquire(databaseFile(settings), "digest run-now");
                 Database db = openChecked(settings, err);
                 LeaderLock leading = db != null && shared ? LeaderLock.of(db, DIGEST_SENDER) : null) {
                if (db == null) {
                    return Main.EXIT_INPUT;
                }
                if (leading != null && !leading.tryHold()) {
                    err.println("rujp-bot digest run-now: " + db.name() + " is in use by another rujp-bot process that sends"
                            + " digests (a serve replica holds the " + DIGEST_SENDER + " role); stop it first, or let it send"
                            + " the due digests itself");
                    return Main.EXIT_INPUT;
                }
                DigestService service = open(db, settings, sender);
                RunReport report = service.runDue(Clock.systemUTC().instant());
                spec.commandLine().getOut().println("rujp-bot digest run-now: " + report);
                return report.failed() > 0 ? Main.EXIT_FAILURE : 0;
            }
        }
    }

    /** The database, or null after saying why it cannot be used (damaged, another application's, newer). */
    private static Database openChecked(Settings settings, PrintWriter err) {
        return openChecked(settings, err, "run-now");
    }

    /** As {@link #openChecked(Settings, PrintWriter)}, the messages naming the sub-command {@code command}. */
    static Database openChecked(Settings settings, PrintWriter err, String command) {
        Database db;
        try {
            db = Database.open(settings.store(), databaseFile(settings));
        } catch (org.rujp.bot.store.StoreException e) {
            err.println("rujp-bot digest " + command + ": " + e.getMessage());
            return null;
        }
        try {
            db.checkIntegrity();
            return db;
        } catch (org.rujp.bot.store.StoreException e) {
            db.close();
            err.println("rujp-bot digest " + command + ": " + e.getMessage());
            return null;
        }
    }
}
