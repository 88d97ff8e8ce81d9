package org.rujp.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.rujp.bot.ops.BotMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling of our own (TelegramBots' poller confirms a batch before it is handled, and fails a
 * whole batch on one malformed update):
 *
 * <ol>
 *   <li>getUpdates with the offset after the last update stored in the inbox;</li>
 *   <li>read each update of the batch on its own; one that cannot be read is skipped, counted and
 *       logged in one line, and the rest go on;</li>
 *   <li>hand the batch's updates to the {@link UpdateHandler}, which stores them durably in one transaction;
 *       only then does the next getUpdates confirm them (offset = last id + 1). When storing fails, the
 *       offset stays, and the batch comes again after a pause;</li>
 *   <li>errors: 429 waits {@code retry_after}; a network error, 409 or 5xx backs off (0.5 s, x1.5, at
 *       most 60 s), one log line each; 401 (the token was revoked) is said once, clearly, and then
 *       tried again quietly every 10 minutes.</li>
 * </ol>
 */
final class LongPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LongPoller.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    static final Duration UNAUTHORIZED_PAUSE = Duration.ofMinutes(10);

    private final OkHttpClient http;
    private final BotToken token;
    private final String base;
    private final ObjectMapper json;
    private final UpdateHandler handler;
    private final BotMetrics metrics;
    private final int timeoutSeconds;
    private final Duration unauthorizedPause;
    private final Thread thread;
    private final AtomicReference<Call> current = new AtomicReference<>();
    private volatile boolean running = true;
    private volatile boolean unauthorized;
    private long offset;

    LongPoller(OkHttpClient http, BotToken token, TelegramUrl url, ObjectMapper json, UpdateHandler handler,
               long resumeAfter, Duration pollTimeout, Duration unauthorizedPause, BotMetrics metrics) {
        this.metrics = metrics;
        this.http = http;
        this.token = token;
        this.base = url.getSchema() + "://" + url.getHost() + ":" + url.getPort() + "/bot" + token.value() + "/";
        this.json = json;
        this.handler = handler;
        this.timeoutSeconds = (int) Math.max(0, pollTimeout.toSeconds());
        this.unauthorizedPause = unauthorizedPause;
        this.offset = resumeAfter + 1;
        this.thread = new Thread(this::run, "rujp-poll");
        this.thread.setDaemon(true);
    }

    void start() {
        call("deleteWebhook", "{}"); // a webhook still set makes getUpdates fail with 409
        thread.start();
    }

    /** True while the Bot API rejects the token. */
    boolean unauthorized() {
        return unauthorized;
    }

    private void run() {
        long backoff = 0;
        while (running) {
            Outcome o = poll();
            if (!running) {
                return;
            }
            if (o.status == 429) {
                metrics.telegramRateLimited("getUpdates");
            }
            long pause;
            if (o.ok) {
                backoff = 0;
                pause = 0;
            } else if (o.status == 401) {
                pause = unauthorizedPause.toMillis();
            } else if (o.retryAfter > 0) {
                pause = Math.min(60, o.retryAfter) * 1000L;
            } else {
                backoff = backoff == 0 ? 500 : Math.min(60_000, backoff * 3 / 2);
                pause = backoff;
            }
            if (pause > 0) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private record Outcome(boolean ok, int status, int retryAfter) {
    }

    private Outcome poll() {
        String body = json.createObjectNode().put("offset", offset).put("limit", 100).put("timeout", timeoutSeconds).toString();
        JsonNode reply;
        int status;
        try {
            Call call = http.newCall(new Request.Builder().url(base + "getUpdates").post(RequestBody.create(body, JSON_TYPE)).build());
            current.set(call);
            try (Response r = call.execute(); ResponseBody b = r.body()) {
                status = r.code();
                reply = json.readTree(b == null ? "" : b.string());
            } finally {
                current.set(null);
            }
        } catch (IOException e) {
            if (running) {
                log.warn("getUpdates failed: {}", token.describe(e));
            }
            return new Outcome(false, 0, 0);
        }
        if (status == 401) {
            if (!unauthorized) {
                unauthorized = true;
                log.error("The Bot API answered 401 Unauthorized: TELEGRAM_BOT_TOKEN was revoked or replaced. No updates are "
                        + "received; set the new token and restart. (Trying again quietly every {} minutes.)",
                        unauthorizedPause.toMinutes());
            }
            return new Outcome(false, 401, 0);
        }
        if (reply == null || !reply.path("ok").asBoolean(false) || !reply.path("result").isArray()) {
            int retryAfter = reply == null ? 0 : reply.path("parameters").path("retry_after").asInt(0);
            String description = reply == null ? "" : reply.path("description").asText("");
            log.warn("getUpdates answered {}{}{}", status, description.isEmpty() ? "" : ": " + token.redact(description),
                    retryAfter > 0 ? "; waiting " + retryAfter + " s" : "");
            return new Outcome(false, status, retryAfter);
        }
        if (unauthorized) {
            unauthorized = false;
            log.info("The Bot API accepts the token again; receiving updates");
        }
        List<UpdateHandler.Arrived> batch = new ArrayList<>();
        long next = offset;
        for (JsonNode element : reply.path("result")) {
            JsonNode id = element.path("update_id");
            if (!id.canConvertToLong() || !id.isIntegralNumber()) {
                handler.skip("?", "no numeric update_id");
                continue;
            }
            next = Math.max(next, id.asLong() + 1);
            try {
                batch.add(new UpdateHandler.Arrived(json.treeToValue(element, Update.class), element.toString()));
            } catch (IOException | RuntimeException e) {
                handler.skip(Long.toString(id.asLong()), reason(e));
            }
        }
        if (!batch.isEmpty()) {
            try {
                handler.receive(batch);
            } catch (RuntimeException e) {
                log.error("{} update(s) from {}: could not be stored ({}); not confirmed, they come again", batch.size(),
                        batch.get(0).update().getUpdateId(), e.getMessage());
                return new Outcome(false, 0, 0);
            }
        }
        offset = next;
        return new Outcome(true, status, 0);
    }

    /** Which field was wrong, without the value (it may be a user's text). */
    private static String reason(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]");
            }
            return "field " + path + ": " + e.getClass().getSimpleName();
        }
        return e.getClass().getSimpleName();
    }

    private void call(String method, String body) {
        try (Response r = http.newCall(new Request.Builder().url(base + method).post(RequestBody.create(body, JSON_TYPE)).build()).execute()) {
            if (!r.isSuccessful()) {
                log.warn("{} answered {}", method, r.code());
            }
        } catch (IOException e) {
            log.warn("{} failed: {}", method, token.describe(e));
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        Call call = current.get();
        if (call != null) {
            call.cancel();
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
