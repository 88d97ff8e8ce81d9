package org.rujp.bot.answer.analysis;

import java.util.List;
import java.util.Optional;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;

/**
 * What one language contributes to question analysis: what a word is (the language's Lucene analyzer)
 * and which phrases frame a question, name a part in an event, an attribute, a position, a
 * conjunction or a reference back. The analyser itself is the same for every language.
 */
public interface LanguageRules {
    Lang lang();

    /** The analysed terms of a text (stemmed or base forms), in order. */
    List<String> terms(String text);

    /** The question frames found, in order of position. */
    List<Frame> frames(List<String> terms);

    /**
     * Whether the first frame found decides the answer type (English, Russian: "Which summit took place in
     * the city where ..." asks for a summit), or the most specific one anywhere (Japanese, where the
     * question word may stand at the end).
     */
    boolean earliestFrameDecides();

    /** Whether the terms open with a phrase asking what something is ("who is", "что такое", "とは"). */
    boolean asksWhatItIs(List<String> terms);

    /** The terms left when the frames, fillers and question words are taken out. */
    List<String> contentTerms(List<String> terms);

    boolean asksYesOrNo(List<String> terms);

    /** Whether a term is an auxiliary that opens a yes-or-no question ("are", "did"): no noun, when it follows "how many". */
    boolean auxiliary(String term);

    /** Whether the question ends in a tag asking to confirm what it states ("…7 percent, was it?", "…в марте, кажется?"). */
    default boolean endsWithTag(String question) {
        return false;
    }

    /** Whether the text after a value gives it as a guess: a question mark or a hedge ("Kono?", "Lavrov I think, …"). */
    default boolean guessed(String after) {
        return false;
    }

    /** Whether a term names people in general ("people", "ppl", "человек", "人"): it counts any quantity of people. */
    boolean people(String term);

    /**
     * Whether the question gives a statement to judge true or false ("True or false: …", "Верно или неверно: …",
     * "○か×か：…"): it asks whether the statement holds, whatever question words the statement has.
     */
    default boolean asksVerdict(String question) {
        return false;
    }

    /**
     * The question without a hedge on a name it gives: "the exchange year, or whatever it's called", "или как он там
     * называется", "何とかいう" ask nothing (their "what", "как", 何 are no question words of the question).
     */
    default String withoutNameHedges(String question) {
        return question;
    }

    /**
     * The question with the years that date a report blanked: "according to the report from 2021", "если верить
     * новости 2021 года", "2021年の記事によると" date the report, not what is asked.
     */
    default String withoutSourceDates(String question) {
        return question;
    }

    /** Whether a change is asked by its verb and a stranded "by": "What did trade grow by in 2018?" asks how much. */
    default boolean asksChangeBy(String question) {
        return false;
    }

    /** Whether the question asks to confirm what it states ("can you confirm?", "верно?", "合ってる？"). */
    default boolean asksConfirmation(List<String> terms) {
        return false;
    }

    /**
     * Whether the message quotes a statement of its own to be checked: «…вырос на 7%» — норм?, my draft: "…" - ok?,
     * 「…」これでいい？ (a quoted sentence, and around it no question word, only a question mark or a word asking to check).
     */
    default boolean quotesClaim(String question) {
        return false;
    }

    /** Whether the terms give a reason or an aim ("because", "по итогам", "ため"): a text that tells why. */
    default boolean givesReason(List<String> terms) {
        return false;
    }

    /** Whether the word counts anything at all ("how many things"): it names nothing the count must be of. */
    default boolean genericCounted(String term) {
        return false;
    }

    /**
     * The part in the event the question's verb asks about: the part verb nearest after the question frame
     * ("who <b>announced</b> it" in "Russkiy Mir, citing RIA Novosti, wrote ... who announced it"), else the first.
     */
    Optional<Slots.Actor.Part> part(List<String> terms, int from);

    /**
     * The part in the event of whom or what the question asks, when someone else's words tell of it: "which firm did
     * the minister say kits out the centres" asks who kits them out, not who said it. As {@link #part(List, int)},
     * without a saying verb whose own subject stands between an auxiliary after the frame and it.
     */
    default Optional<Slots.Actor.Part> partOfWhatWasSaid(List<String> terms, int from) {
        return part(terms, from);
    }

    /**
     * Whether the question word ending before {@code from} is the subject of the act after it ("どこが報じた": which
     * body reported, not where). Only Japanese marks it.
     */
    default boolean askedAsSubject(List<String> terms, int from) {
        return false;
    }

