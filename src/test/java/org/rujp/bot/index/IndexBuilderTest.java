package org.rujp.bot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.TestBots;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.knowledge.KnowledgeLoader;

class IndexBuilderTest {
    @TempDir
    Path data;

    /** Counts how many texts the real model embeds. */
    static class CountingEmbedder implements Embedder {
        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public float[] embed(String text) {
            embedded.incrementAndGet();
            return TestBots.embedder().embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            embedded.addAndGet(texts.size());
            return TestBots.embedder().embedAll(texts);
        }

        @Override
        public String modelId() {
            return TestBots.embedder().modelId();
        }
    }

    private final KnowledgeBase full = KnowledgeLoader.load(Path.of("knowledge"));
    /** Six facts of the shipped knowledge: building is what is tested, so a small base keeps it quick. */
    private final KnowledgeBase kb = new KnowledgeBase(full.sources(), full.facts().subList(0, 6), full.entities(), "six-facts");

    @Test
    void aLargeBuildIsEmbeddedInSlicesSoThatItCanSayHowFarItIs() {
        List<Integer> slices = new java.util.ArrayList<>();
        Embedder fake = new Embedder() { // our own narrow interface: vectors of the right size, no model needed
            @Override
            public float[] embed(String text) {
                float[] v = new float[384];
                v[Math.floorMod(text.hashCode(), 384)] = 1;
                return v;
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                slices.add(texts.size());
                return texts.stream().map(this::embed).toList();
            }

            @Override
            public String modelId() {
                return "fake";
            }
        };
        List<org.rujp.bot.knowledge.Fact> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            many.add(new org.rujp.bot.knowledge.Fact("f-" + i, full.sources().get(0).id(),
                    java.util.Map.of(org.rujp.bot.knowledge.Lang.EN, "Statement number " + i + " about exchanges."),
                    java.util.Optional.empty(), List.of(), List.of(), org.rujp.bot.knowledge.Fact.Kind.PASSAGE));
        }
        KnowledgeBase large = new KnowledgeBase(full.sources(), many, full.entities(), "large");
        int needed = IndexBuilder.entries(large).size();
        assertTrue(needed > IndexBuilder.PROGRESS_EVERY, "entries: " + needed);

        RecordingProgress progress = new RecordingProgress();
        IndexBuilder.Result built = new IndexBuilder(fake, data, progress).load(large);

