package org.rujp.bot.answer.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Kuromoji's words of a Japanese text (normal mode, no user dictionary), each as written, where, and as read. */
public final class JapaneseWords {
    private JapaneseWords() {
    }

    /**
     * One of Kuromoji's words: as written, where it stands, its reading in katakana (null when the dictionary has none),
     * its base form and its part of speech ("" when none).
     */
    public record Word(String surface, int start, int end, String reading, String base, String partOfSpeech) {
    }

    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset(), reading.getReading(), base.getBaseForm(),
                        pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech()));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Katakana as hiragana ("ウラジオストク": "うらじおすとく"); the long-vowel mark and other letters stay. */
    public static String hiragana(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length());
        katakana.chars().forEach(c -> out.append((char) (c >= 'ァ' && c <= 'ヶ' ? c - 0x60 : c)));
        return out.toString();
    }
}
