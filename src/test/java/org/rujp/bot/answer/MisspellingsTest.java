package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.KnowledgeLoader;
import org.rujp.bot.text.Widths;

/** Words typed a little wrong, against the shipped knowledge and lexicons. */
class MisspellingsTest {
    static Misspellings misspellings;

    @BeforeAll
    static void load() {
        misspellings = new Misspellings(KnowledgeLoader.load(Path.of("knowledge")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a letter missed, added, hit for another, two swapped: the one word of the knowledge or the lexicon a slip away
            "populaton of vladivostok|population of vladivostok",
            "whats the wether in tokyo|whats the weather in tokyo",
            "who proposd the plan|who proposed the plan",
            "the eight-piont plan|the eight-point plan",
            "who was his succesor|who was his successor",
            "Populaton?|Population?",
            // a name's possessive without its apostrophe
            "what is maxim oreshkins job|what is maxim oreshkin's job",
            // words of English or of the knowledge stay, however close to another: "whether" is no "weather"
            "whether the plan works|whether the plan works",
            "the years of exchanges|the years of exchanges",
            "right after the meeting|right after the meeting",
            // short words and abbreviations stay: a slip in them as often makes another word
            "the mtg in tokyo|the mtg in tokyo",
            "RDIF and UNDP|RDIF and UNDP",
            // an inflection of a word the knowledge writes is no slip
            "the prolongation of the year|the prolongation of the year",
            // Russian is put right only to a word of an attribute no fact states: words a letter apart are as often two
            // words or two forms of one
            "какое населеие у владивостока|какое население у владивостока",
            "возрст сэко|возраст сэко",
            "кто преемик орешкина|кто преемник орешкина",
            "несколько проектов|несколько проектов",
            // ... or a long word of the knowledge: so long, a slip rarely makes another word
            "товарооборт вырос|товарооборот вырос",
            "товароборот вырос|товарооборот вырос",
            "двадцать мероприятий|двадцать мероприятий",
            "откылся ли год|откылся ли год",
            "чисто случайно|чисто случайно",
            "своей родиной|своей родиной",
            // a word of English, not a name, followed by "s" is its plural
            "which ministers met|which ministers met",
    })
    void aWordTypedALittleWrongIsWrittenAsTheKnowledgeWritesIt(String typed, String written) {
        assertEquals(written, misspellings.corrected(typed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // kanji converted from the right reading to the wrong word: the one word of that reading the knowledge writes
            "日露の強力プラン|日露の協力プラン",
            "外相階段はいつ|外相会談はいつ",
            "延長を教義した会議体|延長を協議した会議体",
            "日路の協力|日露の協力",
            "日露地域交流念|日露地域交流年",
            // or makes a phrase of the lexicon there
            "設備を供給する起業はどこ|設備を供給する企業はどこ",
            // a word of the dictionary stays unless the knowledge writes the other one beside the same word
            "協力プランの製菓は|協力プランの製菓は",
            "日露合同海上演習|日露合同海上演習",
            "極東ビジネスの市場規模|極東ビジネスの市場規模",
            // words the knowledge writes stay, and so do words of one kanji
            "外相会談はいつ|外相会談はいつ",
            "誰が来た|誰が来た",
            // nor a slip whose first kanji ends a word the knowledge writes: 日韓 and 勢, not 日 and 関税
            "デジタル案件に日韓勢が乗ろうとしてる|デジタル案件に日韓勢が乗ろうとしてる",
            // a noun no act is made of, done with する: the act of its sound ("stairs" are not held)
            "安倍さんと階段したとき|安倍さんと会談したとき",
            "モスクワの階段を上った|モスクワの階段を上った",
    })
    void kanjiOfTheRightReadingButTheWrongWordAreTheKnowledgesWord(String typed, String written) {
        assertEquals(written, misspellings.correctedJapanese(typed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // heard, a word the knowledge lacks is its word of the same sound, with nothing more said for it
            "日露の外務時間級の競技|日露の外務次官級の協議",
            "日本とロシアの防疫って何パーセント|日本とロシアの貿易って何パーセント",
            // words the knowledge writes stay
            "外相会談はいつ|外相会談はいつ",
    })
    void heardAWordIsTheKnowledgesOfItsSound(String typed, String heard) {
        assertEquals(heard, misspellings.heardJapanese(typed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a learner's word in hiragana: the one kanji word of two kanji or more of that reading the knowledge writes
            "しま で の きょうどう けいざい かつどう は|しま で の 共同 経済 活動 は",
            "日本のかいしゃは、なまえは|日本の会社は、名前は",
            "かのじょ の しごと は 何 ですか|彼女 の 仕事 は 何 ですか",
            // an ending after a kanji, a word the lexicon writes in hiragana, and a word of two kana stay
            "協議しました|協議しました",
            "いくつ ありますか|いくつ ありますか",
            "しま は どこ|しま は どこ",
            // a reading of two kanji words is none of them
            "きかい を だす|きかい を だす",
            // met, after "with whom"; elsewhere "あった" is as often "there was"
            "だれとあったの|だれと会ったの",
            "記事にそうあった|記事にそうあった",
    })
    void aWordALearnerWritesInHiraganaIsWrittenInTheKnowledgesKanji(String typed, String written) {
        assertEquals(written, misspellings.kanaInKanji(typed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ロシア の 会社 は 何 です か|ロシアの会社は何ですか",
            "セコ ヒロシゲ って だれ|セコヒロシゲってだれ",
            "その プラン は いくつ の point が あります か|そのプランはいくつの point がありますか",
            "2018年 に 17% へりました|2018年に 17% へりました",
            "ロシア　の　会社|ロシアの会社",
    })
    void spacesBetweenJapaneseWordsAreTakenOut(String typed, String written) {
        assertEquals(written, org.rujp.bot.text.JapaneseSpaces.joined(typed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ｇ２０サミット|G20サミット",
            "g2０の会合|g20の会合",
            "ｵﾚｼｷﾝって誰？|オレシキンって誰？",
            "ｶﾞﾙｰｼｶ|ガルーシカ",
            // a unit is a unit of either width: "何％" asks a share as "何%" does
            "貿易は何％伸びた？|貿易は何%伸びた？",
            // punctuation keeps its width
            "会談は？（東京）|会談は？（東京）",
    })
    void charactersOfAnotherWidthAreWrittenAsTheKnowledgeWritesThem(String typed, String written) {
        assertEquals(written, Widths.folded(typed));
    }
}