        assertEquals(needed, slices.stream().mapToInt(Integer::intValue).sum());
        assertTrue(slices.size() >= 2 && slices.stream().allMatch(n -> n <= IndexBuilder.PROGRESS_EVERY), slices.toString());
        assertEquals(needed, built.index().size());
        assertEquals(List.of("start Building the index " + needed), progress.events.subList(0, 1));
        assertEquals(slices.stream().map(n -> "step " + n).toList(), progress.events.subList(1, progress.events.size() - 1),
                "the bar moves after each slice");
        assertEquals("close", progress.events.get(progress.events.size() - 1));
        RecordingProgress again = new RecordingProgress();
        assertTrue(new IndexBuilder(fake, data, again).load(large).fromCache());
        assertEquals(List.of(), again.events, "loading the cache shows no progress");
    }

    @Test
    void theSecondStartUsesTheCacheAndEmbedsNothing() {
        CountingEmbedder first = new CountingEmbedder();
        IndexBuilder.Result built = new IndexBuilder(first, data).load(kb);
        assertFalse(built.fromCache());
        assertEquals(IndexBuilder.entries(kb).size(), first.embedded.get());

        CountingEmbedder second = new CountingEmbedder();
        IndexBuilder.Result cached = new IndexBuilder(second, data).load(kb);
        assertTrue(cached.fromCache());
        assertEquals(0, second.embedded.get());
        assertEquals(built.index().key(), cached.index().key());
    }

    @Test
    void changedKnowledgeRebuildsAndReplacesTheOldCache() throws IOException {
        new IndexBuilder(new CountingEmbedder(), data).load(kb);
        KnowledgeBase changed = kb.with(List.of(), List.of(), "an ingested article");
        CountingEmbedder counting = new CountingEmbedder();
        IndexBuilder.Result rebuilt = new IndexBuilder(counting, data).load(changed);
        assertFalse(rebuilt.fromCache());
        assertTrue(counting.embedded.get() > 0);
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("dense-")).count());
        }
    }

    @Test
    void otherTextsToEmbedRebuildThoughTheVersionIsTheSame() {
        new IndexBuilder(new CountingEmbedder(), data).load(kb);
        List<Fact> asked = new java.util.ArrayList<>(kb.facts());
        Fact first = asked.get(0);
        asked.set(0, new Fact(first.id(), first.sourceId(), first.texts(), first.date(), first.tags(), first.entities(), first.kind(),
                first.slots(), Map.of(Lang.EN, List.of("a question the fact answers, added under the same version?"))));
        CountingEmbedder counting = new CountingEmbedder();
        IndexBuilder.Result rebuilt = new IndexBuilder(counting, data).load(new KnowledgeBase(kb.sources(), asked, kb.entities(), kb.version()));
        assertFalse(rebuilt.fromCache());
        assertTrue(counting.embedded.get() > 0);
    }

    @Test
    void aDifferentModelRebuilds() {
        new IndexBuilder(new CountingEmbedder(), data).load(kb);
        CountingEmbedder other = new CountingEmbedder() {
            @Override
            public String modelId() {
                return "another-model";
            }
        };
        IndexBuilder.Result result = new IndexBuilder(other, data).load(kb);
        assertFalse(result.fromCache());
        assertNotEquals(0, other.embedded.get());
    }

    @Test
    void aCorruptCacheIsRebuiltInsteadOfStoppingTheBot() throws IOException {
        IndexBuilder.Result built = new IndexBuilder(new CountingEmbedder(), data).load(kb);
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            Path cache = files.filter(p -> p.getFileName().toString().startsWith("dense-")).findFirst().orElseThrow();
            Files.writeString(cache, "{not json");
        }
        CountingEmbedder counting = new CountingEmbedder();
        IndexBuilder.Result result = new IndexBuilder(counting, data).load(kb);
        assertFalse(result.fromCache());
        assertEquals(built.index().size(), result.index().size());
    }

    @Test
    void searchFindsTheFactAQuestionIsAbout() {
        TestBots.seedIndex(data);
        IndexBuilder.Result result = new IndexBuilder(TestBots.embedder(), data).load(full);
        assertTrue(result.fromCache());
        DenseIndex index = result.index();
        var best = index.search(TestBots.embedder().embed("Toshiba equipment for Russian logistics centres"), 3);
        assertEquals("coop19-toshiba-logistics", best.keySet().iterator().next());
    }

    @Test
    void theQuestionsAFactAnswersLiftItAboveANeighbourSharingItsWords() {
        String statement = "The two governments see joint economic activity on the Southern Kuril Islands as a step towards a peace treaty.";
        List<String> asked = List.of("what are the shared business ventures on the disputed isles supposed to lead to?",
                "why bother with joint work on the islands at all?");
        String neighbour = "Two working groups, on commercial and on logistics issues, coordinated the joint projects on the Southern Kuril Islands.";
        DenseIndex withAsks = index(fact("goal", statement, asked), fact("groups", neighbour, List.of()));
        DenseIndex without = index(fact("goal", statement, List.of()), fact("groups", neighbour, List.of()));
        float[] question = TestBots.embedder().embed("what is the end goal of the shared business projects on the disputed isles?");

        var found = withAsks.search(question, 2);
        var plain = without.search(question, 2);
        assertEquals("goal", found.keySet().iterator().next(), found::toString);
        assertTrue(found.get("goal") > plain.get("goal") + 0.05, () -> "with its questions " + found + ", without " + plain);
        assertEquals(plain.get("groups"), found.get("groups"), 1e-6, "a fact without questions scores as before");
        assertEquals(1.0, withAsks.search(TestBots.embedder().embed(statement), 2).get("goal"), 1e-4, "the statement still scores as itself");
    }

    private static DenseIndex index(Fact... facts) {
        Source source = new Source("test-source", "Test Wire", "Test", java.time.LocalDate.of(2020, 1, 1), "", "", "", Source.Origin.CURATED);
        KnowledgeBase small = new KnowledgeBase(List.of(source), List.of(facts), List.of(), "asks-" + facts.length);
        List<IndexEntry> entries = IndexBuilder.entries(small);
        return DenseIndex.build(entries, TestBots.embedder().embedAll(entries.stream().map(IndexEntry::text).toList()), "test");
    }

    private static Fact fact(String id, String text, List<String> asks) {
        return new Fact(id, "test-source", Map.of(Lang.EN, text), Optional.empty(), List.of(), List.of(), Fact.Kind.FACT, Slots.NONE,
                Map.of(Lang.EN, asks));
    }

    /** Progress that records what it was told. */
    static final class RecordingProgress implements org.rujp.bot.Progress {
        final List<String> events = new java.util.ArrayList<>();

        @Override
        public Task start(String name, long total) {
            events.add("start " + name + " " + total);
            return new Task() {
                @Override
                public void step(long done) {
                    events.add("step " + done);
                }

                @Override
                public void close() {
                    events.add("close");
                }
            };
        }
    }
}
