package org.rujp.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.rujp.bot.config.AnswerSettings;

/**
 * What an evaluation run evaluated with, stored as JSON with the run.
 *
 * @param answerer the answerer's name ("extractive")
 * @param retriever the retriever's name
 * @param minScore the refusal threshold ({@code answer.min_score}) in effect
 * @param maxFacts {@code answer.max_facts}
 * @param candidates {@code answer.candidates}
 * @param relativeScore {@code answer.relative_score}
 * @param lang the language filter ("all", "en", "ru", "ja")
 * @param calibrated whether {@code --calibrate} chose the threshold
 * @param thresholds the refusal threshold per language ("en=0.274 ru=0.174 ja=0.262")
 */
public record EvalConfig(String answerer, String retriever, double minScore, int maxFacts, int candidates,
                         double relativeScore, String lang, boolean calibrated, String thresholds) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static EvalConfig of(String answerer, String retriever, AnswerSettings answer, String lang, boolean calibrated) {
        return new EvalConfig(answerer, retriever, answer.minScore(), answer.maxFacts(), answer.candidates(),
                answer.relativeScore(), lang, calibrated, answer.thresholds());
    }

    /** One line for listings: "extractive/minilm min_score 0.500 max_facts 2 lang all". */
    public String summary() {
        return String.format(Locale.ROOT, "%s/%s min_score %s%s max_facts %d lang %s", answerer, retriever,
                thresholds.isEmpty() ? String.format(Locale.ROOT, "%.3f", minScore) : thresholds,
                calibrated ? " (calibrated)" : "", maxFacts, lang);
    }

    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("answerer", answerer).put("retriever", retriever).put("min_score", minScore).put("max_facts", maxFacts)
                .put("candidates", candidates).put("relative_score", relativeScore).put("lang", lang)
                .put("calibrated", calibrated).put("thresholds", thresholds);
        return node.toString();
    }

    /** Reads {@link #toJson()}; keys missing in older rows get neutral values. */
    public static EvalConfig fromJson(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            return new EvalConfig(n.path("answerer").asText("?"), n.path("retriever").asText("?"),
                    n.path("min_score").asDouble(), n.path("max_facts").asInt(), n.path("candidates").asInt(),
                    n.path("relative_score").asDouble(), n.path("lang").asText("all"), n.path("calibrated").asBoolean(),
                    n.path("thresholds").asText(""));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("stored evaluation configuration is not JSON: " + e.getMessage(), e);
        }
    }
}
