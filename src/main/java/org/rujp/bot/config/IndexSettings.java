package org.rujp.bot.config;

/**
 * The dense index's settings.
 *
 * @param model the embedding model: {@code all-minilm-l6-v2} as trained, or {@code all-minilm-l6-v2-q} with 8-bit
 *              weights (faster and smaller); the index cache is keyed by the model, so switching rebuilds the index
 */
public record IndexSettings(Model model) {
    public enum Model { ALL_MINILM_L6_V2, ALL_MINILM_L6_V2_Q }

    public static final IndexSettings DEFAULTS = new IndexSettings(Model.ALL_MINILM_L6_V2);

    public IndexSettings {
        if (model == null) {
            throw new IllegalArgumentException("index.model must not be null");
        }
    }

    static IndexSettings from(RawSettings raw) {
        return new IndexSettings(raw.choice("index.model", DEFAULTS.model(), Model.class));
    }
}