    /**
     * The attributes the words ask, in the lexicon's order: "образование и прежние места работы… биография" asks an
     * education (of a person, when asked next to one) and a biography.
     */
    List<String> attributes(List<String> terms);

    /**
     * The question after the writer's context before a colon, however long, when a question follows it: "I'm drafting a
     * policy brief on Japanese capital in the Far East and need two data points: how much…" asks after the colon.
     */
    String withoutWritersContext(String question);

    /**
     * The attributes the words without the names ask, and those asked beside a name, read in the words with each name
     * as one word: "When are the next Cross Years?" asks a programme's next edition.
     */
    List<String> attributes(List<String> terms, List<String> named);

    /**
     * The question after the words saying whom it is asked for ("Our governor wants to know in which city …": "in which
     * city …"); the whole question when it has none. Who asks is no attribute asked: the governor's mayoralty is not.
     */
    String afterAskers(String question);

    /**
     * The terms with each phrase naming a title of the knowledge's positions ("prime minister", "премьер", "首相") put as
     * {@code by}; empty when none stands in them.
     */
    Optional<List<String>> titled(List<String> terms, String title, String by);

    /**
     * The title the words give the one written as {@code name}, the longest phrase standing right beside it: before it
     * ("Deputy Foreign Minister NAME", "министр иностранных дел OTHER NAME", "外務大臣の NAME"), with only names of
     * others ({@code other}) or words of a nationality between, or right after it ("NAME外相"; in English and Russian
     * only when {@code apposed}, after a comma: "NAME, Japan's foreign minister").
     */
    Optional<String> titleBeside(List<String> terms, String name, String other, boolean apposed);

    /** The key of the longest of the phrases standing beside the name, as {@link #titleBeside} reads a title. */
    Optional<String> beside(List<String> terms, java.util.Map<String, List<List<String>>> phrases, String name, String other, boolean apposed);

    /** Whether a term says nothing of its own between a question word and what it asks about ("the", "is"). */
    boolean linking(String term);

    /** Whether a term only opens or fills a question ("а", "ну", "вообще", "actually"): it asks nothing. */
    boolean opensOrFills(String term);

    /** Whether a term before a place's name makes the place the venue of the event ("in", "в"). */
    boolean venueBefore(String term);

    /** Whether the text right after a place's name makes the place the venue of the event ("で"). */
    boolean venueAfter(String textAfter);

    /** Whether the question asks for the day itself ("what date", "какого числа", "何日"), not only for the time. */
    boolean asksDay(List<String> terms);

    /** The question with the lexicon's common misspellings of question words put right ("wich" is "which"). */
    String respell(String question);

    /** A dictated question as it would be typed; a typed one as it is. */
    default String asWritten(String spoken) {
        return spoken;
    }

    /** The words of an attribute, as this language writes them. */
    List<List<String>> attributeTerms(String attribute);

    /**
     * Whether a phrase of the attribute stands within four terms of {@code name} (a name's placeholder) or of a
     * pronoun, or, in Japanese, anywhere after them; also when no phrase stands whole in the terms, a name having
     * split it ("where is <name> from").
     */
    boolean attributeNear(List<String> terms, String attribute, String name);

    /** Where the words of an attribute stand in the terms (each phrase's start), in order. */
    List<Integer> attributeAt(List<String> terms, String attribute);

    boolean asksPosition(List<String> terms);

    /**
     * Whether the terms describe a position rather than an act: "the minister responsible for ties with Russia",
     * "who runs the fund", "глава фонда", "担当する大臣": the person is found by the position their card describes.
     */
    boolean asksRole(List<String> terms);

    /**
     * Whether the question asks of the present ("the current prime minister", "кто сейчас премьер", "今の首相"): the
     * articles know who held a post as of their dates only.
     */
    default boolean asksNow(List<String> terms) {
        return false;
    }

    /** Whether the words ask a sum of money by name: "sum", "worth", "сумма", "金額". */
    default boolean namesSum(List<String> terms) {
        return false;
    }

    /** Whether the words ask for every one of those asked: "every", "all of them", "назови всех", "全員". */
    default boolean asksEvery(List<String> terms) {
        return false;
    }

    /** Whether the words ask whether something is still so: "still", "до сих пор", "今も". */
    default boolean asksStill(List<String> terms) {
        return false;
    }

    /**
     * Whether the question speaks of a report ("the TASS item of 12 January", "заметка от 1 июля", "7月1日付の記事"): a
     * time it names may be the report's date, not the event's.
     */
    default boolean speaksOfReport(List<String> terms) {
        return false;
    }

