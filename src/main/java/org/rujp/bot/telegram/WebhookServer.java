package org.rujp.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.rujp.bot.ops.OpsEndpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Our webhook endpoint: a small HTTP/1.1 server that slow or half-open clients cannot stall.
 *
 * <ol>
 *   <li>one thread reads every connection without blocking; a client gets {@code readTimeout} to send
 *       its whole request (headers and body), then it is closed, and at most {@code maxConnections} are
 *       open at once (more are closed as they arrive), so hundreds of slow clients cost a buffer each,
 *       never a thread;</li>
 *   <li>a complete request goes to a small pool: {@code POST <path>} with the right
 *       {@code X-Telegram-Bot-Api-Secret-Token} only (401 without it, 403 when wrong), body at most 1 MB
 *       with a Content-Length;</li>
 *   <li>the update is read on its own (one that cannot be read is skipped and counted, and answered 200
 *       so that Telegram does not send it forever), stored in the inbox by the {@link UpdateHandler}, and
 *       only then answered 200; a failed store answers 500, and Telegram sends it again.</li>
 * </ol>
 * With {@link OpsEndpoints}, {@code GET /healthz} and {@code GET /metrics} are answered too, without the secret token
 * (nothing secret is in them). Every response closes the connection. TLS is left to the reverse proxy in front.
 */
