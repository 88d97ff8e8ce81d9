package org.rujp.bot.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the bot is ready to answer: each named check says what is not ready, or nothing. {@code serve}
 * checks that the index is loaded and that the store answers.
 */
public final class Health {
    /** One check: empty when ready, else what is wrong ("loading", "not reachable: ..."). */
    @FunctionalInterface
    public interface Check {
        Optional<String> problem();
    }

    /** The outcome of every check, in the order they were added. */
    public record Report(Map<String, String> checks, boolean ready) {
        public static final String OK = "ok";

        /** {"status":"ready","checks":{"index":"ok","store":"ok"}}; the problems instead of "ok" when not ready. */
        public String json() {
            StringBuilder out = new StringBuilder("{\"status\":\"").append(ready ? "ready" : "not ready").append("\",\"checks\":{");
            boolean first = true;
            for (Map.Entry<String, String> e : checks.entrySet()) {
                out.append(first ? "" : ",").append('"').append(escape(e.getKey())).append("\":\"").append(escape(e.getValue())).append('"');
                first = false;
            }
            return out.append("}}\n").toString();
        }

        private static String escape(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.toString();
        }
    }

    private final Map<String, Check> checks = new LinkedHashMap<>();

    public synchronized Health add(String name, Check check) {
        checks.put(name, check);
        return this;
    }

    public synchronized Report report() {
        Map<String, String> out = new LinkedHashMap<>();
        boolean ready = true;
        for (Map.Entry<String, Check> e : checks.entrySet()) {
            Optional<String> problem;
            try {
                problem = e.getValue().problem();
            } catch (RuntimeException ex) {
                problem = Optional.of("check failed: " + ex.getMessage());
            }
            out.put(e.getKey(), problem.orElse(Report.OK));
            ready &= problem.isEmpty();
        }
        return new Report(java.util.Collections.unmodifiableMap(out), ready);
    }
}
