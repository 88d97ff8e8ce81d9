package org.rujp.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A Bot API server on loopback for tests: real HTTP (JDK server on 127.0.0.1, ephemeral port), real
 * JSON, {@code /bot<token>/<method>} paths with case-insensitive method names. It serves getMe,
 * getUpdates (offset, limit, and a long poll held up to {@code timeout} seconds until an update is
 * queued), sendMessage, editMessageText, answerCallbackQuery, sendChatAction, setMyCommands,
 * getMyCommands, getChatMember (every user is a "member" unless {@link #setMemberStatus} says otherwise)
 * and deleteWebhook; validates messages like Telegram ({@link BotApiRules}); records every
 * call; lets tests queue updates; and injects failures (400 can't parse entities, 403, 429 with
 * retry_after, slow answers) for a method and chat.
 */
public final class FakeBotApiServer implements AutoCloseable {
    public static final String TOKEN = "123456789:AAFake-token_for_tests_only_0123456789xyz";
    public static final long BOT_ID = 123456789L;
    public static final String BOT_USERNAME = "rujp_test_bot";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded call. {@code status} is the HTTP status the server answered. */
    public record Call(String method, JsonNode params, int status, long atNanos) {
        public long chatId() {
            return params.path("chat_id").asLong(0);
        }

        public String text() {
            return params.path("text").asText("");
        }

        public boolean html() {
            return "HTML".equalsIgnoreCase(params.path("parse_mode").asText(""));
        }

        /** The callback data of every inline button. */
        public List<String> buttonData() {
            List<String> data = new ArrayList<>();
            params.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
            return data;
        }
    }

    /** An injected failure. */
    public record Failure(int status, String description, int retryAfter, long delayMillis) {
        public static Failure cantParseEntities() {
            return new Failure(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0", 0, 0);
        }

        public static Failure blocked() {
            return new Failure(403, "Forbidden: bot was blocked by the user", 0, 0);
        }

        public static Failure tooManyRequests(int retryAfter) {
            return new Failure(429, "Too Many Requests: retry after " + retryAfter, retryAfter, 0);
        }

        public static Failure serverError() {
            return new Failure(500, "Internal Server Error", 0, 0);
        }

        /** A 404 whose description repeats the request path, token included (as some proxies do). */
        public static Failure echoingPath() {
            return new Failure(404, "Not Found: {path}", 0, 0);
        }

        /** Answers normally, after a delay. */
        public static Failure slow(long millis) {
            return new Failure(200, "", 0, millis);
        }
    }

    private record Injection(String method, long chatId, Failure failure, int[] remaining) {
    }

    private final String token;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<Injection> injections = new ArrayList<>();
    private final Map<String, JsonNode> commands = new HashMap<>();
    private final Map<Long, List<Long>> sentIds = new HashMap<>();
    private final Map<String, String> memberStatuses = new HashMap<>();
    private long nextUpdateId = 1;
    private long nextMessageId = 1000;
    private long confirmedBelow = 0;
    private long redeliverFrom = -1;
    private volatile Consumer<Call> listener = call -> { };
    private final Map<String, Integer> arrived = new HashMap<>();
    private volatile boolean revoked;

    public FakeBotApiServer() {
        this(TOKEN);
    }

    public FakeBotApiServer(String token) {
        this.token = token;
        try {
            server = HttpServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** "http://127.0.0.1:PORT", what the bot gets as TELEGRAM_API_URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- updates ------------------------------------------------------------------------------

    /** Queues an update (the object without update_id); returns the id it was given. */
    public synchronized long enqueue(ObjectNode update) {
        long id = nextUpdateId++;
        ObjectNode u = JSON.createObjectNode().put("update_id", id);
        u.setAll(update);
        updates.add(u);
        notifyAll();
        return id;
    }

    /** Queues several updates at once: the next getUpdates returns them together. */
    public synchronized List<Long> enqueueAll(ObjectNode... batch) {
        List<Long> ids = new ArrayList<>();
        for (ObjectNode u : batch) {
            ids.add(enqueue(u));
        }
        return ids;
    }

    /** The next getUpdates returns every update from {@code updateId} on, whatever offset it asks for (lost confirmations). */
    public synchronized void redeliverFrom(long updateId) {
        redeliverFrom = updateId;
    }

    /** Updates queued and not yet confirmed by a getUpdates offset. */
    public synchronized int unconfirmed() {
        return (int) updates.stream().filter(u -> u.get("update_id").asLong() >= confirmedBelow).count();
    }

    /** Requests of {@code method} that arrived so far, answered or not (a slow one is counted at once). */
    public synchronized int arrived(String method) {
        return arrived.getOrDefault(method.toLowerCase(Locale.ROOT), 0);
    }

    /** From now on every call is answered 401 Unauthorized, as when the token is revoked in BotFather. */
    public void revokeToken() {
        revoked = true;
    }

    // ---- chat members -------------------------------------------------------------------------

    /** What getChatMember answers for this user in this chat: "creator", "administrator", "member", ... */
    public synchronized void setMemberStatus(long chatId, long userId, String status) {
        memberStatuses.put(chatId + "/" + userId, status);
    }

    // ---- failures -----------------------------------------------------------------------------

    /** The next {@code times} calls of {@code method} for {@code chatId} (0: any chat) fail so. */
    public synchronized void inject(String method, long chatId, Failure failure, int times) {
        injections.add(new Injection(method.toLowerCase(Locale.ROOT), chatId, failure, new int[] {times}));
    }

    // ---- what the bot did ---------------------------------------------------------------------

    /** Is told of every call as it is recorded, on the server's thread (for benchmarks that must not poll). */
    public void onCall(Consumer<Call> listener) {
        this.listener = listener;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /** Messages delivered (200) to a chat, in order. */
    public synchronized List<Call> delivered(long chatId) {
        return calls.stream().filter(c -> c.method().equals("sendmessage") && c.status() == 200 && c.chatId() == chatId).toList();
    }

    /** Waits until {@code count} calls match, or fails after {@code timeout}; returns the matching calls. */
    public synchronized List<Call> await(Predicate<Call> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> found = calls.stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " matching calls within " + timeout + " but got "
                        + found.size() + "; all calls: " + summary());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Waits for {@code count} messages delivered to the chat. */
    public List<Call> awaitDelivered(long chatId, int count) {
        return await(c -> c.method().equals("sendmessage") && c.status() == 200 && c.chatId() == chatId, count, Duration.ofSeconds(30));
    }

    public synchronized String summary() {
        StringBuilder out = new StringBuilder();
        for (Call c : calls) {
            if (!c.method().equals("getupdates")) {
                out.append("\n  ").append(c.method()).append(' ').append(c.status()).append(' ').append(c.params());
            }
        }
        return out.toString();
    }

    public synchronized JsonNode commands(String languageCode) {
        return commands.get(languageCode == null ? "" : languageCode);
    }

    // ---- HTTP ---------------------------------------------------------------------------------

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                BotApiJson.respond(exchange, 401, BotApiJson.error(401, "Unauthorized", 0));
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            JsonNode params = BotApiJson.params(exchange);
            synchronized (this) {
                arrived.merge(method, 1, Integer::sum);
            }
            if (revoked) {
                Call call = new Call(method, params, 401, System.nanoTime());
                synchronized (this) {
                    calls.add(call);
                    notifyAll();
                }
                BotApiJson.respond(exchange, 401, BotApiJson.error(401, "Unauthorized", 0));
                return;
            }
            Failure failure = takeInjection(method, params.path("chat_id").asLong(0));
            if (failure != null && failure.delayMillis() > 0) {
                sleep(failure.delayMillis());
            }
            int status;
            ObjectNode body;
            if (failure != null && failure.status() != 200) {
                status = failure.status();
                body = BotApiJson.error(failure.status(), failure.description().replace("{path}", path), failure.retryAfter());
            } else {
                ObjectNode result = handle(method, params);
                status = result.path("error_code").asInt(200);
                body = result;
            }
            Call call = new Call(method, params, status, System.nanoTime());
            synchronized (this) {
                calls.add(call);
                notifyAll();
            }
            listener.accept(call);
            BotApiJson.respond(exchange, status, body);
        } catch (RuntimeException e) {
            BotApiJson.respond(exchange, 500, BotApiJson.error(500, "Internal Server Error: " + e, 0));
        }
    }

    private ObjectNode handle(String method, JsonNode p) {
        return switch (method) {
            case "getme" -> BotApiJson.ok(JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "RuJp Test").put("username", BOT_USERNAME));
            case "getupdates" -> BotApiJson.ok(getUpdates(p.path("offset").asLong(0), p.path("limit").asInt(100), p.path("timeout").asInt(0)));
            case "deletewebhook", "sendchataction" -> BotApiJson.ok(JSON.getNodeFactory().booleanNode(true));
            case "answercallbackquery" -> p.path("text").asText("").length() > 200
                    ? BotApiJson.error(400, "Bad Request: MESSAGE_TOO_LONG", 0) : BotApiJson.ok(JSON.getNodeFactory().booleanNode(true));
            case "setmycommands" -> setMyCommands(p);
            case "getmycommands" -> {
                JsonNode c = commands(p.path("language_code").asText(""));
                yield BotApiJson.ok(c == null ? JSON.createArrayNode() : c);
            }
            case "getchatmember" -> getChatMember(p);
            case "sendmessage" -> sendMessage(p);
            case "editmessagetext" -> editMessageText(p);
            default -> BotApiJson.error(404, "Not Found: method not found", 0);
        };
    }

    private synchronized ArrayNode getUpdates(long offset, int limit, int timeout) {
        if (offset > 0) {
            confirmedBelow = Math.max(confirmedBelow, offset);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(Math.max(0, Math.min(timeout, 60))).toNanos();
        while (true) {
            long from = redeliverFrom >= 0 ? redeliverFrom : Math.max(offset, confirmedBelow);
            ArrayNode out = JSON.createArrayNode();
            for (ObjectNode u : updates) {
                if (u.get("update_id").asLong() >= from && out.size() < Math.max(1, Math.min(limit, 100))) {
                    out.add(u);
                }
            }
            long left = deadline - System.nanoTime();
            if (!out.isEmpty() || left <= 0) {
                redeliverFrom = -1;
                return out;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return out;
            }
        }
    }

    private synchronized ObjectNode setMyCommands(JsonNode p) {
        for (JsonNode c : p.path("commands")) {
            if (!c.path("command").asText("").matches("[a-z0-9_]{1,32}") || c.path("description").asText("").isEmpty()
                    || c.path("description").asText("").length() > 256) {
                return BotApiJson.error(400, "Bad Request: BOT_COMMAND_INVALID", 0);
            }
        }
        commands.put(p.path("language_code").asText(""), p.path("commands"));
        return BotApiJson.ok(JSON.getNodeFactory().booleanNode(true));
    }

    private synchronized ObjectNode getChatMember(JsonNode p) {
        long chatId = p.path("chat_id").asLong(0);
        long userId = p.path("user_id").asLong(0);
        if (chatId == 0 || userId == 0) {
            return BotApiJson.error(400, "Bad Request: chat_id and user_id are required", 0);
        }
        String status = memberStatuses.getOrDefault(chatId + "/" + userId, "member");
        ObjectNode member = JSON.createObjectNode().put("status", status);
        member.putObject("user").put("id", userId).put("is_bot", false).put("first_name", "User " + userId);
        if (status.equals("administrator")) {
            member.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true)
                    .put("can_delete_messages", true).put("can_manage_video_chats", true).put("can_restrict_members", true)
                    .put("can_promote_members", false).put("can_change_info", true).put("can_invite_users", true);
        } else if (status.equals("creator")) {
            member.put("is_anonymous", false);
        }
        return BotApiJson.ok(member);
    }

    private ObjectNode sendMessage(JsonNode p) {
        String problem = BotApiRules.validate(p);
        if (problem != null) {
            return BotApiJson.error(400, problem, 0);
        }
        long chatId = p.path("chat_id").asLong();
        long id;
        synchronized (this) {
            id = nextMessageId++;
            sentIds.computeIfAbsent(chatId, k -> new ArrayList<>()).add(id);
        }
        return BotApiJson.ok(message(id, chatId, p.path("text").asText()));
    }

    private ObjectNode editMessageText(JsonNode p) {
        String problem = BotApiRules.validate(p);
        if (problem != null) {
            return BotApiJson.error(400, problem, 0);
        }
        long chatId = p.path("chat_id").asLong();
        long id = p.path("message_id").asLong();
        synchronized (this) {
            if (!sentIds.getOrDefault(chatId, List.of()).contains(id)) {
                return BotApiJson.error(400, "Bad Request: message to edit not found", 0);
            }
        }
        return BotApiJson.ok(message(id, chatId, p.path("text").asText()));
    }

    private synchronized Failure takeInjection(String method, long chatId) {
        for (Iterator<Injection> it = injections.iterator(); it.hasNext(); ) {
            Injection inj = it.next();
            if (inj.method().equals(method) && (inj.chatId() == 0 || inj.chatId() == chatId)) {
                if (--inj.remaining()[0] <= 0) {
                    it.remove();
                }
                return inj.failure();
            }
        }
        return null;
    }

    private static ObjectNode message(long id, long chatId, String text) {
        ObjectNode m = JSON.createObjectNode().put("message_id", id).put("date", System.currentTimeMillis() / 1000);
        m.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
        m.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "RuJp Test").put("username", BOT_USERNAME);
        m.put("text", text);
        return m;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
