package org.rujp.bot.retrieval;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Replaces each word by its Snowball stem and, when it differs, also its light stem at the same
 * position. Snowball conflates verb forms well ("продлили", "продлить": "продл") but splits some
 * nouns ("обмен", "обмены": "обм"; "обменов": "обмен"; "саммит": "самм"; "саммита": "саммит"); the
 * light (noun-inflection) stemmer keeps those together. With both, two forms of a word share a term
 * if either stemmer conflates them.
 */
final class RussianStemsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final RussianStemmer snowball = new RussianStemmer();
    private final RussianLightStemmer light = new RussianLightStemmer();
    private String pending;

    RussianStemsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            term.setEmpty().append(pending);
            position.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] word = term.toString().toCharArray();
        int lightLength = light.stem(word, word.length);
        String lightStem = new String(word, 0, lightLength);
        snowball.setCurrent(term.toString());
        snowball.stem();
        String snowballStem = snowball.getCurrent();
        term.setEmpty().append(snowballStem);
        if (!lightStem.equals(snowballStem)) {
            pending = lightStem;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
