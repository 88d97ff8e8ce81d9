package org.rujp.bot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;

/**
 * Lexical retrieval: BM25 over an in-memory Lucene index of the knowledge base, rebuilt at start.
 *
 * <p>Fields of each fact: {@code text_en}, {@code text_ru}, {@code text_ja} (the statement in each
 * language it has; passages of ingested articles have only their own), {@code names_en|ru|ja} (the fact's
 * tags and every name of its entities in every script, analysed once per language), {@code asks_ru|ja} (the
 * Russian and Japanese questions the fact answers, {@link Fact#asks}) and {@code entity} (its entity ids, as
 * keywords). See {@link LanguageAnalyzers} for the analysis.
 *
 * <p>The question is analysed in its own language and searched in that language's text and names fields.
 * Every entity the {@link AliasExpander} finds in it adds one clause that matches a fact listing the
 * entity, or a text naming it under any of its names in any script (ingested passages list no entities).
 *
 * <p><b>Normalised score.</b> Raw BM25 is unbounded and grows with the length of the question. The
 * score reported is {@code min(1, raw / self)}, where {@code self} is what a fact of average length
 * would score if it contained every clause of the query exactly once: for a term clause
 * {@code weight * idf / (1 + k1)} (Lucene's BM25 term score at frequency 1 and average length), for an
 * entity clause the same for the entity keyword. So 1 means "everything the question asks about is in
 * the fact", 0.5 "half of the question's evidence, weighted by rarity, is there", and a question about
 * something the knowledge base does not know (its rare terms match nothing) scores low however many
 * common words it shares. Scores are comparable across questions, which a threshold needs.
 */
public final class Bm25Retriever implements Retriever, AutoCloseable {
    static final String ID = "id";
    static final String ENTITY = "entity";
    /** Weights of the three kinds of clause; the question's own text weighs most. */
    static final float TEXT_WEIGHT = 1.0f;
    static final float NAMES_WEIGHT = 0.5f;
    static final float ENTITY_WEIGHT = 1.0f;
    /** Weight of a question word found among the questions a fact answers rather than in its statement. */
    static final float ASKS_WEIGHT = 1.0f;
    /** How much a word of a translated question that no English text can hold weighs, against a term no text holds. */
    static final double UNTRANSLATED_WEIGHT = 0.5;
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;

    private final KnowledgeBase kb;
    private final AliasExpander aliases;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final String[] factIds;

