package org.rujp.bot.cli;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.loader.FileSystemDocumentLoader;
import dev.langchain4j.data.document.parser.TextDocumentParser;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;

/**
 * The reference {@code bench} holds the bot's warm English answers against: a naive retrieval-augmented pipeline
 * built of langchain4j's parts as its tutorials build one, over the raw article pages (furniture and all). The
 * pages are split with {@link DocumentSplitters#recursive} into segments of at most {@value #SEGMENT_CHARS}
 * characters ({@value #OVERLAP} overlapping), embedded with the same in-process model as the bot into an
 * {@link InMemoryEmbeddingStore}, and a question retrieves the {@value #TOP_K} nearest segments through an
 * {@link EmbeddingStoreContentRetriever}. No answer is composed from them: this is the least a RAG does per question.
 */
final class NaiveRag {
    static final int SEGMENT_CHARS = 300;
    static final int OVERLAP = 30;
    static final int TOP_K = 3;

    private final ContentRetriever retriever;
    private final int documents;
    private final int segments;

    private NaiveRag(ContentRetriever retriever, int documents, int segments) {
        this.retriever = retriever;
        this.documents = documents;
        this.segments = segments;
    }

    /** Over the raw article pages ({@code *.txt} and {@code *.html}) of {@code dir}, its README left out. */
    static NaiveRag over(Path dir, EmbeddingModel model) {
        PathMatcher pages = FileSystems.getDefault().getPathMatcher("glob:*.{txt,html}");
        List<Document> pagesRead = FileSystemDocumentLoader.loadDocuments(dir, pages, new TextDocumentParser());
        if (pagesRead.isEmpty()) {
            throw new IllegalArgumentException("no article pages (*.txt, *.html) in " + dir);
        }
        List<TextSegment> split = DocumentSplitters.recursive(SEGMENT_CHARS, OVERLAP).splitAll(pagesRead);
        List<Embedding> vectors = model.embedAll(split).content();
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        store.addAll(vectors, split);
        ContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store).embeddingModel(model).maxResults(TOP_K).build();
        return new NaiveRag(retriever, pagesRead.size(), split.size());
    }

    /**
     * The raw article pages bench finds when none are given: {@code shared/articles} beside the working directory or
     * up to two levels above it (where the project keeps the five source pages), if there is one.
     */
    static Optional<Path> defaultArticles() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; dir != null && up < 3; up++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("articles");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    List<Content> retrieve(String question) {
        return retriever.retrieve(Query.from(question));
    }

    int documents() {
        return documents;
    }

    int segments() {
        return segments;
    }
}
