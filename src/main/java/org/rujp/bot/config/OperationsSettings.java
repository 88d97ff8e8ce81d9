package org.rujp.bot.config;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * How the bot is run and watched: the log line format and the management port.
 *
 * @param logFormat {@code text} (the default, one readable line) or {@code json} (one JSON object per line)
 * @param managementBind where {@code GET /healthz} and {@code GET /metrics} are served besides the webhook port
 *                       ({@code management.bind}, "127.0.0.1:9090"); empty: not served on a port of their own
 */
public record OperationsSettings(LogFormat logFormat, Optional<Bind> managementBind) {
    public static final OperationsSettings DEFAULTS = new OperationsSettings(LogFormat.TEXT, Optional.empty());

    public enum LogFormat {
        TEXT, JSON;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A host and port to listen on, as "host:port" ("127.0.0.1:9090", "0.0.0.0:9090", "[::1]:9090"). */
    public record Bind(String host, int port) {
        public Bind {
            if (host.isBlank() || port < 0 || port > 65535) {
                throw new IllegalArgumentException("host:port expected");
            }
        }

        static Bind parse(String text) {
            int colon = text.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(text);
            }
            String host = text.substring(0, colon).strip();
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            return new Bind(host, Integer.parseInt(text.substring(colon + 1).strip()));
        }

        public InetSocketAddress address() {
            return new InetSocketAddress(host, port);
        }

        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    static OperationsSettings from(RawSettings raw) {
        LogFormat format = raw.choice("log.format", LogFormat.TEXT, LogFormat.class);
        String bind = raw.string("management.bind", "").strip();
        Optional<Bind> management = Optional.empty();
        if (!bind.isEmpty()) {
            try {
                management = Optional.of(Bind.parse(bind));
            } catch (IllegalArgumentException e) {
                raw.problem("management.bind (from " + raw.origin("management.bind") + "): expected host:port such as "
                        + "127.0.0.1:9090 but got '" + bind + "'");
            }
        }
        return new OperationsSettings(format, management);
    }
}
