package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.eval.GoldQuestion;
import org.rujp.bot.eval.GoldSet;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.KnowledgeLoader;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Scripts;

/** Russian and Japanese typed in Latin letters, against the shipped knowledge and lexicons. */
class LatinTypedTest {
    static KnowledgeBase kb;
    static LatinTyped latinTyped;

    @BeforeAll
    static void load() {
        kb = KnowledgeLoader.load(Path.of("knowledge"));
        latinTyped = new LatinTyped(kb);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "v kakom gorode putin s abe dogovorilis o gode obmenov|в каком городе путин с абэ договорились о годе обменов",
            "skolko meropriyatiy bylo v ramkakh perekrestnykh godov?|сколько мероприятий было в рамках перекрестных годов?",
            "kogda prodlili god obmenov s yaponiei|когда продлили год обменов с японией",
            // "ts" for тс and ться, a soft sign left out, "j" for й
            "s kem lavrov dolzhen byl vstretitsya vesnoj 2018|с кем лавров должен был встретиться весной 2018",
            "kto obyavil o vstreche ministrov|кто объявил о встрече министров",
    })
    void readsRussianTypedInLatinLettersInCyrillic(String typed, String read) {
        assertEquals(Optional.of(new LatinTyped.Read(read, Lang.RU)), latinTyped.read(typed, Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "puuchin to abe ga urajiosutoku de atta no itsu?|ウラジオストク",
            "puchin to abe ga urajiosutoku de atta no itsu?|プーチン",
            "hakketsubyou no kusuri wa roshia no doko de tsukuru no|白血病",
            // long vowels typed or not, Kunrei or Hepburn, a word of two run together, a counter after digits
            "nichiro koryu nen wa itsu hajimatta|交流",
            "nichiro kouryuu nen wa itsu hajimatta|交流",
            "nitiro kôryû nen wa itu hazimatta|交流",
            "nichirokouryuu wa nangatsu ni hajimatta|日露交流",
            "2018nen no boueki wa nan% nobita|2018年",
            // a title joined by a hyphen
            "seko-san wa nani daijin desu ka|セコウさん",
    })
    void readsRomajiInJapanese(String typed, String part) {
        Optional<LatinTyped.Read> read = latinTyped.read(typed, Optional.empty());
        assertTrue(read.isPresent() && read.get().lang() == Lang.JA && read.get().text().contains(part), () -> typed + ": " + read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Who is Abe?",
            "What is the Nichiro Koryu Nen?",
            "to do: ask about the plan",
            "who proposed the plan and when",
            "Did Putin and Abe meet in Osaka?",
            "kto",
            "G20 Osaka",
    })
    void leavesEnglishAndLoneWordsAsTheyAre(String typed) {
        assertEquals(Optional.empty(), latinTyped.read(typed, Optional.empty()));
    }

    @Test
    void aHintOfTheLanguageLetsOneWordDecide() {
        assertEquals(Optional.of(new LatinTyped.Read("а когда?", Lang.RU)), latinTyped.read("a kogda?", Optional.of(Lang.RU)));
        assertEquals(Optional.empty(), latinTyped.read("a kogda?", Optional.empty()));
        assertEquals(Optional.empty(), latinTyped.read("a kogda?", Optional.of(Lang.EN)));
    }

    @Test
    void readsNoEnglishQuestionOfTheDevelopmentSetsAsAnotherLanguage() {
        List<GoldQuestion> english = GoldSet.load(Path.of("knowledge", "eval", "dev"), kb).stream().filter(q -> q.lang() == Lang.EN).toList();
        List<String> read = english.stream().filter(q -> latinTyped.read(q.question(), Optional.empty()).isPresent())
                .map(q -> q.id() + " " + q.question() + " -> " + latinTyped.read(q.question(), Optional.empty())).toList();
        assertTrue(english.size() > 1000 && read.isEmpty(), () -> english.size() + " English questions, read as another language: " + read);
    }

    @Test
    void readsTheRussianQuestionsOfTheDevelopmentSetsTypedInLatinLettersBackAsTheirCyrillic() {
        List<GoldQuestion> russian = GoldSet.load(Path.of("knowledge", "eval", "dev"), kb).stream()
                .filter(q -> q.lang() == Lang.RU && Scripts.latin(q.question()) == 0).toList();
        List<String> missed = new java.util.ArrayList<>();
        int words = 0;
        int same = 0;
        for (GoldQuestion q : russian) {
            String cyrillic = q.question().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
            Optional<LatinTyped.Read> read = latinTyped.read(latin(cyrillic), Optional.empty());
            if (read.isEmpty() || read.get().lang() != Lang.RU) {
                missed.add(q.id() + " " + latin(cyrillic) + " -> " + read);
                continue;
            }
            String[] typed = cyrillic.split("[^а-я]+");
            String[] back = read.get().text().split("[^а-я]+");
            for (int i = 0; i < Math.min(typed.length, back.length); i++) {
                words++;
                same += typed[i].equals(back[i]) ? 1 : 0;
            }
        }
        int read = russian.size() - missed.size();
        int spelt = same;
        int all = words;
        assertTrue(read >= russian.size() * 0.98 && spelt >= all * 0.96, () -> read + " of " + russian.size() + " read as Russian, "
                + spelt + " of " + all + " words spelt back as they were; not read: " + missed);
    }

    /** Cyrillic as people type it without a Russian keyboard: soft and hard signs left out. */
    private static String latin(String cyrillic) {
        Map<Character, String> letters = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
                Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"),
                Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
                Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"),
                Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"),
                Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));
        StringBuilder out = new StringBuilder();
        for (char c : cyrillic.toCharArray()) {
            out.append(letters.getOrDefault(c, String.valueOf(c)));
        }
        return out.toString();
    }
}