    /** Whether the question asks of a report's dateline ("filed from", "датлайн", "発信地"): where and when it was filed. */
    default boolean asksDateline(List<String> terms) {
        return false;
    }

    /**
     * Whether the question asks why ("why did Zakharova call 2018 special", "почему", "なぜ", "どうして"): a fact the
     * articles give as the reason of the one found answers it first.
     */
    default boolean asksWhy(List<String> terms) {
        return false;
    }

    /** Whether a short follow-up asks which ones ("а какие?", "what are they?", "どれ？"): after a count, the things counted. */
    default boolean asksWhichOnes(List<String> terms) {
        return false;
    }

    /**
     * Whether a follow-up points at the event the answer before told of ("what did they agree on at that one?", "о чём
     * договорились на той встрече?", "その会談で何を合意した？"): the fact of that answer is the one asked of.
     */
    default boolean pointsAtTheEventTold(List<String> terms) {
        return false;
    }

    /** Whether the question asks for someone besides those named or answered before ("who else", "кто ещё", "他に"). */
    default boolean asksOthers(List<String> terms) {
        return false;
    }

    /**
     * Whether the question asks who was with someone, not who that someone is: "who did … meet", "с кем", "誰と"; a
     * title it describes someone by is then of one the question names, not of the one asked.
     */
    default boolean asksAnother(List<String> terms) {
        return false;
    }

    /**
     * Whether the question asks for someone's counterpart ("his Japanese counterpart", "его визави", "会談相手"): the
     * other party of what the one referred to did, not that one's own post.
     */
    default boolean asksCounterpart(List<String> terms) {
        return false;
    }

    /** Whether the word is a person's possessive pronoun ("his", "её"), referring back to someone as "he" does. */
    default boolean possessive(String term) {
        return false;
    }

    /**
     * Whether the question asks what something is for ("what is the plan meant to achieve", "зачем придумали Год
     * обменов", "交流年は何のため"): the facts a programme's card gives as its purpose answer it first.
     */
    default boolean asksPurpose(List<String> terms) {
        return false;
    }

    /**
     * Whether the question, as written, holds a pronoun whose stem is another word's ("неё" and "не"): read on the words
     * themselves, for the need's reference back only.
     */
    default boolean refersBackAsWritten(String question) {
        return false;
    }

    /** Whether the term names a count rather than what is counted ("number", "figure", "число"). */
    default boolean countNoun(String term) {
        return false;
    }

    /** Whether a word after "how many" says when or how exactly, not what is counted ("how many already", "сколько уже"). */
    default boolean countAdverb(String term) {
        return false;
    }

    /**
     * Whether the question says the one asked for is a human being ("the guy who runs ...", "whats his name", "как
     * фамилия", "その人物"): then no organisation answers a "who" question, as it may "who supplies the equipment".
     */
    boolean asksHuman(List<String> terms);

    /** Whether the terms speak of the ties between countries ("ties with Moscow", "отношения с Токио"). */
    boolean speaksOfRelations(java.util.Collection<String> terms);

    /** Whether the terms are only words that may close a question after its question word ("って書いてあった？"). */
    boolean closesOnly(List<String> terms);

    /** Whether a question asks where the bot read what it said ("Which agency did it come from?", "出典は？"). */
    default boolean asksSource(List<String> terms) {
        return false;
    }

    /** Whether a message is only greetings, thanks, goodbyes or a "how are you" (`small_talk`): it asks nothing. */
    default boolean onlySmallTalk(String message) {
        return false;
    }

    /** Whether the words doubt the answer before ("are you sure?", "ты уверен?", "本当に？"), by a phrase of doubting. */
    default boolean doubtsTheAnswer(List<String> terms) {
        return false;
    }

    /** Whether a word asks for a source or doubts an answer ("source", "sure", "уверен", "確か"). */
    default boolean sourceOrDoubt(String term) {
        return false;
    }

    /** Whether the question's verb takes the source as its object ("who were they quoting", "на кого ссылался", "何を引用"). */
    boolean cites(List<String> terms);

    /** Whether a term names money ("money", "dollars", "денег", "金額"): a "how much" asking it asks a sum. */
    boolean money(java.util.Collection<String> terms);

    /** Whether a term asks a change or a share ("grow", "percent", "прирост", "伸び率"): a figure that is no sum of money. */
    boolean growth(java.util.Collection<String> terms);

    /**
     * The countries whose people or bodies the terms name by an adjective or demonym ("Japanese", "российский",
     * "日本側"), as entity ids: "Lavrov's Japanese counterpart" asks for a person of Japan.
     */
    java.util.Set<String> nationalities(List<String> terms);

