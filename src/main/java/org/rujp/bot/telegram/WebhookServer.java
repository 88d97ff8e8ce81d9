package org.rujp.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Our webhook endpoint (JDK HTTP server): accepts {@code POST <path>} from the Bot API only with the
 * right {@code X-Telegram-Bot-Api-Secret-Token} (401 without it, 403 when wrong), parses the update,
 * hands it to the dispatcher (which deduplicates on update_id) and answers 200 at once.
 */
public final class WebhookServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService executor;

    private WebhookServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts listening.
     *
     * @param secret the expected secret token (TELEGRAM_WEBHOOK_SECRET)
     * @param dispatcher receives each accepted update; must not block
     */
    public static WebhookServer start(InetSocketAddress address, String path, String secret, ObjectMapper json,
                                      Consumer<Update> dispatcher) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new TelegramException("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ - in webhook mode");
        }
        HttpServer server;
        try {
            server = HttpServers.create(address, 64);
        } catch (IOException e) {
            throw new TelegramException("cannot listen for the webhook on " + address + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, new DaemonThreads("rujp-webhook"));
        byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            try (exchange) {
                handle(exchange, path, expected, json, dispatcher);
            } catch (IOException | RuntimeException e) {
                log.warn("webhook request failed: {}", e.toString());
            }
        });
        server.setExecutor(executor);
        server.start();
        log.info("Webhook listening on {}{}", server.getAddress(), path);
        return new WebhookServer(server, executor);
    }

    private static void handle(HttpExchange exchange, String path, byte[] expected, ObjectMapper json,
                               Consumer<Update> dispatcher) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(path)) {
            reply(exchange, 404, "not found");
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().add("Allow", "POST");
            reply(exchange, 405, "POST only");
            return;
        }
        String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
        if (given == null) {
            log.warn("webhook: request from {} without the secret token rejected", exchange.getRemoteAddress());
            reply(exchange, 401, "secret token required");
            return;
        }
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            log.warn("webhook: request from {} with a wrong secret token rejected", exchange.getRemoteAddress());
            reply(exchange, 403, "wrong secret token");
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            reply(exchange, 413, "too large");
            return;
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (IOException e) {
            log.warn("webhook: body is not an update ({}); dropped", e.getClass().getSimpleName());
            reply(exchange, 400, "not an update");
            return;
        }
        if (update == null || update.getUpdateId() == null) {
            reply(exchange, 400, "no update_id");
            return;
        }
        dispatcher.accept(update);
        reply(exchange, 200, "");
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }
}
