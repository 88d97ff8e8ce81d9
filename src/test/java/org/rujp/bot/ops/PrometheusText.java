package org.rujp.bot.ops;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Reads one sample out of a Prometheus text exposition, for tests. */
public final class PrometheusText {
    private PrometheusText() {
    }

    /**
     * The value of the sample {@code name} whose labels include every {@code label="value"} given, summed
     * over the samples that match; empty when none does.
     */
    public static OptionalDouble value(String text, String name, String... labels) {
        double sum = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + " ") || line.startsWith(name + "{"))) {
                continue;
            }
            String labelPart = line.startsWith(name + "{") ? line.substring(name.length(), line.lastIndexOf('}') + 1) : "";
            if (Arrays.stream(labels).allMatch(l -> labelPart.contains(l.replaceFirst("=(.*)", "=\"$1\"")))) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }
}
