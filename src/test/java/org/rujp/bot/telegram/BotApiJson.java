package org.rujp.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Bot API JSON over HTTP for {@link FakeBotApiServer}: request parameters in, {"ok":...} envelopes out. */
final class BotApiJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BotApiJson() {
    }

    static JsonNode params(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        ObjectNode params = JSON.createObjectNode();
        if (body.length > 0 && type.contains("json")) {
            JsonNode parsed = JSON.readTree(body);
            if (parsed instanceof ObjectNode o) {
                params.setAll(o);
            }
        } else if (body.length > 0) {
            form(new String(body, StandardCharsets.UTF_8), params);
        }
        if (exchange.getRequestURI().getRawQuery() != null) {
            form(exchange.getRequestURI().getRawQuery(), params);
        }
        return params;
    }

    static void form(String encoded, ObjectNode into) {
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                into.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
    }

    static ObjectNode ok(JsonNode result) {
        ObjectNode o = JSON.createObjectNode().put("ok", true);
        o.set("result", result);
        return o;
    }

    static ObjectNode error(int code, String description, int retryAfter) {
        ObjectNode o = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter > 0) {
            o.putObject("parameters").put("retry_after", retryAfter);
        }
        return o;
    }

    static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
