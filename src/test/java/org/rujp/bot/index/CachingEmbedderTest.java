package org.rujp.bot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {
    /** Embeds a text as its length and first character, and counts what it was asked. */
    private static final class CountingEmbedder implements Embedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public synchronized float[] embed(String text) {
            asked.add(text);
            return new float[] {text.length(), text.charAt(0)};
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }

        @Override
        public String modelId() {
            return "counting";
        }
    }

    @Test
    void aTextAskedAgainIsNotEmbeddedAgain() {
        CountingEmbedder model = new CountingEmbedder();
        CachingEmbedder cache = new CachingEmbedder(model, 10);

        float[] first = cache.embed("Saint Petersburg");
        float[] again = cache.embed("Saint Petersburg");

        assertArrayEquals(first, again);
        assertEquals(List.of("Saint Petersburg"), model.asked);
    }

    @Test
    void theLeastRecentlyUsedTextIsDroppedPastCapacity() {
        CountingEmbedder model = new CountingEmbedder();
        CachingEmbedder cache = new CachingEmbedder(model, 2);

        cache.embed("a");
        cache.embed("bb");
        cache.embed("a");   // "bb" is now the least recently used
        cache.embed("ccc"); // drops "bb"
        cache.embed("a");
        cache.embed("bb");

        assertEquals(List.of("a", "bb", "ccc", "bb"), model.asked);
        assertEquals(2, cache.size());
    }

    @Test
    void aCallerChangingItsVectorDoesNotChangeTheCachedOne() {
        CachingEmbedder cache = new CachingEmbedder(new CountingEmbedder(), 10);

        cache.embed("Osaka")[0] = 99;

        assertArrayEquals(new float[] {5, 'O'}, cache.embed("Osaka"));
    }

    @Test
    void buildingTheIndexBypassesTheCache() {
        CountingEmbedder model = new CountingEmbedder();
        CachingEmbedder cache = new CachingEmbedder(model, 10);

        cache.embedAll(List.of("fact one", "fact two"));
        cache.embedAll(List.of("fact one"));

        assertEquals(3, model.asked.size());
        assertEquals(0, cache.size());
        assertEquals("counting", cache.modelId());
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CachingEmbedder(new CountingEmbedder(), 0));
    }
}
