package org.rujp.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rujp.bot.knowledge.Lang;

/** The two dictionary formats Debian installs, written here as small real files, and the compact table. */
class BilingualDictionaryTest {
    @TempDir
    Path dir;

    @Test
    void readsEdictInEucJpWithEveryWrittenAndKanaFormAsAKeyAndCommonEntriesFirst() throws IOException {
        Path edict = dir.resolve("edict");
        Files.writeString(edict, String.join("\n",
                "\u3000？？？ /EDICT, EDICT_SUB(P), EDICT2 Japanese-English Electronic Dictionary Files/",
                "観客 [かんきゃく] /(n) audience/spectator/spectators/EntL1234X/",
                "公演(P) [こうえん(P)] /(n,vs) public performance/(vs) (2) to perform/EntL5678X/",
                "見物客 [けんぶつきゃく] /(n) sightseer; (long gloss of many words to be left out)/spectator/EntL9X/"), Charset.forName("EUC-JP"));
        BilingualDictionary d = BilingualDictionary.edict(edict);
        assertEquals(List.of("audience", "spectator", "spectators"), d.translations("観客"));
        assertEquals(List.of("audience", "spectator", "spectators"), d.translations("かんきゃく"));
        assertEquals(List.of("public", "performance", "perform"), d.translations("公演"));
        assertEquals(List.of("spectator"), d.translations("見物客"));
        assertTrue(d.translations("未知").isEmpty());
    }

    @Test
    void readsADictdEnglishRussianDictionaryBackwardsEarlierSensesFirst() throws IOException {
        String[] entries = {
            "performance\n   [pɜ'fɘ:mɜns] _n.\n   1) исполнение\n   2) представление, спектакль; to give a performance играть\n",
            "show\n   [ʃɜʊ] _n.\n   1) спектакль\n   2) показ\n",
            "year\n   [jɘ:] _n. год\n",
        };
        Path dict = dir.resolve("test.dict.dz");
        StringBuilder index = new StringBuilder();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dict))) {
            long offset = 0;
            for (String entry : entries) {
                byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                index.append(entry, 0, entry.indexOf('\n')).append('\t').append(base64(offset)).append('\t').append(base64(bytes.length)).append('\n');
                offset += bytes.length;
            }
        }
        Path idx = dir.resolve("test.index");
        Files.writeString(idx, index);
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        BilingualDictionary d = BilingualDictionary.dictdReversed(idx, dict, w -> analyzers.terms(Lang.RU, "text_ru", w));
        String spectacle = analyzers.terms(Lang.RU, "text_ru", "спектаклей").get(0);
        assertEquals(List.of("show", "performance"), d.translations(spectacle), "спектакль is the first sense of show, the third word of performance");
        assertEquals(List.of("year"), d.translations(analyzers.terms(Lang.RU, "text_ru", "году").get(0)));
        assertTrue(d.translations(analyzers.terms(Lang.RU, "text_ru", "играть").get(0)).isEmpty(), "words inside an English example are not translations");
    }

    @Test
    void aTableWrittenIsReadBackOnlyUnderTheSameHeader() throws IOException {
        BilingualDictionary d = new BilingualDictionary(java.util.Map.of("観客", List.of("audience", "spectator")));
        Path table = dir.resolve("tables").resolve("ja-en.tsv");
        d.writeTable(table, "v1\tsource\t10");
        assertEquals(List.of("audience", "spectator"), BilingualDictionary.readTable(table, "v1\tsource\t10").orElseThrow().translations("観客"));
        assertTrue(BilingualDictionary.readTable(table, "v1\tsource\t11").isEmpty(), "a changed dictionary file is read again");
    }

    @Test
    void transliteratesRussianAndJapaneseNamesWrittenInCyrillic() {
        assertEquals("sakhalin", QuestionTranslator.transliterate("Сахалин"));
        assertTrue(QuestionTranslator.transliterations("хоккайдо").contains("hokkaido"));
        assertEquals(List.of("18400", "18,400"), QuestionTranslator.numberForms("18400"));
        assertEquals(List.of("36"), QuestionTranslator.numberForms("036"));
    }

    @Test
    void theGlossaryGivesWordsOfTheFieldInAnyOfTheirForms() {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        java.util.Map<org.rujp.bot.knowledge.Lang, java.util.Map<String, List<String>>> glossary = QuestionTranslator.glossary(analyzers);
        // the key is read as the index reads Russian: "товарооборотом" finds what "товарооборот" gives
        String stem = analyzers.terms(org.rujp.bot.knowledge.Lang.RU, "text_ru", "товарооборотом").get(0);
        assertEquals(List.of("trade", "turnover"), glossary.get(org.rujp.bot.knowledge.Lang.RU).get(stem));
        assertTrue(glossary.get(org.rujp.bot.knowledge.Lang.RU).get(analyzers.terms(org.rujp.bot.knowledge.Lang.RU, "text_ru", "побратимских").get(0)).contains("sister"));
    }

    private static String base64(long n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder out = new StringBuilder();
        do {
            out.insert(0, alphabet.charAt((int) (n % 64)));
            n /= 64;
        } while (n > 0);
        return out.toString();
    }
}
