package org.rujp.bot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uses the tokenizer file, which sits in the same langchain4j jar as the model and is a hundred times smaller. */
class ModelFileTest {
    private static final String RESOURCE = MiniLmEmbedder.TOKENIZER_RESOURCE;
    private static byte[] original;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheJarsCopy() throws IOException {
        try (InputStream in = ModelFileTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            original = in.readAllBytes();
        }
    }

    @Test
    void theFirstCallExtractsTheFileFromTheJar() throws IOException {
        Path file = ModelFile.extract(RESOURCE, dir.resolve("model"));
        assertEquals(dir.resolve("model").resolve(RESOURCE), file);
        assertArrayEquals(original, Files.readAllBytes(file));
        try (var left = Files.list(dir.resolve("model"))) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anIntactCopyIsUsedAsItIs() throws IOException {
        Path file = ModelFile.extract(RESOURCE, dir);
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, past);
        assertEquals(file, ModelFile.extract(RESOURCE, dir));
        assertEquals(past, Files.getLastModifiedTime(file), "the copy was not written again");
    }

    @Test
    void aCopyThatDiffersFromTheJarsIsExtractedAgain() throws IOException {
        Path file = ModelFile.extract(RESOURCE, dir);
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 1; // same size, one bit different: only the checksum tells
        Files.write(file, changed);
        ModelFile.extract(RESOURCE, dir);
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void aMissingCopyIsExtractedAgain() throws IOException {
        Path file = ModelFile.extract(RESOURCE, dir);
        Files.delete(file);
        ModelFile.extract(RESOURCE, dir);
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsAnIoError() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("data"), "a file where the data directory should be");
        assertThrows(IOException.class, () -> ModelFile.extract(RESOURCE, notADirectory.resolve("model")));
    }
}