    public Bm25Retriever(KnowledgeBase kb, AliasExpander aliases) {
        this.kb = kb;
        this.aliases = aliases;
        Map<String, Analyzer> perField = new HashMap<>();
        for (Lang lang : Lang.values()) {
            perField.put(text(lang), analyzers.of(lang));
            perField.put(names(lang), analyzers.of(lang));
            perField.put(asks(lang), analyzers.of(lang));
        }
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzers.of(Lang.EN), perField))
                .setSimilarity(new BM25Similarity(K1, B));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Fact fact : kb.facts()) {
                writer.addDocument(document(fact));
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity(K1, B));
            StoredFields stored = reader.storedFields();
            factIds = new String[reader.maxDoc()];
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                factIds[doc] = stored.document(doc).get(ID);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory BM25 index", e);
        }
    }

    private Document document(Fact fact) {
        Document doc = new Document();
        doc.add(new StringField(ID, fact.id(), Field.Store.YES));
        for (Lang lang : Lang.values()) {
            if (fact.has(lang)) {
                doc.add(new TextField(text(lang), fact.texts().get(lang), Field.Store.NO));
            }
            if (lang != Lang.EN && !fact.asks(lang).isEmpty()) { // English questions are embedded: the model reads English
                doc.add(new TextField(asks(lang), String.join(" ; ", fact.asks(lang)), Field.Store.NO));
            }
        }
        List<String> names = new ArrayList<>(fact.tags());
        for (String id : fact.entities()) {
            doc.add(new StringField(ENTITY, id, Field.Store.NO));
            kb.entity(id).map(Entity::allNames).ifPresent(names::addAll);
        }
        if (!names.isEmpty()) {
            String joined = String.join(" ; ", names);
            for (Lang lang : Lang.values()) {
                doc.add(new TextField(names(lang), joined, Field.Store.NO));
            }
        }
        return doc;
    }

    static String text(Lang lang) {
        return "text_" + lang.code();
    }

    static String names(Lang lang) {
        return "names_" + lang.code();
    }

    static String asks(Lang lang) {
        return "asks_" + lang.code();
    }

    @Override
    public List<ScoredFact> retrieve(Query query, int limit) {
        List<ScoredFact> results = new ArrayList<>();
        for (Map.Entry<String, Double> e : scores(query, aliases.expand(query.text())).entrySet()) {
            if (results.size() >= limit) {
                break;
            }
            kb.fact(e.getKey()).ifPresent(f -> results.add(new ScoredFact(f, e.getValue(), results.size() + 1)));
        }
        return results;
    }

    @Override
    public String name() {
        return "bm25";
    }

    /**
     * Every fact matching the query with its normalised score in [0, 1], best first.
     *
     * @param expansion the entities named in the question (from {@link AliasExpander#expand})
     */
    public LinkedHashMap<String, Double> scores(Query query, AliasExpander.Expansion expansion) {
        LinkedHashMap<String, Double> scores = new LinkedHashMap<>();
        try {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            double self = 0;
            Lang lang = query.lang();
            for (String term : analyzers.terms(lang, text(lang), query.text())) {
                self += addTextTerm(builder, lang, term);
                self += addTerm(builder, names(lang), term, NAMES_WEIGHT);
            }
            for (Entity entity : expansion.entities()) {
                self += addEntity(builder, entity);
            }
            if (self <= 0) {
                return scores;
            }
            for (ScoreDoc hit : searcher.search(builder.build(), Math.max(1, reader.maxDoc())).scoreDocs) {
                scores.put(factIds[hit.doc], Math.min(1.0, hit.score / self));
            }
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException("BM25 search failed for: " + query.text(), e);
        }
    }

    /**
     * Every fact the predicate admits matching an English query translated from another language
     * ({@link QuestionTranslator}), with its normalised score in [0, 1], best first. Each clause is one
     * source word: its English alternatives, analysed as the English text is, form one synonym query (a
     * text holding any of them scores as if it held the word; Pirkola's structured query), searched in the
     * English text only. A clause none of whose alternatives the English texts hold, or with none at all,
     * still counts in the self-score, at {@link #UNTRANSLATED_WEIGHT} of a term no text holds: the question
     * asked something the English texts cannot show.
     */
    public LinkedHashMap<String, Double> crossScores(QuestionTranslator.Translation translation, java.util.function.Predicate<Fact> admit) {
        LinkedHashMap<String, Double> scores = new LinkedHashMap<>();
        String field = text(Lang.EN);
        try {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            double self = 0;
            double missing = UNTRANSLATED_WEIGHT * Math.log(1 + (reader.maxDoc() + 0.5) / 0.5) / (1 + K1);
            for (List<String> clause : translation.clauses()) {
                SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
                long df = 0;
                for (String alternative : clause) {
                    for (String term : analyzers.terms(Lang.EN, field, alternative)) {
                        long n = reader.docFreq(new Term(field, term));
                        if (n > 0) {
                            synonyms.addTerm(new Term(field, term));
                            df = Math.max(df, n);
                        }
                    }
                }
                if (df == 0) {
                    self += missing;
                    continue;
                }
                builder.add(synonyms.build(), BooleanClause.Occur.SHOULD);
                var stats = searcher.collectionStatistics(field);
                self += Math.log(1 + (stats.docCount() - df + 0.5) / (df + 0.5)) / (1 + K1);
            }
            for (Entity entity : translation.entities()) {
                self += addEntity(builder, entity);
            }
            if (self <= 0) {
                return scores;
            }
            for (ScoreDoc hit : searcher.search(builder.build(), Math.max(1, reader.maxDoc())).scoreDocs) {
                String id = factIds[hit.doc];
                if (kb.fact(id).filter(admit).isPresent()) {
                    scores.put(id, Math.min(1.0, hit.score / self));
                }
            }
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException("BM25 search failed for the translation of a question: " + translation.source(), e);
        }
    }

    /** Adds a term clause; returns its self-score (0 when the field is empty, so the term can never count). */
    private double addTerm(BooleanQuery.Builder builder, String field, String term, float weight) throws IOException {
        double idf = idf(field, term);
        if (idf <= 0) {
            return 0;
        }
        builder.add(new BoostQuery(new TermQuery(new Term(field, term)), weight), BooleanClause.Occur.SHOULD);
        return weight * idf / (1 + K1);
    }

    /**
     * Adds a term of the question's text: it counts once, at the better of the fact's statement and the
     * questions the fact answers in Russian or Japanese ({@link Fact#asks}; English ones are embedded), so a fact
     * is found by the words users ask it with. A word found among those questions scores what it would once in
     * a statement of average length, at the lesser of its rarity among statements and among questions (a word many
     * facts are asked with tells little), so the score stays on the statement's scale. Returns its
     * self-score, as {@link #addTerm} does for the statement alone.
     */
    private double addTextTerm(BooleanQuery.Builder builder, Lang lang, String term) throws IOException {
        double idf = idf(text(lang), term);
        if (idf <= 0) {
            return 0;
        }
        org.apache.lucene.search.Query inText = new BoostQuery(new TermQuery(new Term(text(lang), term)), TEXT_WEIGHT);
        if (reader.docFreq(new Term(asks(lang), term)) == 0) { // no fact is asked with it
            builder.add(inText, BooleanClause.Occur.SHOULD);
        } else {
            // at most what the term scores once in a statement of average length: a word the fact is asked with is as good as one it says
            double asksIdf = Math.min(idf, idf(asks(lang), term)); // a word many facts are asked with tells little
            org.apache.lucene.search.Query inAsks = new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(asks(lang), term))),
                    (float) (ASKS_WEIGHT * asksIdf / (1 + K1)));
            builder.add(new DisjunctionMaxQuery(List.of(inText, inAsks), 0f), BooleanClause.Occur.SHOULD);
        }
        return TEXT_WEIGHT * idf / (1 + K1);
    }

    /**
     * One clause per named entity, scoring the best of: the fact lists the entity (a constant, the entity
     * keyword's self-score), or its text contains one of the entity's names in full (scaled so that a
     * name at frequency 1 in a text of average length scores that same constant).
     */
    private double addEntity(BooleanQuery.Builder builder, Entity entity) throws IOException {
        double idf = idf(ENTITY, entity.id());
        if (idf <= 0) { // no fact lists any entity (passages only): weigh it as a term no document has
            idf = Math.log(1 + (reader.maxDoc() + 0.5) / 0.5);
        }
        float self = (float) (ENTITY_WEIGHT * idf / (1 + K1));
        List<org.apache.lucene.search.Query> ways = new ArrayList<>();
        ways.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(ENTITY, entity.id()))), self));
        for (Lang lang : Lang.values()) {
            for (String name : entity.names().getOrDefault(lang, List.of())) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                double nameSelf = 0;
                for (String term : analyzers.terms(lang, text(lang), name)) {
                    all.add(new TermQuery(new Term(text(lang), term)), BooleanClause.Occur.MUST);
                    nameSelf += idf(text(lang), term) / (1 + K1);
                }
                if (nameSelf > 0) {
                    ways.add(new BoostQuery(all.build(), (float) (self / nameSelf)));
                }
            }
        }
        builder.add(new DisjunctionMaxQuery(ways, 0f), BooleanClause.Occur.SHOULD);
        return self;
    }

    /** Lucene's BM25 idf: log(1 + (N - n + 0.5) / (n + 0.5)), N the documents having the field. */
    private double idf(String field, String term) throws IOException {
        var stats = searcher.collectionStatistics(field);
        if (stats == null) {
            return 0;
        }
        long n = reader.docFreq(new Term(field, term));
        return Math.log(1 + (stats.docCount() - n + 0.5) / (n + 0.5));
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the BM25 index", e);
        }
        analyzers.close();
    }
}
