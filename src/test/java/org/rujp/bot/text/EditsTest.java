package org.rujp.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditsTest {
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "ask, ask, 0",
            "ask, aks, 1", // two neighbours swapped
            "oreshkn, oreshkin, 1",
            "ヤロスラフ, ヤロスラブリ, 2",
            "eval, '', 4",
            "serve, ingest, 6",
    })
    void countsInsertionsDeletionsSubstitutionsAndSwaps(String a, String b, int edits) {
        assertEquals(edits, Edits.distance(a, b));
        assertEquals(edits, Edits.distance(b, a));
    }
}
