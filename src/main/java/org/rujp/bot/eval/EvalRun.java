package org.rujp.bot.eval;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One evaluation of the gold set: when, against which index and knowledge, with which settings, the
 * metrics overall ("all") and per language, and each question's outcome.
 *
 * @param id the stored run id, 0 while not stored
 * @param results the per-question outcomes (empty when only the summary was read)
 */
public record EvalRun(long id, Instant time, String indexVersion, String knowledgeVersion, EvalConfig config,
                      Map<String, Metrics> metrics, List<QuestionResult> results) {
    public EvalRun {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        results = List.copyOf(results);
    }

    /** A run of the given outcomes, not stored yet. */
    public static EvalRun of(Instant time, String indexVersion, String knowledgeVersion, EvalConfig config, List<Outcome> outcomes) {
        return new EvalRun(0, time, indexVersion, knowledgeVersion, config, MetricsTable.byLanguage(outcomes),
                outcomes.stream().map(QuestionResult::of).toList());
    }

    public EvalRun withId(long newId) {
        return new EvalRun(newId, time, indexVersion, knowledgeVersion, config, metrics, results);
    }

    /** The metrics over every question of the run. */
    public Metrics overall() {
        return metrics.get("all");
    }

    /** "#12", or "(not stored)". */
    public String label() {
        return id == 0 ? "(not stored)" : "#" + id;
    }
}
