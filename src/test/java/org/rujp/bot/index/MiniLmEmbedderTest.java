package org.rujp.bot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiniLmEmbedderTest {
    private static final String TEXT = "Russia and Japan extended the Year of Interregional Exchanges.";

    @Test
    void theModelLoadedFromItsFileEmbedsExactlyAsTheJarsCopy(@TempDir Path data) {
        float[] fromFile = MiniLmEmbedder.load(data).embed(TEXT);
        assertTrue(Files.isRegularFile(data.resolve("model").resolve(MiniLmEmbedder.MODEL_RESOURCE)));
        assertArrayEquals(new MiniLmEmbedder().embed(TEXT), fromFile, 1e-6f);
    }

    @Test
    void aDataDirectoryWhereTheModelCannotBeWrittenFallsBackToTheJar(@TempDir Path data) throws IOException {
        Files.writeString(data.resolve("model"), "not a directory"); // as unwritable as a read-only disk, even for root
        float[] vector = MiniLmEmbedder.load(data).embed(TEXT);
        assertArrayEquals(new MiniLmEmbedder().embed(TEXT), vector, 1e-6f);
    }
}