    /**
     * Each thing the terms give a nationality, with the countries given it: "Russian investors" gives "investor" Russia,
     * "японский и российский комитеты" gives "комитет" both. The thing is the term right after the adjective or demonym
     * (Japanese "Xの" is a possessive as much, so it gives none).
     */
    java.util.Map<String, java.util.Set<String>> nationalThings(List<String> terms);

    /** The countries whose side the terms name: "the Russian side", "у российской стороны", "ロシア側は". */
    java.util.Set<String> sidesNamed(List<String> terms);

    /**
     * Whether the question says one side of a pair of opposites and the text only the other: a fall where the text
     * reports a rise ("упал" / "вырос"), a cancellation where it reports an extension ("cancelled" / "extended").
     */
    boolean opposes(List<String> question, List<String> text);

    /**
     * The outcome words the terms hold ("agreed", "signed", "договорились", "合意"): a question asking what came of
     * an event takes it as held.
     */
    List<List<String>> outcomes(List<String> terms);

    /**
     * The words of the text its morphological dictionary tags as proper nouns (names of places, people, bodies), or
     * writes in katakana without knowing them (a foreign name: ケメロヴォ), as written; for Japanese, whose names have
     * no capital letters. Empty for the other languages.
     */
    List<String> properNouns(String text);

    /**
     * Whether the terms speak of something stopped, refused, withdrawn or put off ("stop supplying", "отказались",
     * "打ち切る"): a question saying so takes for granted what only a fact saying so too can confirm.
     */
    boolean speaksOfReversal(List<String> terms);

    /** Whether a question opens with a word of many ("Много там народу лечилось?"): with no question word, it asks how many. */
    boolean opensWithMany(List<String> terms);

    /**
     * Whether a clause opens as part of the sentence after it, not as a question of its own: "When Oreshkin spoke in
     * Tokyo, …", "Когда Орешкин выступал в Токио, …" (but "When was it extended, …" asks when).
     */
    boolean opensSubordinateClause(List<String> clauseTerms);

    /**
     * Whether a name after this text stands in a clause telling the circumstance of what is asked, in the same clause
     * ("…talks in Moscow after that Putin–Abe meeting in Vladivostok"): a time told by another event.
     */
    boolean inCircumstance(String before);

    /** Whether a place named between these two texts is given as a landmark near something ("near Tokyo", "東京の近く"). */
    boolean landmark(String before, String after);

    /** Whether a term is a word for what someone said: "figure", "данные", "数字" ("who gave that figure?"). */
    boolean namesWhatWasSaid(String term);

    /** Whether the terms speak of something made to last longer: "the extension", "продлили", "延長". */
    boolean speaksOfExtension(List<String> terms);

    /** Whether the words ask from when to when something ran: "from which year to which", "с какого по какой", "何年から何年まで". */
    default boolean asksSpan(List<String> terms) {
        return false;
    }

    /** Whether the terms speak of putting money into something: "invest", "вложиться", "投資". */
    boolean speaksOfInvesting(List<String> terms);

    /** Whether the terms speak of a beginning ("since when", "began", "стартовал", "始まった"). */
    boolean speaksOfStart(List<String> terms);

    boolean hasConjunction(List<String> terms);

    /** Whether the question's terms ask for a whole ("in total", "всего", "全部で"): of "60 of the 130 projects", the 130. */
    default boolean asksTotal(java.util.Collection<String> terms) {
        return false;
    }

    boolean refersBack(List<String> terms);

    /**
     * Whether the words tell of the one writing ("my grandson", "я жила", "私の孫"), not of what they read, saw or heard
     * ("я заметил упоминание о …").
     */
    default boolean speaksOfWriter(List<String> terms) {
        return false;
    }

    /** Whether a word tells what the writer did or saw ("I", "saw", "read"): no thing a count counts ("the count I saw"). */
    default boolean writersWord(String term) {
        return false;
    }

    /**
     * Whether the terms tell of the writer or of those the writer speaks for ("We are planning a week at our museum in
     * Kazan"): where their own things are, not what is asked.
     */
    default boolean speaksOfWritersGroup(List<String> terms) {
        return speaksOfWriter(terms);
    }

    /**
     * Whether a clause opens with a greeting or a letter's salutation ("Dear bot", "greetings from Tver", "Уважаемая
     * редакция", "拝啓", "梅雨の候"): the writer's, naming nothing asked about.
     */
    default boolean salutes(String clause) {
        return false;
    }

