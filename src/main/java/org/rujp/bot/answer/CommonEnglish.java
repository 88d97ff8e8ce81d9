package org.rujp.bot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The common words of English, by their stems: the whole words of the embedding model's vocabulary (its WordPiece
 * tokenizer keeps the frequent words of English whole) and the words of the English lexicon. A question typed in lower
 * case ("sapporo sister city") marks no name by its capital; a word that is none of these may be one.
 */
final class CommonEnglish {
    private static final String VOCABULARY = "all-minilm-l6-v2-tokenizer.json";
    private static final String LEXICON = "lexicon/en.yaml";
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static volatile Set<String> stems;

    private CommonEnglish() {
    }

    /** Whether the word in lower case, or a word of its stem ("twinning", "prolonged"), is a common word of English. */
    static boolean contains(String lower) {
        return stems().contains(stem(lower));
    }

    private static Set<String> stems() {
        Set<String> loaded = stems;
        if (loaded == null) {
            synchronized (CommonEnglish.class) {
                loaded = stems;
                if (loaded == null) {
                    loaded = load();
                    stems = loaded;
                }
            }
        }
        return loaded;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream vocabulary = resource(VOCABULARY); InputStream lexicon = resource(LEXICON)) {
            JsonNode words = new ObjectMapper().readTree(vocabulary).path("model").path("vocab");
            for (Iterator<String> it = words.fieldNames(); it.hasNext(); ) {
                String word = it.next();
                if (WORD.matcher(word).matches()) { // whole words only: "##ning" is a piece of one
                    out.add(stem(word));
                }
            }
            Matcher m = WORD.matcher(new String(lexicon.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
            while (m.find()) {
                out.add(stem(m.group()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the common English words from " + VOCABULARY + " and " + LEXICON, e);
        }
        return Set.copyOf(out);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = CommonEnglish.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    private static String stem(String word) {
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
