package org.rujp.bot.telegram;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.App;
import org.rujp.bot.answer.Answerer;
import org.rujp.bot.config.Settings;
import org.rujp.bot.config.SettingsLoader;
import org.rujp.bot.config.TelegramSettings;
import org.rujp.bot.index.Embedder;
import org.rujp.bot.index.MiniLmEmbedder;
import org.rujp.bot.store.ConversationLog;
import org.rujp.bot.store.UpdateInbox;

/**
 * A running bot wired exactly as {@code serve} wires it, against a {@link FakeBotApiServer}, with the
 * real answering pipeline (curated knowledge, the real embedding model loaded once per JVM).
 */
final class BotHarness implements AutoCloseable {
    private static Embedder embedder;

    final FakeBotApiServer api;
    final TelegramBot bot;
    final InMemoryConversationLog log;
    final UpdateInbox ledger;

    private BotHarness(FakeBotApiServer api, TelegramBot bot, InMemoryConversationLog log, UpdateInbox ledger) {
        this.api = api;
        this.bot = bot;
        this.log = log;
        this.ledger = ledger;
    }

    static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new MiniLmEmbedder();
        }
        return embedder;
    }

    /** Where built index caches are kept between test runs (building one takes a minute on a busy machine). */
    private static final Path INDEX_CACHE = Path.of("target", "telegram-test-index");

    /**
     * The real App over ./knowledge with its data in {@code dataDir}; the index cache is seeded from
     * earlier runs (it is keyed by content hashes, so a stale one is simply rebuilt) and kept for later ones.
     */
    static App app(Path dataDir) {
        return app(dataDir, java.util.function.UnaryOperator.identity());
    }

    /** An app over the test knowledge with the built-in defaults, changed by {@code adjust}. */
    static App app(Path dataDir, java.util.function.UnaryOperator<Settings> adjust) {
        copy(INDEX_CACHE, dataDir.resolve("index"));
        Settings settings = adjust.apply(SettingsLoader.load(Path.of("no-config-for-tests.yaml"), false, Map.of()).withDataDir(dataDir));
        App app = App.start(settings, embedder());
        if (!app.index().fromCache()) {
            copy(dataDir.resolve("index"), INDEX_CACHE);
        }
        return app;
    }

    private static void copy(Path from, Path to) {
        if (!java.nio.file.Files.isDirectory(from)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(from)) {
            java.nio.file.Files.createDirectories(to);
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                java.nio.file.Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static TelegramSettings settings(String apiUrl, int perMinute) {
        return new TelegramSettings(Optional.of(FakeBotApiServer.TOKEN), apiUrl, TelegramSettings.Mode.POLLING, 8443,
                "/telegram/webhook", Optional.empty(), 4, Duration.ofSeconds(20), perMinute);
    }

    static BotHarness start(App app) {
        return start(app, new FakeBotApiServer(), new InMemoryInbox(), 20);
    }

    static BotHarness start(App app, FakeBotApiServer api, UpdateInbox ledger, int perMinute) {
        return start(app, api, ledger, settings(api.baseUrl(), perMinute), app.answerer());
    }

    static BotHarness start(App app, FakeBotApiServer api, UpdateInbox ledger, TelegramSettings tg, Answerer answerer) {
        InMemoryConversationLog log = new InMemoryConversationLog();
        TelegramBot bot = TelegramBot.start(parts(app, tg, ledger, log, answerer));
        return new BotHarness(api, bot, log, ledger);
    }

    /** Over a conversation log of the caller's (the SQLite one, for the load benchmark); {@link #log} is then null. */
    static BotHarness start(App app, FakeBotApiServer api, UpdateInbox ledger, TelegramSettings tg, Answerer answerer,
                            ConversationLog conversationLog) {
        TelegramBot bot = TelegramBot.start(parts(app, tg, ledger, conversationLog, answerer));
        return new BotHarness(api, bot, null, ledger);
    }

    static TelegramBot.Parts parts(App app, TelegramSettings tg, UpdateInbox ledger, ConversationLog log, Answerer answerer) {
        BotToken token = BotToken.of(tg.token());
        return new TelegramBot.Parts(tg, app.settings().store(), token, ApiEndpoint.parse(tg.apiUrl(), token), answerer,
                app.knowledge(), app.index().index().key(), log, ledger, Clock.systemUTC(), Duration.ofSeconds(1),
                new InetSocketAddress("127.0.0.1", 0));
    }

    /** Waits until every queued update was fetched and confirmed, and all work is done. */
    void awaitIdle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (api.unconfirmed() > 0 || bot.handler().backlog() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the bot did not become idle: " + api.unconfirmed() + " unconfirmed, "
                        + bot.handler().backlog() + " in work");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the bot but keeps the fake API (for restarts). */
    void stopBot() {
        bot.close();
    }

    @Override
    public void close() {
        bot.close();
        api.close();
    }
}
