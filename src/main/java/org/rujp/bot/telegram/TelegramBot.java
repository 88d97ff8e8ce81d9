package org.rujp.bot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.rujp.bot.answer.Answerer;
import org.rujp.bot.config.StoreSettings;
import org.rujp.bot.config.TelegramSettings;
import org.rujp.bot.digest.DigestSender;
import org.rujp.bot.digest.DigestService;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.ops.BotMetrics;
import org.rujp.bot.ops.OpsEndpoints;
import org.rujp.bot.store.ConversationLog;
import org.rujp.bot.store.UpdateInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The running Telegram bot: wires the adapter and owns its threads and connections.
 *
 * <ol>
 *   <li>ask getMe who the bot is (a bad token or unreachable API fails here, clearly);</li>
 *   <li>build the digest service over a {@link TelegramDigestSender} on the same connection (when the
 *       parts ask for digests) and register the command menu in en/ru/ja, with the digest commands
 *       then (a failure is logged, never fatal);</li>
 *   <li>take up the inbox's unfinished updates (left by a crash), then receive updates by our own
 *       {@link LongPoller} (resuming after the inbox's last update id) or through our
 *       {@link WebhookServer}, and hand them to the {@link UpdateHandler}, which stores each in the
 *       inbox before it is confirmed;</li>
 *   <li>on {@link #close()}: stop receiving, let answers in flight finish (bounded wait), shut down
 *       every executor and OkHttp's dispatcher and connection pool.</li>
 * </ol>
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    /**
     * Everything the bot is made of.
     *
     * @param pollTimeout the long-poll timeout (50 s in production, short in tests)
     * @param webhookAddress where the webhook listens (telegram.webhook.bind:port in production)
     * @param metrics what the bot counts ({@link BotMetrics#NONE} for nothing)
     * @param endpoints {@code /healthz} and {@code /metrics} on the webhook port, or null for none
     * @param loaded what the answerer answers from now, for the command replies and the logged index version;
     *               null: always {@code knowledge} and {@code indexVersion}
     */
    public record Parts(TelegramSettings settings, StoreSettings store, BotToken token, TelegramUrl url, Answerer answerer,
                        KnowledgeBase knowledge, String indexVersion, ConversationLog conversationLog, UpdateInbox inbox,
                        Clock clock, Duration pollTimeout, InetSocketAddress webhookAddress,
                        Function<DigestSender, DigestService> digests, BotMetrics metrics, OpsEndpoints endpoints,
                        Supplier<Loaded> loaded) {
        public Parts {
            metrics = metrics == null ? BotMetrics.NONE : metrics;
            loaded = loaded == null ? Loaded.fixed(knowledge, indexVersion) : loaded;
        }

        public Parts(TelegramSettings settings, StoreSettings store, BotToken token, TelegramUrl url, Answerer answerer,
                     KnowledgeBase knowledge, String indexVersion, ConversationLog conversationLog, UpdateInbox inbox,
                     Clock clock, Duration pollTimeout, InetSocketAddress webhookAddress,
                     Function<DigestSender, DigestService> digests, BotMetrics metrics, OpsEndpoints endpoints) {
            this(settings, store, token, url, answerer, knowledge, indexVersion, conversationLog, inbox, clock, pollTimeout,
                    webhookAddress, digests, metrics, endpoints, null);
        }

        /** Without digests. */
        public Parts(TelegramSettings settings, StoreSettings store, BotToken token, TelegramUrl url, Answerer answerer,
                     KnowledgeBase knowledge, String indexVersion, ConversationLog conversationLog, UpdateInbox inbox,
                     Clock clock, Duration pollTimeout, InetSocketAddress webhookAddress) {
            this(settings, store, token, url, answerer, knowledge, indexVersion, conversationLog, inbox, clock, pollTimeout,
                    webhookAddress, null, BotMetrics.NONE, null);
        }

        /** The same parts with digests: {@code digests} builds the service over a sender on the bot's connection. */
        public Parts withDigests(Function<DigestSender, DigestService> digests) {
            return new Parts(settings, store, token, url, answerer, knowledge, indexVersion, conversationLog, inbox, clock,
                    pollTimeout, webhookAddress, digests, metrics, endpoints, loaded);
        }

        /** The same parts, counting into {@code metrics}, with {@code endpoints} on the webhook port (null: none). */
        public Parts withOperations(BotMetrics metrics, OpsEndpoints endpoints) {
            return new Parts(settings, store, token, url, answerer, knowledge, indexVersion, conversationLog, inbox, clock,
                    pollTimeout, webhookAddress, digests, metrics, endpoints, loaded);
        }

        /** The same parts, with the command replies and logged turns following {@code loaded} (a replica that reloads). */
        public Parts withLoaded(Supplier<Loaded> loaded) {
            return new Parts(settings, store, token, url, answerer, knowledge, indexVersion, conversationLog, inbox, clock,
                    pollTimeout, webhookAddress, digests, metrics, endpoints, loaded);
        }
    }

    /** The knowledge the bot answers from and the key of its index, changing together when a replica reloads. */
    public record Loaded(KnowledgeBase knowledge, String indexVersion) {
        static Supplier<Loaded> fixed(KnowledgeBase knowledge, String indexVersion) {
            Loaded loaded = new Loaded(knowledge, indexVersion);
            return () -> loaded;
        }
    }

    /** How often the inbox is searched for unfinished updates (waiting, or left by another process). */
    static final Duration SWEEP_EVERY = Duration.ofSeconds(2);

    private final Parts parts;
    private final OkHttpClient http;
    private final ScheduledExecutorService timers;
    private final UpdateHandler handler;
    private final DigestService digests;
    private final BotIdentity identity;
    private final ObjectMapper json;
    private LongPoller polling;
    private WebhookServer webhook;
    private boolean closed;

    private TelegramBot(Parts parts) {
        this.parts = parts;
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        ThreadPoolExecutor okHttpThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new DaemonThreads("rujp-okhttp"));
        this.http = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(okHttpThreads))
                .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(20))
                .readTimeout(parts.pollTimeout().plusSeconds(15))
                .build();
        this.timers = Executors.newScheduledThreadPool(2, new DaemonThreads("rujp-timer"));
        try {
            BotGateway gateway = new MeteredGateway(new TelegramBotsGateway(http, parts.token(), parts.url()), parts.metrics());
            this.identity = gateway.getMe();
            log.info("Telegram bot @{} (id {}) at {}://{}:{}", identity.username(), identity.id(),
                    parts.url().getSchema(), parts.url().getHost(), parts.url().getPort());
            this.digests = parts.digests() == null ? null : parts.digests().apply(
                    MeteredGateway.metered(new TelegramDigestSender(gateway), parts.metrics()));
            registerCommands(gateway, digests != null);
            Delivery delivery = new Delivery(gateway);
            Supplier<Loaded> loaded = parts.loaded();
            CommandReplies replies = new CommandReplies(loaded, parts.store(), identity.username(), digests != null);
            ChatContexts contexts = new ChatContexts(parts.clock(), ChatContexts.DEFAULT_TTL, ChatContexts.DEFAULT_CAPACITY);
            ChatResponder responder = new ChatResponder(parts.answerer(), replies, parts.conversationLog(), delivery,
                    contexts, parts.clock(), () -> loaded.get().indexVersion(), timers, parts.settings().answerTimeout(),
                    digests == null ? null : new DigestCommands(digests, () -> loaded.get().knowledge(), delivery, contexts),
                    new CallbackSigner(parts.token()), parts.metrics());
            this.handler = new UpdateHandler(responder, parts.inbox(),
                    new RateLimiter(parts.settings().userMessagesPerMinute(), parts.clock()), new Addressing(identity),
                    parts.settings().workers(), 1_000, timers, parts.clock(), json, nodeName(parts),
                    parts.settings().answerTimeout().multipliedBy(2).plus(UpdateInbox.DEFAULT_LEASE), parts.metrics());
        } catch (RuntimeException e) {
            releaseResources();
            throw e;
        }
    }

    /** Connects and starts receiving updates. */
    public static TelegramBot start(Parts parts) {
        TelegramBot bot = new TelegramBot(parts);
        try {
            bot.handler.start(SWEEP_EVERY);
            if (parts.settings().mode() == TelegramSettings.Mode.WEBHOOK) {
                bot.startWebhook();
            } else {
                bot.startPolling();
            }
            return bot;
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
    }

    private void registerCommands(BotGateway gateway, boolean withDigests) {
        SendResult all = gateway.setCommands(CommandReplies.menu(Lang.EN, withDigests), Optional.empty());
        for (Lang lang : new Lang[] {Lang.RU, Lang.JA}) {
            SendResult r = gateway.setCommands(CommandReplies.menu(lang, withDigests), Optional.of(lang.code()));
            if (!r.ok()) {
                all = r;
            }
        }
        if (all.ok()) {
            log.info("Command menu registered (en, ru, ja)");
        } else {
            log.warn("Registering the command menu failed ({}); the commands still work", all);
        }
    }

    private void startPolling() {
        long resumeAfter = parts.inbox().lastUpdateId().orElse(0);
        polling = new LongPoller(http, parts.token(), parts.url(), json, handler, resumeAfter, parts.pollTimeout(),
                LongPoller.UNAUTHORIZED_PAUSE, parts.metrics());
        polling.start();
        log.info("Long polling started{}", resumeAfter > 0 ? " after update " + resumeAfter : "");
    }

    /**
     * This process's name for the inbox's claims; a restart under the same name releases the claims it
     * left. Long polling runs one process per store: the machine's name. In webhook mode several replicas
     * may share a store and a machine: the machine's name and the webhook port (the process id when the
     * port is chosen at random), so that a replica starting never releases a live sibling's claims.
     */
    private static String nodeName(Parts parts) {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
        }
        if (parts.settings().mode() != TelegramSettings.Mode.WEBHOOK) {
            return host;
        }
        int port = parts.webhookAddress().getPort();
        return host + ":" + (port != 0 ? Integer.toString(port) : "pid" + ProcessHandle.current().pid());
    }

    /** True while long polling finds the token rejected (401). */
    public boolean tokenRejected() {
        return polling != null && polling.unauthorized();
    }

    private void startWebhook() {
        String secret = parts.settings().webhookSecret().orElseThrow(() -> new TelegramException(
                "telegram.mode is webhook but TELEGRAM_WEBHOOK_SECRET is not set; set it to 1-256 characters of A-Z a-z 0-9 _ - "
                        + "and pass the same value as secret_token to setWebhook"));
        webhook = WebhookServer.start(parts.webhookAddress(), parts.settings().webhookPath(), secret, json, handler,
                new WebhookServer.Limits(parts.settings().webhookMaxConnections(), parts.settings().webhookReadTimeout()),
                parts.endpoints());
    }

    public BotIdentity identity() {
        return identity;
    }

    /** The webhook's port (webhook mode only). */
    public int webhookPort() {
        return webhook == null ? -1 : webhook.port();
    }

    /** The digest service on this bot's connection, when the parts asked for digests. */
    public Optional<DigestService> digests() {
        return Optional.ofNullable(digests);
    }

    public UpdateHandler handler() {
        return handler;
    }

    /** Stops receiving, waits for answers in flight (at most the answer timeout plus 5 s), releases everything. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (handler != null) {
            handler.stopTaking();
        }
        if (polling != null) {
            polling.close();
        }
        if (webhook != null) {
            webhook.close();
        }
        if (handler != null) {
            handler.close(parts.settings().answerTimeout().plusSeconds(5));
        }
        releaseResources();
        log.info("Telegram bot stopped");
    }

    private void releaseResources() {
        timers.shutdownNow();
        // No cancelAll(): a long poll still in flight ends on its own (its thread is a daemon), and a
        // cancelled call would make the library log a spurious polling error.
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }
}
