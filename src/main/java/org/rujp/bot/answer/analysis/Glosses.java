package org.rujp.bot.answer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Scripts;

/**
 * Words of another language in brackets after a word, as a translator or a learner leaves the original beside the word
 * they put for it: "the joint enterprise (СП)", "白血病（лейкемия）", "Годов Креста (Cross Years)". A gloss restates the
 * word before it: it names nothing the question does not, and its words are read in their own language.
 */
public final class Glosses {
    private Glosses() {
    }

    /** A bracketed text of a few words right after a word: its words are group 1. */
    private static final Pattern BRACKETED = Pattern.compile("(?<=[\\p{L}\\p{N}」』»\"])\\s?[(（]([^()（）]{1,60})[)）]");

    /** A gloss and the language its script tells. */
    public record Gloss(String text, Lang lang) {
    }

    /** The glosses of a question in a language: bracketed texts written only in the scripts of another. */
    public static List<Gloss> of(String question, Lang lang) {
        List<Gloss> glosses = new ArrayList<>();
        Matcher m = BRACKETED.matcher(question);
        while (m.find()) {
            languageOf(m.group(1)).filter(other -> other != lang).ifPresent(other -> glosses.add(new Gloss(m.group(1).strip(), other)));
        }
        return glosses;
    }

    /** The question with its glosses in brackets left out (the rest as written). */
    public static String without(String question, Lang lang) {
        Matcher m = BRACKETED.matcher(question);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean gloss = languageOf(m.group(1)).filter(other -> other != lang).isPresent();
            m.appendReplacement(out, gloss ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The one language whose script all the letters of a text are in, or empty when it mixes them or has none. */
    private static java.util.Optional<Lang> languageOf(String text) {
        int latin = Scripts.latin(text);
        int cyrillic = Scripts.cyrillic(text);
        int japanese = Scripts.japanese(text);
        if ((latin > 0 ? 1 : 0) + (cyrillic > 0 ? 1 : 0) + (japanese > 0 ? 1 : 0) != 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(latin > 0 ? Lang.EN : cyrillic > 0 ? Lang.RU : Lang.JA);
    }
}