public final class WebhookServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_HEADER = 16 * 1024;
    private static final int MAX_BODY = 1 << 20;

    /** Connection limits. */
    public record Limits(int maxConnections, Duration readTimeout) {
        public static final Limits DEFAULT = new Limits(1024, Duration.ofSeconds(10));
    }

    private static final class Connection {
        final SocketChannel channel;
        final long deadline;
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        volatile boolean handedOff;

        Connection(SocketChannel channel, long deadline) {
            this.channel = channel;
            this.deadline = deadline;
        }
    }

    private record Request(String method, String path, Map<String, String> headers, byte[] body) {
    }

    private final ServerSocketChannel server;
    private final Selector selector;
    private final String path;
    private final byte[] secret;
    private final ObjectMapper json;
    private final UpdateHandler handler;
    private final Limits limits;
    private final OpsEndpoints endpoints;
    private final ThreadPoolExecutor workers;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong timedOut = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final Thread io;
    private volatile boolean running = true;
    private long lastRefusalLog;

    private WebhookServer(ServerSocketChannel server, Selector selector, String path, byte[] secret, ObjectMapper json,
                          UpdateHandler handler, Limits limits, OpsEndpoints endpoints) {
        this.endpoints = endpoints;
        this.server = server;
        this.selector = selector;
        this.path = path;
        this.secret = secret;
        this.json = json;
        this.handler = handler;
        this.limits = limits;
        this.workers = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512),
                new DaemonThreads("rujp-webhook"));
        this.io = new Thread(this::loop, "rujp-webhook-io");
        this.io.setDaemon(true);
    }

    /**
     * Starts listening.
     *
     * @param secret the expected secret token (TELEGRAM_WEBHOOK_SECRET)
     */
    public static WebhookServer start(InetSocketAddress address, String path, String secret, ObjectMapper json,
                                      UpdateHandler handler, Limits limits) {
        return start(address, path, secret, json, handler, limits, null);
    }

    /**
     * Starts listening, with the operations endpoints ({@code GET /healthz}, {@code GET /metrics}) beside the webhook.
     *
     * @param endpoints the operations endpoints, or null for none
     */
    public static WebhookServer start(InetSocketAddress address, String path, String secret, ObjectMapper json,
                                      UpdateHandler handler, Limits limits, OpsEndpoints endpoints) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new TelegramException("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ - in webhook mode");
        }
        ServerSocketChannel server = null;
        try {
            server = ServerSocketChannel.open();
            server.bind(address, 256);
            server.configureBlocking(false);
            Selector selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
            WebhookServer w = new WebhookServer(server, selector, path, secret.getBytes(StandardCharsets.UTF_8), json, handler, limits,
                    endpoints);
            w.io.start();
            log.info("Webhook listening on {}{} (at most {} connections, {} s to send a request)", server.getLocalAddress(), path,
                    limits.maxConnections(), limits.readTimeout().toSeconds());
            return w;
        } catch (IOException e) {
            if (server != null) {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the bind failed; nothing to release
                }
            }
            throw new TelegramException("cannot listen for the webhook on " + address + ": " + e.getMessage(), e);
        }
    }

    private void loop() {
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        while (running) {
            try {
                selector.select(200);
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        read(key, buffer);
                    }
                }
                expire();
            } catch (IOException | RuntimeException e) {
                if (running) {
                    log.warn("webhook: {}", e.toString());
                }
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            if (open.size() >= limits.maxConnections()) {
                channel.close();
                refused.incrementAndGet();
                long now = System.nanoTime();
                if (now - lastRefusalLog > Duration.ofMinutes(1).toNanos()) {
                    lastRefusalLog = now;
                    log.warn("webhook: {} connections open; further ones are closed at once", open.size());
                }
                continue;
            }
            channel.configureBlocking(false);
            channel.socket().setTcpNoDelay(true);
            Connection c = new Connection(channel, System.nanoTime() + limits.readTimeout().toNanos());
            open.add(c);
            channel.register(selector, SelectionKey.OP_READ, c);
        }
    }

    private void read(SelectionKey key, ByteBuffer buffer) {
        Connection c = (Connection) key.attachment();
        int n;
        try {
            buffer.clear();
            n = c.channel.read(buffer);
        } catch (IOException e) {
            close(c);
            return;
        }
        if (n < 0) {
            close(c);
            return;
        }
        c.data.write(buffer.array(), 0, n);
        Object parsed = parse(c.data.toByteArray());
        if (parsed == null) {
            return; // not complete yet
        }
        key.interestOps(0);
        c.handedOff = true;
        if (parsed instanceof Integer status) {
            respond(c, status, status == 413 ? "too large" : "bad request");
            return;
        }
        try {
            workers.execute(() -> serve(c, (Request) parsed));
        } catch (RejectedExecutionException e) {
            respond(c, 503, "busy");
        }
    }

    /** A whole request, an error status, or null while more bytes are needed. */
    private static Object parse(byte[] data) {
        int end = indexOf(data, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            return data.length > MAX_HEADER ? (Object) 431 : null;
        }
        String[] lines = new String(data, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] first = lines[0].split(" ");
        if (first.length != 3 || !first[2].startsWith("HTTP/1.")) {
            return 400;
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        int length = 0;
        if (headers.containsKey("content-length")) {
            try {
                length = Integer.parseInt(headers.get("content-length"));
            } catch (NumberFormatException e) {
                return 400;
            }
        } else if (headers.containsKey("transfer-encoding")) {
            return 411;
        }
        if (length < 0) {
            return 400;
        }
        if (length > MAX_BODY) {
            return 413;
        }
        int bodyStart = end + 4;
        if (data.length < bodyStart + length) {
            return null;
        }
        byte[] body = java.util.Arrays.copyOfRange(data, bodyStart, bodyStart + length);
        int q = first[1].indexOf('?');
        return new Request(first[0], q < 0 ? first[1] : first[1].substring(0, q), headers, body);
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void serve(Connection c, Request r) {
        String remote = remote(c);
        if (endpoints != null && !r.path().equals(path)) {
            Optional<OpsEndpoints.Response> ops = endpoints.get(r.path());
            if (ops.isPresent()) {
                if (r.method().equals("GET")) {
                    respond(c, ops.get().status(), ops.get().contentType(), ops.get().body());
                } else {
                    respond(c, 405, "GET only");
                }
                return;
            }
        }
        if (!r.path().equals(path)) {
            respond(c, 404, "not found");
            return;
        }
        if (!r.method().equals("POST")) {
            respond(c, 405, "POST only");
            return;
        }
        String given = r.headers().get(SECRET_HEADER.toLowerCase(Locale.ROOT));
        if (given == null) {
            log.warn("webhook: request from {} without the secret token rejected", remote);
            respond(c, 401, "secret token required");
            return;
        }
        if (!MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            log.warn("webhook: request from {} with a wrong secret token rejected", remote);
            respond(c, 403, "wrong secret token");
            return;
        }
        JsonNode tree;
        try {
            tree = json.readTree(r.body());
        } catch (IOException e) {
            log.warn("webhook: body is not JSON ({}); dropped", e.getClass().getSimpleName());
            respond(c, 400, "not an update");
            return;
        }
        JsonNode id = tree == null ? null : tree.path("update_id");
        if (id == null || !id.isIntegralNumber()) {
            respond(c, 400, "no update_id");
            return;
        }
        Update update;
        try {
            update = json.treeToValue(tree, Update.class);
        } catch (IOException | RuntimeException e) {
            handler.skip(Long.toString(id.asLong()), e.getClass().getSimpleName());
            respond(c, 200, "");
            return;
        }
        try {
            handler.receive(update, new String(r.body(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            log.error("update {}: could not be stored ({}); answered 500, Telegram sends it again", id.asLong(), e.getMessage());
            respond(c, 500, "not stored");
            return;
        }
        respond(c, 200, "");
    }

    private static String remote(Connection c) {
        try {
            return String.valueOf(c.channel.getRemoteAddress());
        } catch (IOException e) {
            return "?";
        }
    }

    private void respond(Connection c, int status, String text) {
        respond(c, status, "text/plain; charset=utf-8", text);
    }

    private void respond(Connection c, int status, String contentType, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: " + contentType + "\r\n"
                + (status == 405 ? "Allow: " + (text.equals("GET only") ? "GET" : "POST") + "\r\n" : "") + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        ByteBuffer out = ByteBuffer.allocate(head.length() + body.length);
        out.put(head.getBytes(StandardCharsets.ISO_8859_1)).put(body).flip();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        try {
            while (out.hasRemaining() && System.nanoTime() < deadline) {
                if (c.channel.write(out) == 0) {
                    Thread.sleep(1);
                }
            }
        } catch (IOException e) {
            log.debug("webhook: writing the response failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(c);
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 411 -> "Length Required";
            case 413 -> "Payload Too Large";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> "Internal Server Error";
        };
    }

    private void expire() {
        long now = System.nanoTime();
        for (Connection c : open) {
            if (!c.handedOff && now - c.deadline > 0) {
                timedOut.incrementAndGet();
                close(c);
            }
        }
    }

    private void close(Connection c) {
        open.remove(c);
        try {
            c.channel.close();
        } catch (IOException e) {
            log.debug("webhook: closing a connection failed: {}", e.toString());
        }
    }

    public int port() {
        return server.socket().getLocalPort();
    }

    /** Connections open now. */
    public int openConnections() {
        return open.size();
    }

    /** Connections closed because their request was not complete in time. */
    public long timedOut() {
        return timedOut.get();
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            io.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        for (Connection c : open) {
            close(c);
        }
        try {
            selector.close();
            server.close();
        } catch (IOException e) {
            log.debug("webhook: closing failed: {}", e.toString());
        }
    }
}
