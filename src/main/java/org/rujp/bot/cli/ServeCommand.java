package org.rujp.bot.cli;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rujp.bot.App;
import org.rujp.bot.config.ConfigException;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.TelegramSettings;
import org.rujp.bot.digest.DigestDelivery;
import org.rujp.bot.digest.DigestEvents;
import org.rujp.bot.digest.DigestSender;
import org.rujp.bot.digest.DigestService;
import org.rujp.bot.digest.DigestTicker;
import org.rujp.bot.digest.Sleeper;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.replica.KnowledgeWatcher;
import org.rujp.bot.replica.LiveAnswerer;
import org.rujp.bot.replica.SharedKnowledge;
import org.rujp.bot.ops.Health;
import org.rujp.bot.ops.ManagementServer;
import org.rujp.bot.ops.MicrometerMetrics;
import org.rujp.bot.ops.OpsEndpoints;
import org.rujp.bot.telegram.ApiEndpoint;
import org.rujp.bot.telegram.BotToken;
import org.rujp.bot.store.LeaderLock;
import org.rujp.bot.store.QueuedConversationLog;
import org.rujp.bot.store.QueuedInbox;
import org.rujp.bot.store.SenderLock;
import org.rujp.bot.store.StoreException;
import org.rujp.bot.store.Store;
import org.rujp.bot.telegram.TelegramBot;
import org.rujp.bot.telegram.TelegramException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rujp-bot serve}: runs the Telegram bot until SIGTERM or Ctrl-C. The token comes from
 * {@code TELEGRAM_BOT_TOKEN} only; {@code TELEGRAM_API_URL} points it at another Bot API server.
 * <ol>
 *   <li>check the token and URL before anything slow;</li>
 *   <li>SQLite: take the store's {@link SenderLock}, so that no {@code digest run-now} sends beside it;</li>
 *   <li>open the store once (SQLite file or PostgreSQL): conversation log, update inbox and the digest tables
 *       share it; on PostgreSQL, long polling takes the "poller" {@link LeaderLock} (one poller per store)
 *       and digests are sent only by the replica holding the "digest-sender" one; the log's turns are written
 *       in batches off the answering threads ({@link QueuedConversationLog}), and so are the inbox's completions
 *       ({@link QueuedInbox});</li>
 *   <li>start the management port ({@code management.bind}: {@code /healthz}, 503 until the index is loaded, and
 *       {@code /metrics}); the same endpoints are on the webhook port in webhook mode;</li>
 *   <li>PostgreSQL: pull the ingested articles shared through the store into the data directory;</li>
 *   <li>load the answering pipeline ({@link App});</li>
 *   <li>start the bot with the digest commands, sending digests on its own connection;</li>
 *   <li>PostgreSQL: start the {@link KnowledgeWatcher}, which reloads the knowledge in the background when another
 *       replica's {@code ingest} changed the shared articles, and swaps the answerer atomically;</li>
 *   <li>start the {@link DigestTicker}: due digests (missed ones caught up once) now, then every minute;</li>
 *   <li>on SIGTERM: stop the ticker, then the bot and the management port, then write the completions and turns still
 *       queued, then close the store.</li>
 * </ol>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the Telegram bot (long polling, or webhook with telegram.mode: webhook). "
                + "Needs TELEGRAM_BOT_TOKEN; TELEGRAM_API_URL (default https://api.telegram.org) and, in webhook mode, "
                + "TELEGRAM_WEBHOOK_SECRET. Stops cleanly on SIGTERM or Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);
    static final Duration POLL_TIMEOUT = Duration.ofSeconds(50);
    /**
     * rujp_inbox_depth counts at most this many waiting updates: the count reads their rows under the store's lock,
     * 2 ms for 1,000 of 10,000 waiting in SQLite, but 190 ms for all 10,000.
     */
    static final int INBOX_DEPTH_CAP = 1_000;

    /** Turns that may wait to be written (a full queue makes the workers wait), and written in one transaction at most. */
    static final int LOG_QUEUE = 1024;
    static final int LOG_BATCH = 64;

    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = global.settings();
        TelegramSettings tg = settings.telegram();
        // Check the environment before loading the model: a bad token fails in a second, not after start-up.
        List<String> problems = new ArrayList<>();
        BotToken token = null;
        TelegramUrl url = null;
        try {
            token = BotToken.of(tg.token());
            url = ApiEndpoint.parse(tg.apiUrl(), token);
        } catch (TelegramException e) {
            problems.add(e.getMessage());
        }
        if (tg.mode() == TelegramSettings.Mode.WEBHOOK
                && (tg.webhookSecret().isEmpty() || !tg.webhookSecret().get().matches("[A-Za-z0-9_-]{1,256}"))) {
            problems.add("telegram.mode is webhook: TELEGRAM_WEBHOOK_SECRET must be set to 1-256 characters of A-Z a-z 0-9 _ -");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        Clock clock = Clock.systemUTC();
        boolean shared = settings.store().postgres();
        SenderLock sending = shared ? null : SenderLock.acquire(Store.file(settings), "serve");
        Store store = Store.open(settings);
        LeaderLock poller = null;
        LeaderLock digestSender = null;
        if (shared) {
            if (tg.mode() != TelegramSettings.Mode.WEBHOOK) {
                poller = LeaderLock.of(store.database(), "poller");
                if (!poller.tryHold()) {
                    store.close();
                    throw new StoreException(store.database().name() + ": another serve process already polls Telegram for"
                            + " this store; long polling runs as one replica only (for several, use telegram.mode: webhook"
                            + " behind a load balancer)");
                }
            }
            digestSender = LeaderLock.of(store.database(), DigestCommand.DIGEST_SENDER);
        }
        store.startRetention();
        AtomicReference<App> loaded = new AtomicReference<>();
        AtomicReference<TelegramBot> running = new AtomicReference<>();
        MicrometerMetrics metrics = new MicrometerMetrics();
        metrics.watchInbox(() -> store.inbox().unfinished(INBOX_DEPTH_CAP).size(),
                () -> running.get() == null ? 0 : running.get().handler().backlog());
        OpsEndpoints endpoints = new OpsEndpoints(new Health()
                .add("index", () -> loaded.get() == null ? Optional.of("loading") : Optional.empty())
                .add("store", store::unreachable), metrics);
        ManagementServer management = settings.operations().managementBind()
                .map(bind -> ManagementServer.start(bind.address(), endpoints)).orElse(null);
        // With PostgreSQL the ingested articles shared through the store are pulled into the data directory first.
        SharedKnowledge articles = shared ? new SharedKnowledge(settings.dataDir(), store.database()) : null;
        long sharedVersion = articles == null ? 0 : articles.pull().version();
        App app = App.start(settings, global.progress());
        loaded.set(app);
        LiveAnswerer live = new LiveAnswerer(app);
        // Turns are written in batches on a thread of their own, not on the workers answering.
        QueuedConversationLog conversationLog = new QueuedConversationLog(store.log(), LOG_QUEUE, LOG_BATCH);
        // Updates done are marked so in batches on a thread of their own too.
        QueuedInbox inbox = new QueuedInbox(store.inbox(), QueuedInbox.DEFAULT_BATCH);
        TelegramBot bot = TelegramBot.start(new TelegramBot.Parts(tg, settings.store(), token, url, live,
                app.knowledge(), app.index().index().key(), conversationLog, inbox,
                clock, POLL_TIMEOUT, new InetSocketAddress(tg.webhookBind(), tg.webhookPort()))
                .withDigests(digests(store, () -> live.app().knowledge(), settings, clock, Sleeper.REAL, metrics::digestUncertain))
                .withOperations(metrics, endpoints)
                .withLoaded(() -> loaded(live.app())));
        KnowledgeWatcher watcher = articles == null ? null
                : watchKnowledge(articles, sharedVersion, live, settings, loaded::set).start(KnowledgeWatcher.PERIOD);
        running.set(bot);
        inbox.holdWhile(() -> bot.handler().backlog() > 0); // completions of a burst share transactions
        LeaderLock leader = digestSender;
        LeaderLock polling = poller;
        // With PostgreSQL every replica ticks, and only the one holding the digest-sender role sends; when it
        // dies, the server releases the role and the next replica to tick takes it over.
        DigestTicker ticker = new DigestTicker(bot.digests().orElseThrow(), clock, DigestTicker.PERIOD,
                leader == null ? () -> true : leader::tryHold);
        ticker.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping (signal received)");
            if (watcher != null) {
                watcher.close();
            }
            ticker.close();
            bot.close();
            if (management != null) {
                management.close();
            }
            if (leader != null) {
                leader.close();
            }
            if (polling != null) {
                polling.close();
            }
            inbox.close(); // every update answered is marked done before the store closes
            conversationLog.close(); // every turn answered is written before the store closes
            store.close();
            if (sending != null) {
                sending.close();
            }
            stopped.countDown();
        }, "rujp-shutdown"));
        log.info("Serving as @{}; stop with SIGTERM or Ctrl-C", bot.identity().username());
        stopped.await();
        return 0;
    }

    /**
     * How serve builds the digest service once the bot's connection gives it a sender: over the store's
     * SQLite database (shared with the conversation log and the update inbox) and the App's knowledge.
     */
    public static Function<DigestSender, DigestService> digests(Store store, App app, Settings settings, Clock clock,
                                                                Sleeper sleeper) {
        return digests(store, app::knowledge, settings, clock, sleeper);
    }

    /** As {@link #digests(Store, App, Settings, Clock, Sleeper)}, over whatever knowledge is current when a digest is made. */
    static Function<DigestSender, DigestService> digests(Store store, Supplier<KnowledgeBase> knowledge, Settings settings,
                                                         Clock clock, Sleeper sleeper) {
        return digests(store, knowledge, settings, clock, sleeper, DigestEvents.NONE);
    }

    /** As above, telling {@code events} of every uncertain digest found (serve counts them in its metrics). */
    static Function<DigestSender, DigestService> digests(Store store, Supplier<KnowledgeBase> knowledge, Settings settings,
                                                         Clock clock, Sleeper sleeper, DigestEvents events) {
        return sender -> DigestService.on(store.database(), knowledge, settings.digest(), sender, clock, sleeper,
                DigestDelivery.Options.DEFAULT, events);
    }

    /** What {@code app} answers from, for the bot's command replies and logged turns. */
    private static TelegramBot.Loaded loaded(App app) {
        return new TelegramBot.Loaded(app.knowledge(), app.index().index().key());
    }

    /** Ingested articles are shared through the store when it is PostgreSQL (several replicas); never with SQLite. */
    static boolean shared(Settings settings) {
        return settings.store().postgres();
    }

    /**
     * How serve keeps a replica's knowledge in step with the articles shared through the store: a watcher that
     * pulls them into {@code settings}' data directory when the shared version changes, builds a new {@link App}
     * beside the answering one (reusing its model) and swaps it into {@code live}. Tests start the same one.
     *
     * @param loadedVersion the shared version pulled before the current App was built
     * @param reloaded told of every App swapped in
     */
    public static KnowledgeWatcher watchKnowledge(SharedKnowledge shared, long loadedVersion, LiveAnswerer live, Settings settings,
                                                  Consumer<App> reloaded) {
        return new KnowledgeWatcher(shared, loadedVersion, live, current -> App.start(settings, current.embedder()), reloaded);
    }
}
