package org.rujp.bot.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rujp.bot.knowledge.Lang;

/**
 * One Lucene analyzer per language, used alike for indexing facts and for analysing questions.
 *
 * <ul>
 *   <li>English: {@link EnglishAnalyzer} (possessives, lower case, stop words, Porter stemming);</li>
 *   <li>Russian: the chain of {@link RussianAnalyzer} (lower case, stop words, Snowball stemming) with ё
 *       read as е, so "Перекрестные" finds "Перекрёстные", and the light stem beside the Snowball one
 *       ({@link RussianStemsFilter}), so "обмены" finds "обменов";</li>
 *   <li>Japanese: {@link JapaneseAnalyzer} (Kuromoji morphological analysis in search mode, base forms,
 *       part-of-speech and stop-word filtering, full-width folding).</li>
 * </ul>
 * Each stop list is extended with the language's question words ("how many", "сколько", "いつ"): they
 * say what kind of answer is wanted, never which fact, and would only dilute the normalised score.
 */
final class LanguageAnalyzers {
    private static final List<String> EN_QUESTION_WORDS = List.of(
            "what", "when", "where", "who", "whom", "whose", "which", "why", "how", "many", "much", "did", "does",
            "do", "was", "were", "has", "have", "had", "is", "are", "tell", "me", "about");
    private static final List<String> RU_QUESTION_WORDS = List.of(
            "сколько", "какой", "какая", "какое", "какие", "каком", "какого", "какую", "каких", "какому", "каким",
            "кто", "кого", "кем", "кому", "где", "когда", "куда", "откуда", "почему", "зачем", "чей", "чья", "чьё",
            "ли", "расскажи", "расскажите", "скажи", "скажите");
    private static final List<String> JA_QUESTION_WORDS = List.of(
            "いつ", "何", "なに", "なん", "どこ", "誰", "だれ", "どなた", "どの", "どれ", "どんな", "どう", "どのくらい",
            "どれくらい", "くらい", "いくつ", "いくら", "ですか", "か", "教える");

    private final Map<Lang, Analyzer> analyzers = new EnumMap<>(Lang.class);

    LanguageAnalyzers() {
        CharArraySet en = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        en.addAll(EN_QUESTION_WORDS);
        analyzers.put(Lang.EN, new EnglishAnalyzer(en));

        CharArraySet ru = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), true);
        ru.addAll(RU_QUESTION_WORDS);
        analyzers.put(Lang.RU, new RussianChain(CharArraySet.unmodifiableSet(ru)));

        CharArraySet ja = new CharArraySet(JapaneseAnalyzer.getDefaultStopSet(), true);
        ja.addAll(JA_QUESTION_WORDS);
        analyzers.put(Lang.JA, new JapaneseAnalyzer(null, JapaneseTokenizer.Mode.SEARCH, ja, JapaneseAnalyzer.getDefaultStopTags()));
    }

    Analyzer of(Lang lang) {
        return analyzers.get(lang);
    }

    /** The distinct terms of the text as the field's analyzer produces them, in order. */
    List<String> terms(Lang lang, String field, String text) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = of(lang).tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text for field " + field, e);
        }
        return new ArrayList<>(terms);
    }

    void close() {
        analyzers.values().forEach(Analyzer::close);
    }

    /** RussianAnalyzer's chain (it is final) behind a character filter reading ё as е, with both stems. */
    private static final class RussianChain extends Analyzer {
        private static final NormalizeCharMap YO;

        static {
            NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
            map.add("ё", "е");
            map.add("Ё", "Е");
            YO = map.build();
        }

        private final CharArraySet stopWords;

        RussianChain(CharArraySet stopWords) {
            this.stopWords = stopWords;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(YO, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, stopWords);
            result = new RussianStemsFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
