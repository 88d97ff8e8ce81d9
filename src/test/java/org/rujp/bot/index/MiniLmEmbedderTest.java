package org.rujp.bot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void theQuantizedModelLoadsFromItsOwnFileAndKeysItsOwnIndex(@TempDir Path data) {
        MiniLmEmbedder quantized = MiniLmEmbedder.load(data, MiniLmEmbedder.Variant.QUANTIZED);
        float[] vector = quantized.embed(TEXT);
        assertTrue(Files.isRegularFile(data.resolve("model").resolve("all-minilm-l6-v2-q.onnx")));
        assertFalse(Files.exists(data.resolve("model").resolve(MiniLmEmbedder.MODEL_RESOURCE)));
        assertArrayEquals(new MiniLmEmbedder(MiniLmEmbedder.Variant.QUANTIZED).embed(TEXT), vector, 1e-6f);
        assertNotEquals(MiniLmEmbedder.MODEL_ID, quantized.modelId());
        // the same model with 8-bit weights: close to the full one's vector, but not the same
        float[] full = new MiniLmEmbedder().embed(TEXT);
        double cosine = 0;
        for (int i = 0; i < full.length; i++) {
            cosine += full[i] * vector[i];
        }
        assertTrue(cosine > 0.9 && cosine < 0.99999, "cosine " + cosine);
    }

    @Test
    void aDataDirectoryWhereTheModelCannotBeWrittenFallsBackToTheJar(@TempDir Path data) throws IOException {
        Files.writeString(data.resolve("model"), "not a directory"); // as unwritable as a read-only disk, even for root
        float[] vector = MiniLmEmbedder.load(data).embed(TEXT);
        assertArrayEquals(new MiniLmEmbedder().embed(TEXT), vector, 1e-6f);
    }

    @Test
    void oneThreadPerRunGivesTheVectorsOfOnnxRuntimesDefaultThreads(@TempDir Path data) {
        float[] onePerRun = MiniLmEmbedder.load(data, MiniLmEmbedder.Variant.FULL, MiniLmEmbedder.Threads.ONE_PER_RUN).embed(TEXT);
        float[] pool = MiniLmEmbedder.load(data, MiniLmEmbedder.Variant.FULL, MiniLmEmbedder.Threads.POOL_PER_RUN).embed(TEXT);
        assertArrayEquals(pool, onePerRun, 1e-6f);
        assertTrue(cosine(pool, onePerRun) > 0.999999, "cosine " + cosine(pool, onePerRun));
    }

    @Test
    void manyThreadsEmbeddingOnTheOneSessionAtOnceGetTheVectorsOfOneAtATime(@TempDir Path data) throws Exception {
        MiniLmEmbedder embedder = MiniLmEmbedder.load(data);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            texts.add("Question " + i + ": when did the " + (i % 2 == 0 ? "Year of Interregional Exchanges" : "Cross Years") + " start?");
        }
        List<float[]> alone = texts.stream().map(embedder::embed).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<float[]>> together = new ArrayList<>();
            for (String text : texts) {
                together.add(pool.submit(() -> embedder.embed(text)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(alone.get(i), together.get(i).get(), 1e-6f, texts.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void paddedBatchesGiveTheVectorsOfOneTextAtATime(@TempDir Path data) {
        MiniLmEmbedder embedder = MiniLmEmbedder.load(data);
        List<String> texts = new ArrayList<>(List.of(TEXT, "Putin and Abe met in Osaka.",
                "Продление Года межрегиональных обменов обсуждалось в понедельник, 22 ноября 2021 года.",
                "地域交流年の延長は、2021年11月22日（月曜日）に開かれた小委員会で話し合われた。", "Abe",
                "The Cross Years comprised more than 700 events in many fields, with participants of the highest professional level."));
        texts.add("exchange ".repeat(700)); // longer than the model's 510 word pieces: split as langchain4j splits it
        for (int i = 0; i < 40; i++) {
            texts.add("Sister city number " + i + " signed an agreement in " + (1990 + i) + ".");
        }
        List<float[]> batched = embedder.embedAll(texts);
        List<float[]> oneByOne = embedder.embedAllOneByOne(texts);
        assertEquals(texts.size(), batched.size());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(oneByOne.get(i), batched.get(i), 1e-4f, texts.get(i));
        }
    }
}