    /**
     * Whether the words of a clause have a verb that tells of the writer with no pronoun ("в сентябре еду в Россию",
     * the writer going): a clause of the writer's, as one naming them is.
     */
    default boolean writersVerbIn(String clause) {
        return false;
    }

    /**
     * Whether the terms ask of the writer's own town or region ("about our cities", "про мой город"): what the writer
     * told of it before is then what is asked about.
     */
    default boolean asksOfWritersOwn(List<String> terms) {
        return false;
    }

    /** The answer type a noun asks for after a question word ("firm": an organisation), or empty. */
    default Optional<AnswerType> headNounType(String term) {
        return Optional.empty();
    }

    /** Whether the words pass on someone's question ("a member asks", "he asked me to find out", "спрашивает"). */
    default boolean relaysAQuestion(List<String> terms) {
        return false;
    }

    /** Whether the words tell what the writer is doing the asking for ("preparing", "lesson", "готовлю", "授業"). */
    default boolean tellsWritersPurpose(List<String> terms) {
        return false;
    }

    /** Whether the words name the one writing ("my", "мне", "私"), whatever else they tell. */
    default boolean namesWriter(List<String> terms) {
        return false;
    }

    /** Whether a remark of a few words names the motive a why asks: "The real motive.", "本音のところが". */
    default boolean namesMotive(List<String> remark) {
        return false;
    }

    /** Whether a phrase's terms occur in the terms, in order. */
    boolean contains(List<String> terms, List<String> phrase);

    /** Whether any verb of a part in an event occurs in the terms ("news agency", "со ссылкой" for the reporter). */
    boolean mentions(List<String> terms, Slots.Actor.Part part);

    /** Whether the term is a word of some part in an event ("said", "met", "提案"): an act, not a description. */
    default boolean namesAnAct(String term) {
        List<String> one = List.of(term);
        return java.util.Arrays.stream(Slots.Actor.Part.values()).anyMatch(p -> p != Slots.Actor.Part.SUBJECT && mentions(one, p));
    }

    /** What a question without a question word asks by its noun ("Date of the talks"), if it does. */
    default Optional<NounAsk> nounAsk(String questionWithoutNames) {
        return Optional.empty();
    }

    /**
     * The nouns a question without a question word asks in its last part, joined by a conjunction ("Galushka on
     * investment: amount and number of projects?", "сумма и число проектов?", "所在地と患者数を。"), one for each; none
     * when the part asks one thing.
     */
    default List<NounAsk> joinedNounAsks(String questionWithoutNames) {
        return List.of();
    }

    /** What a search of keywords alone asks by its last noun of a kind ("lavrov kono meeting 2017 city"), if it does. */
    default Optional<NounAsk> keywordAsk(String questionWithoutNames) {
        return Optional.empty();
    }

    /** Whether a conjunction stands in the terms between two positions ("what is it <b>and</b> whose idea"). */
    default boolean conjunctionBetween(List<String> terms, int from, int to) {
        return false;
    }

    /**
     * The counted words with the words that count the same things ("события" and "мероприятия", "案件" and
     * "プロジェクト"), the words themselves first.
     */
    default java.util.Set<String> countedAlike(List<String> counted) {
        return new java.util.LinkedHashSet<>(counted);
    }

    /** What a searched count counts: the content words of the part of the search that asks it. */
    default List<String> countedIn(String part) {
        return List.of();
    }

    /**
     * A search's noun asking for a value.
     *
     * @param frame the frame it stands for
     * @param part the part of the search it stands in ("общее число мероприятий" of "Программа … — общее число
     *             мероприятий, со слов президента?")
     */
    record NounAsk(Frame frame, String part) {
    }

    /**
     * A question frame at a position of the terms.
     *
     * @param type the answer type it asks for
     * @param placeType for place frames, the granularity asked, if any
     * @param start index of its first term
     * @param length number of terms
     * @param noun the index of the noun asked about, which stays a content term ("外相" in "外相は誰"), or -1
     */
    record Frame(AnswerType type, Optional<org.rujp.bot.knowledge.EntityCard.PlaceType> placeType, int start, int length, int noun,
                 int nounTerms) {
        public Frame(AnswerType type, Optional<org.rujp.bot.knowledge.EntityCard.PlaceType> placeType, int start, int length, int noun) {
            this(type, placeType, start, length, noun, noun < 0 ? 0 : 1);
        }

        public Frame(AnswerType type, Optional<org.rujp.bot.knowledge.EntityCard.PlaceType> placeType, int start, int length) {
            this(type, placeType, start, length, -1);
        }
    }
}
