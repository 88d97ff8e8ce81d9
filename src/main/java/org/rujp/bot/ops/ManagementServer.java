package org.rujp.bot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.rujp.bot.BotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management port ({@code management.bind}): {@link OpsEndpoints} on an address of their own, so that
 * long polling, which has no webhook port, has them too, and so that they can stay on loopback while the
 * webhook faces a proxy. GET (and HEAD) only; one thread.
 */
public final class ManagementServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ManagementServer.class);

    private final HttpServer server;
    private final ExecutorService thread;

    private ManagementServer(HttpServer server, ExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    public static ManagementServer start(InetSocketAddress address, OpsEndpoints endpoints) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new BotException("cannot listen on management.bind " + address + ": " + e.getMessage(), e);
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rujp-management");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(thread);
        server.createContext("/", exchange -> handle(exchange, endpoints));
        server.start();
        log.info("Management endpoints on http://{}:{} ({} and {})", address.getHostString(), server.getAddress().getPort(),
                OpsEndpoints.HEALTH, OpsEndpoints.METRICS);
        return new ManagementServer(server, thread);
    }

    private static void handle(HttpExchange exchange, OpsEndpoints endpoints) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            Optional<OpsEndpoints.Response> found = endpoints.get(exchange.getRequestURI().getPath());
            OpsEndpoints.Response r;
            if (found.isEmpty()) {
                r = new OpsEndpoints.Response(404, "text/plain; charset=utf-8", "not found\n");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                r = new OpsEndpoints.Response(405, "text/plain; charset=utf-8", "GET only\n");
            } else {
                r = found.get();
            }
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", r.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = method.equals("HEAD");
            exchange.sendResponseHeaders(r.status(), head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (RuntimeException e) {
            log.warn("management: {} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e.toString());
            throw e;
        }
    }

    /** The port listened on (the one chosen when management.bind gave port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }
}
