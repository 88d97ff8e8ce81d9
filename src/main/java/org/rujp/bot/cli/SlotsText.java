package org.rujp.bot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rujp.bot.knowledge.PassageSlots;

/** One line of what was read from a passage, for {@code ingest --dry-run}: "date 2026-11-23; amounts 38,000 yen (jpy); ...". */
final class SlotsText {
    private SlotsText() {
    }

    static String of(PassageSlots s) {
        List<String> parts = new ArrayList<>();
        if (!s.dates().isEmpty()) {
            parts.add("dates " + String.join(", ", s.dates().stream()
                    .map(d -> "'" + d.text() + "' " + (d.resolved().isEmpty() ? "(relative)" : "= " + d.resolved())).toList()));
        }
        if (!s.date().isEmpty()) {
            parts.add("event date " + s.date());
        }
        if (!s.quantities().isEmpty()) {
            parts.add("amounts " + String.join(", ", s.quantities().stream()
                    .map(q -> q.value() + " (" + q.unit().name().toLowerCase(Locale.ROOT) + ")").toList()));
        }
        if (!s.actors().isEmpty()) {
            parts.add("actors " + String.join(", ", s.actors().stream()
                    .map(a -> a.entity() + " " + a.part().name().toLowerCase(Locale.ROOT)).toList()));
        }
        if (!s.places().isEmpty()) {
            parts.add("places " + String.join(", ", s.places()));
        }
        return String.join("; ", parts);
    }
}
