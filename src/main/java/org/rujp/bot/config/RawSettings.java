package org.rujp.bot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Flat "section.key" settings merged from defaults, the config file and the environment, with typed
 * getters that collect every problem instead of stopping at the first. Each value remembers where it
 * came from, so a problem names the file or variable to fix.
 */
public final class RawSettings {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Set<String> read = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();

    public void put(String key, String value, String origin) {
        values.put(key, value);
        origins.put(key, origin);
    }

    public void problem(String message) {
        problems.add(message);
    }

    public List<String> problems() {
        return problems;
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public Set<String> readKeys() {
        return read;
    }

    public String origin(String key) {
        return origins.getOrDefault(key, "defaults");
    }

    private <T> T typed(String key, T fallback, String expected, Function<String, T> parse) {
        read.add(key);
        String raw = values.get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(raw.strip());
        } catch (RuntimeException e) {
            problems.add(key + " (from " + origin(key) + "): expected " + expected + " but got '" + raw + "'");
            return fallback;
        }
    }

    public String string(String key, String fallback) {
        return typed(key, fallback, "text", s -> s);
    }

    public Path path(String key, Path fallback) {
        return typed(key, fallback, "a path", Path::of);
    }

    public int integer(String key, int fallback, int min, int max) {
        int value = typed(key, fallback, "a whole number", Integer::parseInt);
        if (value < min || value > max) {
            problems.add(key + " (from " + origin(key) + "): must be between " + min + " and " + max + " but is " + value);
            return fallback;
        }
        return value;
    }

    public double decimal(String key, double fallback, double min, double max) {
        double value = typed(key, fallback, "a number", Double::parseDouble);
        if (!(value >= min && value <= max)) {
            problems.add(key + " (from " + origin(key) + "): must be between " + min + " and " + max + " but is " + value);
            return fallback;
        }
        return value;
    }

    public boolean bool(String key, boolean fallback) {
        return typed(key, fallback, "true or false", s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(s);
        });
    }

    /** ISO-8601 ("PT30S") or a number with a unit: "500ms", "30s", "5m", "2h", "90d". */
    public Duration duration(String key, Duration fallback) {
        return typed(key, fallback, "a duration such as 30s, 5m, 2h or 90d", RawSettings::parseDuration);
    }

    public ZoneId zone(String key, ZoneId fallback) {
        return typed(key, fallback, "a time zone such as Europe/Moscow", ZoneId::of);
    }

    public <E extends Enum<E>> E choice(String key, E fallback, Class<E> type) {
        return typed(key, fallback, "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT),
                s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    static Duration parseDuration(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("p")) {
            return Duration.parse(v.toUpperCase(Locale.ROOT));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)").matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException(s);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
