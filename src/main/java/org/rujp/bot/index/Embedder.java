package org.rujp.bot.index;

import java.util.List;

/** Turns text into unit-length vectors. */
public interface Embedder {
    float[] embed(String text);

    List<float[]> embedAll(List<String> texts);

    /** Identifies the model and its version; part of the index cache key. */
    String modelId();
}
