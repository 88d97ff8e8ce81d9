package org.rujp.bot.answer.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EntityCard;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;
import org.rujp.bot.retrieval.AliasExpander;

/**
 * The question analyser: the same steps in every language, with the language's {@link LanguageRules}.
 * <ol>
 *   <li>analyse the text into terms with the language's Lucene chain and find the entities it names;</li>
 *   <li>the answer type: the first question frame (English, Russian) or the most specific one (Japanese); a
 *       "who is X?" with nothing but a name asks for a description; an opening auxiliary asks yes or no;</li>
 *   <li>the parts: two or more frames of different kinds joined by a conjunction make a multi-part question;</li>
 *   <li>the focus: an attribute the question asks of an entity (its weather, population, successor) or a
 *       person's position; the part in the event its verb asks about ("who proposed");</li>
 *   <li>the constraints: a year named, the granularity of a place asked for.</li>
 * </ol>
 */
public final class LexiconQuestionAnalyser implements QuestionAnalyser {
    /** What stands for a name when the question frame is read: one word no lexicon has. */
    /** The types a noun of a time asks: "Year in which…", "Date on which…", "Month when…". */
    private static final java.util.Set<AnswerType> TIME_NOUNS = java.util.EnumSet.of(AnswerType.DATE, AnswerType.YEAR, AnswerType.MONTH);
    private static final String NAME = " " + LexiconRules.NAME + " ";
    /** All of a question up to the start of its last clause, after its last comma, semicolon or colon. */
    private static final Pattern LAST_CLAUSE = Pattern.compile("(?s)^.*[,;:，、]\\s*");
    /** A title Japanese writes after a person's name ("ガルシカ大臣", "ザハロワ報道官", "セコ氏"). */
    private static final Pattern TITLE_JA = Pattern.compile("(?:経済産業相|経済発展相|極東発展相|大統領|報道官|大臣|首相|外相|総裁|長官|次官|社長|会長|氏|さん)");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)[\\s\\p{Pd}]*(?:the\\s+)?$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
    /** Japanese is analysed by the most specific frame: a count beats a date word, a date beats a place. */
    private static final List<AnswerType> SPECIFICITY = List.of(AnswerType.NUMBER, AnswerType.AMOUNT, AnswerType.WEEKDAY, AnswerType.MONTH,
            AnswerType.YEAR, AnswerType.DATE, AnswerType.OCCASION, AnswerType.ORGANISATION, AnswerType.PLACE, AnswerType.PERSON, AnswerType.LIST,
            AnswerType.FACT);

    /** The attribute of who heads an organisation. */
    private static final String CHIEF = "chief";
    private static final Pattern BARE_NANI = Pattern.compile("何(?=[？?。！!、,\\s]|$)");
    private static final Pattern KANA_NAN = Pattern.compile("なん(?=[年月日人件回個つ週時])");
    /**
     * A relative clause after a noun and a comma, closed by a comma or a dash: "проект, куда заходят инвесторы, — что
     * строить?", "the city, where they met — what was agreed?", or after "the" and a noun or after a name, closed by a dash
     * or a colon. Its "куда" or "where" asks nothing.
     */
    private static final Pattern RELATIVE = Pattern.compile("(?iu)(?<=[\\p{L}»\"”]\\s?,\\s?)(?:куда|где|откуда|когда|where|when)(?=\\s[^,—–?？]+?(?:\\s?,|\\s?[—–]|\\s-)\\s)"
            // or in English right after "the" and a noun, closed by a dash or a colon: "the session where it was discussed - exact date"
            // (or a "who": "the minister who spoke in Tokyo on June 10, 2019 - how much did he say trade grew?")
            + "|(?<=\\b(?:the|a|an)\\s[\\p{L}-]{3,40}\\s)(?:where|when|who)(?=\\s[^—–?？:]+?(?:\\s?[—–:]|\\s-)\\s)"
            // or right after a name: "the meeting in Vladivostok where the projects were picked - what year?"
            + "|(?<=(?-i:\\p{Lu})[\\p{L}-]{2,40}\\s)(?:where|when)(?=\\s[^,—–?？:]+?(?:\\s?[—–:]|\\s-)\\s)");
    /** The words before and after "or" that may offer a choice: a few on each side, up to a stop. */
    private static final Pattern ALTERNATIVES = Pattern.compile(
            "(?iu)((?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}[\\p{L}\\p{N}'’.-]+)\\s*,?\\s+(?:or|или|либо)\\s+((?:by\\s+|the\\s+)?[\\p{L}\\p{N}'’.-]+(?:\\s+[\\p{L}\\p{N}'’.-]+){0,3})");
    /** Japanese: 「プーチンと安倍のどちら」「プーチンか安倍か」「プーチンそれとも安倍」. */
    private static final Pattern ALTERNATIVES_JA = Pattern.compile("([^、。？?]{1,15}?)(?:と|か|、?それとも)([^、。？?]{1,15}?)(?:のどちら|のどっち|か[？?。、]|かどっち|かどちら|、(?:どちら|どっち))");
    /** A post named by its role ("the post of Japanese Minister for Foreign Affairs", "пост министра"): a "who" asks its holder. */
    private static final Pattern POST_OF_A_ROLE = Pattern.compile("(?iu)\\b(?:post|position|office|job)\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:minister|secretary|spokes\\p{L}*|head|chief|chairman|president|ambassador)\\b"
            + "|(?<!\\p{L})(?:пост|должност)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:министр|глав|руководител|председател|посл|представител)");
    /** A bracketed aside (see {@link #withoutAsides}). */
    private static final Pattern ASIDE = Pattern.compile("[(（][^()（）]*[)）]");
    /** At most this many words after a question word that asks by a search before it ("… - which one exactly?"). */
    private static final int BARE_AFTER = 4;
    /** An option listed before the last "or": "<b>Putin,</b> Abe or Seko". */
    private static final Pattern LISTED_BEFORE = Pattern.compile("(?u)((?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}[\\p{L}\\p{N}'’.-]+)\\s*,\\s*$");
    /** Japanese options in a list: 「プーチン、安倍、世耕のどれ」「…のうち誰」. */
    private static final Pattern LIST_JA = Pattern.compile("((?:[^、。？?：:\\s]{1,15}、){1,5}[^、。？?：:\\s]{1,15}?)の(?:うち|中で)?(?:どれ|どちら|どっち|誰|だれ)");
    /** A question asking which of several: "which of them", "кто из", "какой из", "какого-то … — A или B". */
    private static final Pattern WHICH_OF = Pattern.compile("(?iu)\\bwhich\\b|(?<!\\p{L})(?:кто|как\\p{L}*|котор\\p{L}*)\\s+из(?!\\p{L})"
            + "|(?<!\\p{L})как\\p{L}*-то(?!\\p{L})"); // "город-побратим какого-то нашего города — Петербурга или Владивостока?"
    private final AliasExpander aliases;
    /** The country each person serves: "the Japanese minister Oreshkin met" is not Oreshkin. */
    private final CountriesServed served;
    private final Map<Lang, LanguageRules> rules = new EnumMap<>(Lang.class);
    private final Map<String, Pattern> namePatterns = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per person, their names with a Japanese title after them ("ガルシカ大臣"). */
    private final Map<String, Pattern> titledNames = new java.util.concurrent.ConcurrentHashMap<>();

    /** Per language, the words of the countries' names: no word of what a post is of ("Russian Foreign Ministry"). */
    private final Map<Lang, java.util.Set<String>> countryWords = new EnumMap<>(Lang.class);

    public LexiconQuestionAnalyser(AliasExpander aliases) {
        this.aliases = aliases;
        this.served = new CountriesServed(aliases.entities());
        for (Lang lang : Lang.values()) {
            LanguageRules r = LexiconRules.of(lang);
            rules.put(lang, r);
            java.util.Set<String> words = new HashSet<>();
            aliases.entities().stream().filter(e -> e.card().placeTypeIn(EntityCard.PlaceType.COUNTRY))
                    .forEach(country -> country.names().getOrDefault(lang, List.of()).forEach(n -> words.addAll(r.terms(n))));
            countryWords.put(lang, java.util.Set.copyOf(words));
        }
    }

    public LanguageRules rules(Lang lang) {
        return rules.get(lang);
    }

    @Override
    public InformationNeed analyse(String asked, Lang lang) {
        // 何 before a stop is なに, "what", never 何 and a counter: "プランって何？簡単に" counts nothing
        LanguageRules r = rules.get(lang);
        // なん before a counter's kanji is 何 written in kana: "なん月" asks the month as "何月" does
        String asWrittenQuestion = withoutAsides(withoutRelatives(r, r.withoutNameHedges(lang == Lang.JA
                ? BARE_NANI.matcher(KANA_NAN.matcher(asked).replaceAll("何")).replaceAll("なに") : asked)));
        List<Entity> entities = withoutLandmarks(r, asWrittenQuestion, aliases.expand(asWrittenQuestion).entities());
        String question = lang == Lang.JA ? withoutTitlesAfterNames(asWrittenQuestion, entities) : asWrittenQuestion;
        List<String> terms = r.terms(question);
        // Verbs and attributes are read without the names: "Russian Direct Investment Fund" invests nothing here.
        List<String> unnamed = r.terms(removeNames(question, entities));
        // "True or false: in which year…" judges a statement: its question words ask nothing of their own
        boolean verdict = r.asksVerdict(question);
        List<LanguageRules.Frame> unnamedFrames = verdict ? List.of() : afterRestart(r, unnamed, r.frames(unnamed));
        // A frame is read with each name as one word: "which Russian Foreign Ministry official" is "which <name>
        // official", a person, not "which ... ministry"; as written when that tells more ("what Russian city")
        List<String> frameTerms = r.terms(replaceNames(question, entities, NAME));
        List<LanguageRules.Frame> frames = joinersDropped(r, frameTerms, r.frames(frameTerms));
        boolean asWritten = false; // the frame is seen only with the names' words ("what is the Year of ...")
        List<String> framed = frameTerms;
        if (frames.stream().findFirst().map(f -> f.type() == AnswerType.FACT).orElse(true)) {
            // (but not a time made of a name's own words: "What is the Year of Interregional Exchanges supposed to achieve?"
            // asks no year, "What is the year of the Cross Years?" does)
            List<String> outsideNames = frameTerms;
            List<LanguageRules.Frame> written = joinersDropped(r, terms, r.frames(terms)).stream()
                    .filter(f -> !TIME_NOUNS.contains(f.type())
                            || outsideNames.containsAll(terms.subList(f.start(), Math.min(terms.size(), f.start() + f.length())))).toList();
            if (written.stream().findFirst().filter(f -> f.type() != AnswerType.FACT).isPresent() || frames.isEmpty()) {
                asWritten = written.stream().findFirst().filter(f -> f.type() != AnswerType.FACT).isPresent();
                frames = written;
                framed = terms;
            }
        }

        frames = askedSentenceFirst(r, question, entities, framed == frameTerms, framed, frames);
        frames = afterLeadingClause(r, question, entities, framed == frameTerms, framed, frames);
        frames = afterRestart(r, framed, frames);
        if (verdict) {
            frames = List.of();
        }

        Optional<LanguageRules.NounAsk> searched = Optional.empty();
        boolean keywords = frames.isEmpty() && !question.strip().endsWith("?") && !question.strip().endsWith("？");
        // no question word, or only a bare one after the search ("osaka's twin city on the russian side - which one
        // exactly?"): a search by its noun ("Date of the talks", "Дата встречи", "会談の日付")
        // ("Abe's figurative line on the cross years - what quality did he say …" asks by its own words: no search)
        boolean bare = frames.size() == 1 && frames.get(0).type() == AnswerType.FACT && frames.get(0).noun() < 0
                && frames.get(0).start() > 0 && framed.size() - frames.get(0).start() - frames.get(0).length() <= BARE_AFTER
                // a Japanese 何 with a verb after it is its object ("…を何にたとえた？"), not a bare "what is it"
                && (lang != Lang.JA || r.closesOnly(framed.subList(frames.get(0).start() + frames.get(0).length(), framed.size())));
        // (not a figure given to be confirmed: "…6 billion dollars into the region. Or was it more?" asks the sum, not
        // the region; "…in the Leningrad region. correct?" asks the place)
        // (a figure of a statement the question quotes is no figure given: "「2018年は…」って言った報道官、名前なんでしたっけ？")
        // (nor "…って言ってた人 名前なんだっけ": what was it again asks to be reminded, a figure or none)
        boolean figureToConfirm = (r.asksConfirmation(terms) && !RECALLED.matcher(question).find() || r.endsWithTag(question))
                && withoutQuotedStatements(question).chars().anyMatch(Character::isDigit)
                || r.quotesClaim(question) && question.chars().anyMatch(Character::isDigit);
        // nor a yes-or-no clause after a comma: "Of the 150 initiatives Tokyo ran, were most done in person or remotely?"
        // (English, whose auxiliary opens the clause; Russian "ли" and Japanese "か" are read anywhere already)
        boolean lastClauseAsksYesOrNo = lang == Lang.EN && r.asksYesOrNo(r.terms(LAST_CLAUSE.matcher(question).replaceFirst("")));
        // a noun of a time first, with the relative clause telling which: "Year in which Abe put the plan forward?"
        // (its "which" asks nothing of its own)
        Optional<LanguageRules.NounAsk> timeFirst = frames.size() == 1 && frames.get(0).type() == AnswerType.FACT && frames.get(0).start() <= 2
                ? r.nounAsk(replaceNames(question, entities, NAME)).filter(n -> n.frame().start() == 0 && TIME_NOUNS.contains(n.frame().type()))
                : Optional.empty();
        if (timeFirst.isPresent()) {
            searched = timeFirst;
            frames = List.of(timeFirst.get().frame());
        } else if ((frames.isEmpty() || bare) && !r.asksYesOrNo(terms) && !figureToConfirm && !lastClauseAsksYesOrNo && !verdict) {
            String unnamedQuestion = replaceNames(question, entities, NAME);
            // a search of keywords asks by its last noun before any other ("deputy foreign minister talks month")
            searched = r.keywordAsk(unnamedQuestion).or(() -> r.nounAsk(unnamedQuestion));
            frames = searched.map(n -> List.of(n.frame())).orElse(frames);
        }
        Optional<LanguageRules.Frame> main = r.earliestFrameDecides()
                ? frames.stream().findFirst()
                : frames.stream().min(java.util.Comparator.comparingInt(f -> SPECIFICITY.indexOf(f.type())));
        // a bare "what" or "which" and a request to list: "Which are they? List them.", "Какие они? Перечисли."
        if (main.filter(f -> f.type() == AnswerType.FACT && f.noun() < 0).isPresent()) {
            Optional<LanguageRules.Frame> listed = frames.stream().filter(f -> f.type() == AnswerType.LIST).findFirst();
            main = listed.isPresent() ? listed : main;
        }
        // a bare "who" and later the name of a body asked for ("с кем из бизнеса … название фирмы нужно"): the body
        Optional<LanguageRules.Frame> body = frames.stream()
                .filter(f -> f.type() == AnswerType.ORGANISATION && f.noun() >= 0).findFirst();
        if (main.filter(f -> f.type() == AnswerType.PERSON && f.length() == 1 && f.noun() < 0).isPresent() && body.isPresent()
                && frames.stream().filter(f -> f.type() == AnswerType.PERSON).allMatch(f -> f.length() == 1 && f.noun() < 0)) {
            main = body;
        }
        // "Много там народу лечилось?": no question word, and a word of many first, asks how many
        AnswerType type = verdict ? AnswerType.YES_NO : main.map(LanguageRules.Frame::type).orElse(r.opensWithMany(r.terms(Sentences.asking(question))) ? AnswerType.NUMBER
                : r.asksYesOrNo(terms) ? AnswerType.YES_NO : AnswerType.FACT);
        if (type == AnswerType.FACT && r.asksChangeBy(question)) {
            type = AnswerType.AMOUNT; // "what did trade grow by?"
        }
        Optional<EntityCard.PlaceType> placeType = main.flatMap(LanguageRules.Frame::placeType);

        // referring back to someone for an attribute only people have takes a personal pronoun: "how is he", not
        // "это были живые встречи" (in-person meetings)
        boolean asksOrganisation = type == AnswerType.ORGANISATION;
        boolean asksPerson = type == AnswerType.PERSON;
        boolean asksOccasion = type == AnswerType.OCCASION;
        // who the question is asked for is no attribute asked: "our governor wants to know in which city …"
        // nor what the writer's context before a colon speaks of: "a brief on Japanese capital …: how much …"
        // nor what a statement quoted says ("«как подчеркнул глава государства, …» — это говорил Путин?" asks no chief)
        String askedOfIt = withoutQuotedStatements(r.withoutWritersContext(r.afterAskers(question)));
        boolean whole = askedOfIt.length() == question.length();
        List<String> attributeTerms = whole ? unnamed : r.terms(removeNames(askedOfIt, entities));
        List<String> attributesNamed = r.attributes(attributeTerms, whole ? frameTerms : r.terms(replaceNames(askedOfIt, entities, NAME)));
        boolean toAPerson = r.asksHuman(terms) || terms.stream().anyMatch(t -> r.possessive(t) && r.refersBack(List.of(t)));
        Optional<String> attribute = attributesNamed.stream().filter(a -> AttributeKinds.standard().asked(a, entities,
                        r.refersBack(terms) && (!AttributeKinds.standard().ofPersonsOnly(a) || toAPerson)))
                .filter(a -> !AttributeKinds.standard().ambiguous(a) || askedNextToIts(r, question, entities, a))
                .filter(a -> !(a.equals("birth") && asksOrganisation)) // "which ministry is he from": his, not his birthplace
                // "プーチンのふるさと…の街で開かれていた国際会議は何": the home city describes where, a meeting is asked
                .filter(a -> !(a.equals("birth") && asksOccasion))
                // "к какой партии принадлежал глава МИД Японии Коно": a chief is asked only by asking for a person
                // (nor one asked with whom the chief met: "с кем глава японского МИДа вёл переговоры" asks who was with him)
                .filter(a -> !a.equals(CHIEF) || asksPerson && !r.asksAnother(terms)).findFirst();
        // "how old is the foreign ministry spokeswoman", "日本の首相の後任": of the person a title describes
        List<Entity> described = List.of();
        // (asked of the person, not of the ministry the post is of: "the age of the Russian foreign ministry spokeswoman")
        if (entities.stream().noneMatch(e -> e.kind() == Entity.Kind.PERSON)) {
            Optional<String> ofPersons = attribute.or(() -> attributesNamed.stream().findFirst()).filter(AttributeKinds.standard()::ambiguousOfPersons);
            described = ofPersons.map(a -> describedPersons(r, question, entities, a)).orElse(List.of());
            attribute = described.isEmpty() ? attribute : ofPersons;
        }
        boolean nameOnly = !entities.isEmpty() && r.contentTerms(unnamed).isEmpty();
        // or its asking sentence alone, after one telling what the writer is doing: "Слайды готовлю. Кто такой Орешкин?"
        String askingSentence = Sentences.asking(question);
        String askingWithoutNames = removeNames(askingSentence, entities);
        List<String> askingUnnamed = r.terms(askingWithoutNames);
        boolean askingNameOnly = !nameOnly && askingSentence.length() < question.strip().length() && !askingSentence.equals(askingWithoutNames)
                && r.contentTerms(askingUnnamed).isEmpty() && r.asksWhatItIs(askingUnnamed) && !r.refersBack(r.terms(askingSentence));
        boolean asksHolder = type == AnswerType.PERSON && POST_OF_A_ROLE.matcher(question).find(); // "who held the post of …"
        if (attribute.isEmpty() && r.asksPosition(terms) && entities.stream().anyMatch(e -> e.kind() == Entity.Kind.PERSON) && !asksHolder
                && !r.asksCounterpart(terms) // "Oreshkin's counterpart: name and title?" asks the other one's
                && !ofAnotherCountry(r, terms, entities) // "как звали японского министра, с которым Орешкин встречался"
                && (type == AnswerType.FACT || type == AnswerType.PERSON || type == AnswerType.YES_NO || type == AnswerType.ORGANISATION)) {
            type = AnswerType.DESCRIPTION; // "which ministry does Oreshkin head": his post, not a ministry near his name
            attribute = Optional.of("position");
        } else if ((nameOnly && r.asksWhatItIs(unnamed) || askingNameOnly) && attribute.isEmpty() // also "Galushka, who is he?"
                && (type == AnswerType.FACT || type == AnswerType.PERSON || type == AnswerType.YES_NO || asWritten)) {
            type = AnswerType.DESCRIPTION;
        } else if (type == AnswerType.PERSON && attribute.isEmpty() && unnamedFrames.size() == 1 && onlyLinking(r, unnamed, unnamedFrames.get(0))
                && (entities.size() == 1 && entities.get(0).kind() == Entity.Kind.PERSON || entities.isEmpty() && r.refersBack(terms) && r.asksHuman(terms))) {
            // "seko who", "世耕 誰", "Захарова - who is she", "а он кто вообще?": a name, or a pronoun for one, and a bare
            // "who" ask who the person is
            type = AnswerType.DESCRIPTION;
        } else if ((type == AnswerType.PERSON || type == AnswerType.FACT) && attribute.isEmpty() && describedThenWhatDone(r, question, entities)) {
            type = AnswerType.DESCRIPTION; // "Галушка — это кто такой, что он там про японские деньги рассказывал?": his card
        } else if (type == AnswerType.FACT && frames.isEmpty() && r.asksYesOrNo(terms)) {
            type = AnswerType.YES_NO;
        }

        List<AnswerType> parts = new ArrayList<>();
        List<List<String>> partCounted = new ArrayList<>();
        List<LanguageRules.Frame> partFrames = new ArrayList<>();
        // question words side by side list asks as a conjunction joins them: "Lavrov Kono mtg - when, where?"
        boolean listed = java.util.stream.IntStream.range(1, unnamedFrames.size()).anyMatch(i -> unnamedFrames.get(i - 1).type().wantsValue()
                && unnamedFrames.get(i).type().wantsValue() && unnamedFrames.get(i - 1).type() != unnamedFrames.get(i).type()
                && unnamedFrames.get(i).start() == unnamedFrames.get(i - 1).start() + unnamedFrames.get(i - 1).length());
        if (r.hasConjunction(terms) || !r.earliestFrameDecides() || listed) { // Japanese joins asks with て-forms and commas
            // read without the names: "how many of the eight-point plan's projects" counts projects, not points
            LanguageRules.Frame previous = null;
            for (LanguageRules.Frame f : unnamedFrames) {
                List<String> counts = f.type() == AnswerType.NUMBER ? counted(r, unnamed, List.of(f)) : List.of();
                // the same kind twice only when it counts other things ("how many people ... and how many events")
                boolean again = parts.contains(f.type()) && (f.type() != AnswerType.NUMBER || partCounted.contains(counts));
                // a count and then "how much" one or two words apart ask one thing: "人数ってどれくらい"; so do a
                // coarser and a finer time ("何月何日", "何年何月"), asking the finer
                boolean near = previous != null && f.start() - (previous.start() + previous.length()) <= 2;
                boolean sameAsk = near && previous.type() == AnswerType.NUMBER && f.type() == AnswerType.AMOUNT;
                boolean finerTime = near && finer(previous.type(), f.type()) && !parts.isEmpty()
                        && parts.get(parts.size() - 1) == previous.type();
                // ... and "how much" of a count: "どのくらいの数" asks how many ("いくら、何件" asks both)
                boolean countAsked = previous != null && previous.type() == AnswerType.AMOUNT && f.type() == AnswerType.NUMBER
                        && f.start() == previous.start() + previous.length() && unnamed.get(f.start()).startsWith("の")
                        && !parts.isEmpty() && parts.get(parts.size() - 1) == AnswerType.AMOUNT
                        && !parts.subList(0, parts.size() - 1).contains(AnswerType.NUMBER);
                // ... and a noun of places right before a count is what it counts: "ロシアの地域はいくつ参加した"
                boolean placesCounted = previous != null && previous.type() == AnswerType.PLACE && f.type() == AnswerType.NUMBER
                        && f.start() == previous.start() + previous.length() && !parts.isEmpty() && parts.get(parts.size() - 1) == AnswerType.PLACE;
                if (placesCounted) {
                    counts = counted(r, unnamed, List.of(previous, f));
                }
                if (finerTime || countAsked || placesCounted) { // the later frame asks in place of the one before (a time counts nothing)
                    parts.set(parts.size() - 1, f.type());
                    partCounted.set(partCounted.size() - 1, counts);
                    partFrames.set(partFrames.size() - 1, f);
                    type = parts.size() == 1 ? f.type() : type;
                } else if (f.type().wantsValue() && !again && !sameAsk) {
                    parts.add(f.type());
                    partCounted.add(counts);
                    partFrames.add(f);
                }
                previous = f.type().wantsValue() ? f : previous;
            }
        }
        // a noun after the last comma asks one more value: "JP PM who proposed the 8-pt plan, yr?"
        Optional<AnswerType> trailing = type.wantsValue() && !unnamedFrames.isEmpty() ? trailingNounAsk(r, replaceNames(Sentences.asking(question), entities, NAME))
                : Optional.empty();
        if (trailing.isPresent() && (parts.isEmpty() ? trailing.get() != type : !parts.contains(trailing.get()))) {
            if (parts.isEmpty()) {
                parts.add(type);
                partCounted.add(List.of());
                partFrames.add(unnamedFrames.get(0));
            }
            parts.add(trailing.get());
            partCounted.add(List.of());
        }
        if (!type.wantsValue() && parts.size() == 1 && r.earliestFrameDecides() && type != AnswerType.DESCRIPTION) {
            // "what is the eight-point plan and whose idea was it?": the value asked after "and" leads, the fact
            // describes (not a relative "куда" before it: "в чём суть проекта, куда японские и корейские …")
            AnswerType besides = parts.get(0);
            Optional<LanguageRules.Frame> value = unnamedFrames.stream().filter(f -> f.type() == besides).findFirst();
            int opening = unnamedFrames.isEmpty() ? 0 : unnamedFrames.get(0).start();
            if (value.isPresent() && r.conjunctionBetween(unnamed, opening, value.get().start())
                    && joinsClauses(r, r.terms(replaceNames(Sentences.asking(question), entities, NAME)), besides)) {
                type = besides;
                placeType = value.get().placeType().isPresent() ? value.get().placeType() : placeType;
            }
        }
        if (parts.size() < 2 || !type.wantsValue()) {
            parts = List.of(type);
            partCounted = List.of();
        } else if (!r.earliestFrameDecides()) {
            type = parts.get(0);
        }
        // "Galushka on investment: amount and number of projects?", "сумма и число проектов?": a searched noun joined to another
        List<LanguageRules.NounAsk> joined = (searched.isPresent() || type.wantsValue()) && parts.size() < 2
                ? r.joinedNounAsks(replaceNames(question, entities, NAME)) : List.of();
        if (!joined.isEmpty()) {
            parts = joined.stream().map(n -> n.frame().type()).toList();
            parts = parts.stream().allMatch(t -> t == AnswerType.NUMBER) ? parts : parts.stream().distinct().toList(); // two counts stay two
            partCounted = joined.stream().map(n -> n.frame().type() == AnswerType.NUMBER ? r.countedIn(n.part().replace(NAME.strip(), " "))
                    : List.<String>of()).toList();
            type = parts.get(0);
            placeType = joined.stream().map(n -> n.frame().placeType()).flatMap(Optional::stream).findFirst(); // "date and city": a city
        }

        Optional<Integer> year = Optional.empty();
        Matcher m = YEAR.matcher(r.withoutSourceDates(CountsLikeYears.blanked(question)));
        if (m.find()) {
            year = Optional.of(Integer.parseInt(m.group(1)));
        }
        Set<String> termSet = new HashSet<>(terms);
        List<String> asking = unnamed;
        List<String> askingNamed = terms;
        int lastFrameEnd = unnamedFrames.stream().mapToInt(f -> f.start() + f.length()).max().orElse(unnamed.size());
        if (!r.earliestFrameDecides() && r.closesOnly(unnamed.subList(lastFrameEnd, unnamed.size()))) {
            // "…企業ってどこって書いてあった？": what follows the last question word hedges, it names no act
            // (unlike "誰が明かした")
            asking = unnamed.subList(0, lastFrameEnd);
            askingNamed = asking;
        }
        // the act is read from the question word that asks the type: "Что за план, на который ссылаются, и чей он?" asks
        // whose by "чей", not by "что"
        AnswerType askedType = type;
        // (a noun searched for asks where it stands: "…を発表したロシア外務省の報道官、…表記を教えて" asks the spokeswoman who
        // announced, not the talks announced)
        Optional<LanguageRules.NounAsk> noun = searched;
        int askedAt = unnamedFrames.stream().filter(f -> f.type() == askedType).findFirst().or(() -> unnamedFrames.stream().findFirst())
                .map(f -> f.start() + f.length())
                .or(() -> noun.map(n -> withoutNamesBefore(r.terms(replaceNames(question, entities, NAME)), n.frame().start() + n.frame().length())))
                .orElse(0);
        Optional<Slots.Actor.Part> part = partInTheQuestionsSentence(r, question, entities)
                .orElse(type == AnswerType.PERSON || type == AnswerType.ORGANISATION
                        ? r.partOfWhatWasSaid(asking, askedAt)
                        : r.part(asking, askedAt));
        if (lang == Lang.JA && type == AnswerType.ORGANISATION && part.filter(p -> p == Slots.Actor.Part.SPEAKER).isPresent()
                && askedAt <= asking.size() && asking.subList(0, askedAt).contains("が")) {
            part = Optional.empty(); // "大臣が…言ってた日本の会社ってどこ": the minister said it, the firm is what was said of
        }
        if (type.isTime() && asksTheTimeSaid(question, lang)) {
            part = Optional.empty(); // "когда, по словам МИД, встретятся министры": the meeting's time, not that of the words
        }
        if (type == AnswerType.PLACE && !unnamedFrames.isEmpty() && part.filter(p -> p != Slots.Actor.Part.PARTICIPANT).isPresent()
                && r.askedAsSubject(unnamed, unnamedFrames.get(0).start() + unnamedFrames.get(0).length())) {
            // "どこが報じたんですか": a where that did the act is a body: an agency, a ministry, a firm
            type = AnswerType.ORGANISATION;
            parts = parts.isEmpty() ? parts : java.util.stream.Stream.concat(java.util.stream.Stream.of(type), parts.stream().skip(1)).distinct().toList();
            placeType = Optional.empty();
        }
        if (type == AnswerType.PLACE && parts.size() == 1 && r.asksSource(asking)) {
            // "Откуда эти цифры?", "where does that figure come from?": the facts with their sources, no place
            type = AnswerType.FACT;
            parts = List.of(type);
            placeType = Optional.empty();
        }
        boolean mediumAsked = parts.contains(AnswerType.ORGANISATION) && r.mentions(askingNamed, Slots.Actor.Part.REPORTER);
        if (mediumAsked && part.filter(p -> p == Slots.Actor.Part.REPORTER).isPresent() && parts.contains(AnswerType.PERSON)) {
            // "誰が報じたの？どこのメディア？", "who reported it, which outlet?": one reporter asked twice
            type = AnswerType.ORGANISATION;
            parts = List.of(type);
            partCounted = List.of();
        } else if (part.filter(p -> p == Slots.Actor.Part.REPORTER).isPresent() && type == AnswerType.PERSON
                && (!r.cites(terms) || r.asksHuman(terms.stream().filter(t -> !r.refersBack(List.of(t))).toList()))) {
            part = Optional.of(Slots.Actor.Part.SPEAKER); // a person who "reported" spoke: publishers are organisations
            // (but "whom were they quoting" asks for the source, which may be an agency, unless a surname is asked)
        } else if (type == AnswerType.ORGANISATION && r.mentions(askingNamed, Slots.Actor.Part.REPORTER)) {
            part = Optional.of(Slots.Actor.Part.REPORTER); // "which news agency", "со ссылкой на какое агентство"
        }
        boolean asksCount = type == AnswerType.NUMBER;
        // a searched count counts the words of its part ("общее число мероприятий"), not what follows the search
        List<String> counted = searched.filter(n -> n.frame().type() == AnswerType.NUMBER)
                .map(n -> r.countedIn(n.part().replace(NAME.strip(), " ")))
                .or(() -> asksCount ? countedBeforeABareCount(r, replaceNames(question, entities, NAME)) : Optional.empty())
                .orElseGet(() -> counted(r, unnamed, unnamedFrames));
        // "Putin or Abe?": names offered to choose from are no premise, and one of them may be the answer
        Set<String> offered = offered(question, lang);
        if (type == AnswerType.PERSON || type == AnswerType.ORGANISATION) {
            offered.addAll(guessed(r, question, entities)); // "who were they? Lavrov I think, and Kono?": guesses of the answer
        }
        List<Entity> premised = entities.stream().filter(e -> !offered.contains(e.id())).toList();
        boolean whichOfThem = lang == Lang.JA ? question.contains("どちら") || question.contains("どっち") || question.contains("どれ") // not "where"
                : type == AnswerType.FACT && offered.size() >= 2 && WHICH_OF.matcher(question).find(); // "which of these: A) Putin, B) Abe"
        if ((type == AnswerType.YES_NO || whichOfThem) && !offered.isEmpty() && parts.size() == 1) {
            // "Did Putin or Abe propose the plan?", "プーチンと安倍のどちら" ask which of them
            Optional<Entity.Kind> kind = entities.stream().filter(e -> offered.contains(e.id())).map(Entity::kind).distinct()
                    .reduce((a, b) -> a == b ? a : null);
            AnswerType before = type;
            AnswerType which = kind.map(k -> switch (k) {
                case PERSON -> AnswerType.PERSON;
                case ORGANISATION -> AnswerType.ORGANISATION;
                case PLACE -> AnswerType.PLACE;
                default -> before;
            }).orElse(before);
            type = which;
            parts = List.of(which);
        }
        List<Optional<Slots.Actor.Part>> partRoles = parts.size() == partFrames.size() ? partRoles(r, unnamed, partFrames) : List.of();
        if (!described.isEmpty()) {
            java.util.Set<String> postsOf = described.stream().flatMap(p -> p.card().positions().stream())
                    .flatMap(p -> p.of().stream()).collect(java.util.stream.Collectors.toSet());
            premised = java.util.stream.Stream.concat(premised.stream().filter(e -> !postsOf.contains(e.id())), described.stream()).toList();
        }
        // "who did the Japanese foreign minister hold talks with", "с кем встречался российский министр экономразвития",
        // "日本の外相は誰と会談した": the one a title describes is named, and another is asked
        // (a side named: "глава нашего МИДа" may be either's)
        boolean sideNamed = !r.nationalities(terms).isEmpty() || entities.stream().anyMatch(e -> e.card().placeTypeIn(EntityCard.PlaceType.COUNTRY)
                || e.kind() == Entity.Kind.ORGANISATION && served.of(e).isPresent());
        if (described.isEmpty() && type == AnswerType.PERSON && part.isPresent() && r.asksAnother(terms) && sideNamed
                && entities.stream().noneMatch(e -> e.kind() == Entity.Kind.PERSON)) {
            List<Entity> titled = describedPersons(r, question, entities, null);
            if (titled.isEmpty() && attributesNamed.contains(CHIEF)) { // "с кем глава японского МИДа …": the one heading it
                titled = aliases.entities().stream().filter(p -> p.kind() == Entity.Kind.PERSON && p.card().positions().stream()
                        .anyMatch(pos -> pos.of().filter(of -> entities.stream().anyMatch(e -> e.id().equals(of)
                                && e.kind() == Entity.Kind.ORGANISATION)).isPresent())).toList();
            }
            if (titled.size() == 1) { // (what the post is of is his, no premise of the fact: "日本の外相" met in Moscow)
                java.util.Set<String> postsOf = titled.get(0).card().positions().stream().flatMap(p -> p.of().stream())
                        .collect(java.util.stream.Collectors.toSet());
                served.of(titled.get(0)).ifPresent(postsOf::add);
                premised = java.util.stream.Stream.concat(premised.stream().filter(e -> !postsOf.contains(e.id())), titled.stream()).toList();
            }
        }
        if (askingNameOnly && type == AnswerType.DESCRIPTION) { // "I saw Seko on TV. Who is Oreshkin?": of Oreshkin
            premised = premised.stream().filter(e -> !askingSentence.equals(removeNames(askingSentence, List.of(e)))).toList();
        }
        if (TIME_NOUNS.contains(type) && parts.size() == 1) {
            java.util.Set<String> anchored = anchoredOnly(r, question);
            List<Entity> unanchored = premised.stream().filter(e -> !anchored.contains(e.id())).toList();
            premised = unanchored.isEmpty() ? premised : unanchored;
        }
        return new InformationNeed(lang, type, parts, placeType, attribute, premised, year, part, termSet,
                counted, partCounted, (r.refersBack(terms) || r.refersBackAsWritten(question))
                        && (entities.isEmpty() || refersToAPerson(r, terms) && entities.stream().noneMatch(e -> e.kind() == Entity.Kind.PERSON))
                        && !toldBefore(r, question),
                venues(question, premised, r, keywords), partRoles);
    }

    /**
     * The part in the event each part of a multi-part question asks about, by the verb between its frame and the next
     * ("where was the extension discussed, and who reported it": a participant, then a reporter); empty where a part's
     * own words name none. Japanese, whose verbs stand before their question words, keeps the whole question's part.
     */
    private static List<Optional<Slots.Actor.Part>> partRoles(LanguageRules r, List<String> unnamed, List<LanguageRules.Frame> frames) {
        if (!r.earliestFrameDecides()) {
            return List.of();
        }
        List<Optional<Slots.Actor.Part>> roles = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            LanguageRules.Frame f = frames.get(i);
            int end = i + 1 < frames.size() ? frames.get(i + 1).start() : unnamed.size();
            roles.add(f.start() < end ? r.part(unnamed.subList(f.start(), end), f.length()) : Optional.empty());
        }
        return roles;
    }

    /**
     * The entities offered as a choice ("Putin or Abe", "Путина или японского премьера", "プーチンと安倍のどちら"): named
     * on either side of an "or" whose other side names an entity of the same kind or describes one.
     */
    private Set<String> offered(String question, Lang lang) {
        Set<String> offered = new HashSet<>();
        Matcher m = (lang == Lang.JA ? ALTERNATIVES_JA : ALTERNATIVES).matcher(question);
        while (m.find()) {
            List<Entity> left = aliases.expand(m.group(1)).entities();
            List<Entity> right = aliases.expand(m.group(2)).entities();
            if (left.isEmpty() || right.isEmpty()) {
                // a choice names something on both sides: in Japanese と and か are everywhere, and "by Putin, or am I
                // mixing things up?" offers no one but asks about Putin
                continue;
            }
            // the entity nearest the "or" on each side: "the plan of Putin or Abe"
            Optional<Entity> before = left.isEmpty() ? Optional.empty() : Optional.of(left.get(left.size() - 1));
            Optional<Entity> after = right.stream().findFirst();
            if (before.isPresent() && after.isPresent() && before.get().kind() != after.get().kind()) {
                continue; // "Abe's plan or the Cross Years": two things, no choice between answers
            }
            before.ifPresent(e -> offered.add(e.id()));
            after.ifPresent(e -> offered.add(e.id()));
            if (lang != Lang.JA && before.isPresent()) {
                listedBefore(question.substring(0, m.start(1)), before.get().kind()).forEach(e -> offered.add(e.id()));
            }
        }
        if (lang == Lang.JA) {
            Matcher list = LIST_JA.matcher(question);
            while (list.find()) {
                List<Entity> named = java.util.Arrays.stream(list.group(1).split("、"))
                        .map(option -> aliases.expand(option).entities()).filter(found -> !found.isEmpty())
                        .map(found -> found.get(found.size() - 1)).toList();
                if (named.size() >= 2 && named.stream().map(Entity::kind).distinct().count() == 1) {
                    named.forEach(e -> offered.add(e.id()));
                }
            }
        }
        return offered;
    }

    /** The fewest words of a quotation that make it a statement to leave out, not a name ("«Год Японии»"). */
    private static final int STATEMENT_WORDS = 4;

    /** The text with each quoted statement left out, its quotation marks kept: what it says is quoted, not asked. */
    static String withoutQuotedStatements(String text) {
        return LexiconRules.QUOTED.matcher(text).replaceAll(q -> Matcher.quoteReplacement(!statement(q.group(1).strip())
                ? q.group() : q.group().charAt(0) + "" + q.group().charAt(q.group().length() - 1)));
    }

    /** Whether a quoted text is a statement: four words or more, or in Japanese, which spaces no words, eight letters. */
    private static boolean statement(String quoted) {
        return quoted.split("\\s+").length >= STATEMENT_WORDS
                || quoted.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA) && quoted.length() >= 2 * STATEMENT_WORDS;
    }

    /** The position {@code at} of words holding names as {@link #NAME} in the same words without the names. */
    private static int withoutNamesBefore(List<String> withNames, int at) {
        String name = NAME.strip().toLowerCase(java.util.Locale.ROOT);
        return at - (int) withNames.subList(0, Math.min(at, withNames.size())).stream().filter(t -> t.equals(name)).count();
    }

    /**
     * The part asked of a question following sentences of context ("Zakharova mentioned a further round of talks. In which
     * month was that round to be held?"): read in its asking sentence ({@link Sentences#asking}) only, the context's acts ("mentioned")
     * being none of what is asked, so the part may be none. Not read so (empty) when the question is one sentence, when a
     * sentence before it is a question too ("чьё сообщение пересказывал? кто дал первым?"), when its last sentence has no
     * question word, or no act and no words but pronouns ("Who was it?").
     */
    private Optional<Optional<Slots.Actor.Part>> partInTheQuestionsSentence(LanguageRules r, String question, List<Entity> entities) {
        String asking = Sentences.asking(question);
        if (asking.equals(question.strip())) {
            return Optional.empty(); // one sentence, or questions one after the other ("…пересказывал? кто дал первым?")
        }
        List<String> lastTerms = r.terms(removeNames(asking, entities));
        List<LanguageRules.Frame> lastFrames = r.frames(lastTerms);
        if (lastFrames.isEmpty()) {
            return Optional.empty();
        }
        LanguageRules.Frame frame = lastFrames.get(0);
        Optional<Slots.Actor.Part> part = r.part(lastTerms, frame.start() + frame.length());
        // "Kono was to host his Russian counterpart. Who was it?", "… ahead of his meeting with Seko. Which minister?": a
        // question of nothing but its question word and a pronoun asks of the act before
        List<String> besidesFrame = new ArrayList<>(lastTerms.subList(0, frame.start()));
        besidesFrame.addAll(lastTerms.subList(frame.start() + frame.length(), lastTerms.size()));
        boolean ownWords = r.contentTerms(besidesFrame).stream().anyMatch(t -> !r.refersBack(List.of(t)));
        if (part.isPresent() || ownWords) {
            return Optional.of(part);
        }
        // "The minister mentioned a Japanese firm that supplies equipment for logistics centres. Which company was it?":
        // the firm supplies, it did not mention; the part is read after the last noun of the kind asked the context names
        String told = question.strip().substring(0, Math.max(0, question.strip().lastIndexOf(asking.strip())));
        List<String> toldTerms = r.terms(removeNames(told, entities));
        for (int i = toldTerms.size() - 1; frame.noun() >= 0 && i >= 0; i--) {
            if (r.headNounType(toldTerms.get(i)).filter(t -> t == frame.type()).isPresent()) {
                return Optional.of(r.part(toldTerms, i + 1));
            }
        }
        return Optional.empty();
    }


    /** The options listed before the first side of an "or" ("Putin, Abe or Seko"), of the kind of that side. */
    private List<Entity> listedBefore(String text, Entity.Kind kind) {
        List<Entity> listed = new ArrayList<>();
        String rest = text;
        Matcher m;
        while ((m = LISTED_BEFORE.matcher(rest)).find()) {
            List<Entity> named = aliases.expand(m.group(1)).entities();
            if (named.isEmpty() || named.get(named.size() - 1).kind() != kind) {
                break;
            }
            listed.add(named.get(named.size() - 1));
            rest = rest.substring(0, m.start());
        }
        return listed;
    }

    private static boolean finer(AnswerType coarse, AnswerType fine) {
        List<AnswerType> times = List.of(AnswerType.YEAR, AnswerType.MONTH, AnswerType.DATE);
        return times.contains(coarse) && times.contains(fine) && times.indexOf(fine) > times.indexOf(coarse);
    }

    /**
     * The places named as the venue: with a word of place before ("in Moscow", "в Москве") or after ("モスクワで") the name;
     * in a search of keywords, next to a word of meeting ("lavrov kono meeting moscow", "会談 モスクワ"), or a city or a
     * region anywhere in a search with such a word ("встреча лавров коно москва весна 2018").
     */
    private Set<String> venues(String question, List<Entity> entities, LanguageRules r, boolean keywords) {
        Set<String> venues = new HashSet<>();
        boolean searchOfAMeeting = keywords && r.mentions(r.terms(question), org.rujp.bot.knowledge.Slots.Actor.Part.PARTICIPANT);
        for (Entity e : entities) {
            if (e.kind() != Entity.Kind.PLACE) {
                continue;
            }
            Matcher name = namesAsWritten(e).matcher(question);
            while (name.find()) {
                Matcher before = LAST_WORD.matcher(question.substring(Math.max(0, name.start() - 12), name.start()));
                String after = question.substring(name.end(), Math.min(question.length(), name.end() + 2));
                if (before.find() && r.venueBefore(before.group(1).toLowerCase(java.util.Locale.ROOT)) || r.venueAfter(after)) {
                    venues.add(e.id());
                } else if (keywords && (nextToAMeeting(question, name, r) || e.card().cityOrRegion() && searchOfAMeeting)) {
                    venues.add(e.id()); // a country a search names with a meeting is a party to it as often as its venue
                }
            }
        }
        // a city or region joined to one that is a venue is one too: "in Osaka and Tokyo", "ヤロスラブリ州とモスクワ州で"
        // (not a country: "Cross Year Японии и России" names the sides)
        for (Entity e : entities) {
            if (e.kind() == Entity.Kind.PLACE && e.card().cityOrRegion() && !venues.contains(e.id()) && joinedToAVenue(question, e, entities, venues)) {
                venues.add(e.id());
            }
        }
        return venues;
    }

    /** Words joining two names of a list: "Osaka and Tokyo", "Ярославской и Московской", "ヤロスラブリ州とモスクワ州". */
    private static final Pattern NAME_JOINER = Pattern.compile("(?iu)\\s*(?:と|や|、|,|，|&|and|or|и|или)\\s*");

    private boolean joinedToAVenue(String question, Entity place, List<Entity> entities, Set<String> venues) {
        Matcher name = namesAsWritten(place).matcher(question);
        while (name.find()) {
            for (Entity venue : entities) {
                if (!venues.contains(venue.id()) || !venue.card().cityOrRegion()) {
                    continue;
                }
                Matcher other = namesAsWritten(venue).matcher(question);
                while (other.find()) {
                    String between = other.start() >= name.end() ? question.substring(name.end(), other.start())
                            : name.start() >= other.end() ? question.substring(other.end(), name.start()) : null;
                    if (between != null && NAME_JOINER.matcher(between).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the word before or after a name is a word of meeting ("meeting", "встреча", "会談"). */
    private static boolean nextToAMeeting(String question, Matcher name, LanguageRules r) {
        List<String> before = r.terms(question.substring(0, name.start()));
        List<String> after = r.terms(question.substring(name.end()));
        return !before.isEmpty() && r.mentions(List.of(before.get(before.size() - 1)), org.rujp.bot.knowledge.Slots.Actor.Part.PARTICIPANT)
                || !after.isEmpty() && r.mentions(List.of(after.get(0)), org.rujp.bot.knowledge.Slots.Actor.Part.PARTICIPANT);
    }

    /**
     * The question without a bracketed aside in its middle that names nothing ("投資実績（総額・案件数）を公表した大臣、氏名"
     * asks for the minister, not the sums the aside lists); an aside naming something ("RDIF (Russian Direct Investment
     * Fund)") or ending the question ("…予定地（州レベル）") stays.
     */
    private String withoutAsides(String question) {
        Matcher m = ASIDE.matcher(question);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            boolean last = question.substring(m.end()).replaceAll("[\\s?？.。!！]", "").isEmpty();
            boolean names = !aliases.expand(m.group()).entities().isEmpty();
            m.appendReplacement(kept, Matcher.quoteReplacement(last || names ? m.group() : " "));
        }
        m.appendTail(kept);
        return kept.toString();
    }

    /**
     * The names without the places the question gives only as landmarks near another thing it names ("Tsukuba, that
     * science city near Tokyo": Tokyo is none of what it asks about, nor a premise a fact must hold).
     */
    private List<Entity> withoutLandmarks(LanguageRules r, String question, List<Entity> entities) {
        if (entities.size() < 2) {
            return entities;
        }
        java.util.Set<String> landmarks = new java.util.HashSet<>();
        for (org.rujp.bot.retrieval.AliasExpander.Mention m : aliases.mentions(question)) {
            if (m.entity().kind() == Entity.Kind.PLACE && r.landmark(question.substring(0, m.start()), question.substring(m.end()))) {
                landmarks.add(m.entity().id());
            }
        }
        List<Entity> kept = entities.stream().filter(e -> !landmarks.contains(e.id())).toList();
        return kept.isEmpty() ? entities : kept;
    }

    /**
     * The names a question asking when gives only in a circumstance after what it asks about, in the same clause ("When
     * were Lavrov and Kono's talks in Moscow, after that Putin–Abe meeting in Vladivostok?": the meeting tells the time,
     * its people and place are no premise of the talks); none named before the circumstance too.
     */
    private java.util.Set<String> anchoredOnly(LanguageRules r, String question) {
        java.util.Set<String> anchored = new java.util.HashSet<>();
        java.util.Set<String> outside = new java.util.HashSet<>();
        for (org.rujp.bot.retrieval.AliasExpander.Mention m : aliases.mentions(question)) {
            if (!outside.isEmpty() && r.inCircumstance(question.substring(0, m.start()))) {
                anchored.add(m.entity().id());
            } else {
                outside.add(m.entity().id());
            }
        }
        anchored.removeAll(outside);
        return anchored;
    }

    /** The question without the word opening a {@link #RELATIVE} clause, when another question word asks. */
    private static String withoutRelatives(LanguageRules r, String question) {
        String unrelated = RELATIVE.matcher(question).replaceAll("");
        return !unrelated.equals(question) && (!r.frames(r.terms(unrelated)).isEmpty() || r.nounAsk(unrelated).isPresent()) ? unrelated : question;
    }

    /**
     * A Japanese question without the titles written after a person's name: "…とガルシカ大臣は言った" names the minister,
     * it does not ask who the minister is ("大臣は？").
     */
    private String withoutTitlesAfterNames(String question, List<Entity> entities) {
        String rest = question;
        for (Entity e : entities) {
            if (e.kind() == Entity.Kind.PERSON) {
                rest = titledNames.computeIfAbsent(e.id(), id -> Pattern.compile("(" + namesAsWritten(e).pattern() + ")"
                        + TITLE_JA.pattern(), Pattern.CASE_INSENSITIVE)).matcher(rest).replaceAll("$1");
            }
        }
        return rest;
    }

    /**
     * The frames without a first bare "что" that follows a word of its own clause and is followed by a question word:
     * "в 2019 новость что будет год обменов, у какого агентства взял?" asks which agency; that "что" joins the
     * clause of the news ("news that …") and asks nothing. Where the earliest frame decides only.
     */
    /** A sentence before the asking one that tells of something: "Japan ran 200 projects. How many were there?" */
    private static final Pattern TOLD_SENTENCE = Pattern.compile("^(.*?[.!。！])\\s*[^.!。！]*[?？]\\s*$", Pattern.DOTALL);

    /**
     * Whether the question tells of what it refers back to in a sentence of its own before the one asking ("Слышал,
     * что японцы провели двести проектов. Сколько их было на самом деле?"): "их" is those projects, not the last answer's.
     */
    private static boolean toldBefore(LanguageRules r, String question) {
        // (unless that sentence refers back itself: "その町では首脳会談もありましたよね。あれは何年？" is of the town told before)
        Matcher m = TOLD_SENTENCE.matcher(question.strip());
        return m.matches() && r.contentTerms(r.terms(m.group(1))).size() >= 3 && !r.refersBack(r.terms(m.group(1)));
    }

    /**
     * The frames without those of the sentences told before the one asked, when it asks a value itself: "Я где-то
     * читал, что из 130 проектов работают сорок. Сколько на самом деле?" asks how many, its "что" joins what was read.
     * Only of told sentences: a question before ("Что было раньше? …") keeps its frame.
     */
    private List<LanguageRules.Frame> askedSentenceFirst(LanguageRules r, String question, List<Entity> entities, boolean named,
                                                         List<String> framed, List<LanguageRules.Frame> frames) {
        // (a question word inside a sentence told before asks nothing either: "The minister who coordinated it praised
        // the clinic. How many patients had it seen?")
        if (frames.size() < 2 || frames.get(0).type() != AnswerType.FACT && frames.get(0).start() == 0 || frames.get(0).noun() >= 0) {
            return frames;
        }
        int mark = Math.max(question.lastIndexOf('?'), question.lastIndexOf('？'));
        int told = -1;
        for (int i = mark - 1; i >= 0 && told < 0; i--) {
            char c = question.charAt(i);
            if (c == '?' || c == '？') {
                return frames; // an earlier sentence asks too
            }
            told = c == '.' || c == '!' || c == '。' || c == '！' ? i : told;
        }
        if (told < 0) {
            return frames;
        }
        String before = question.substring(0, told + 1);
        List<String> beforeTerms = r.terms(named ? replaceNames(before, entities, NAME) : before);
        int boundary = beforeTerms.size();
        // a bare question word asks too when what came before had only a "что" of what was said: "Дмитриев сообщал, что
        // … в проект одной российской компании. Какой именно?" asks which company
        boolean toldOnly = frames.stream().allMatch(f -> f.start() >= boundary || f.type() == AnswerType.FACT && f.noun() < 0 && f.start() > 0);
        if (boundary > framed.size() || !framed.subList(0, boundary).equals(beforeTerms)
                || frames.stream().noneMatch(f -> f.start() >= boundary && (f.type().wantsValue() || toldOnly))
                || frames.stream().anyMatch(f -> f.start() < boundary && f.type() != AnswerType.FACT && (f.start() == 0 || f.length() > 1))) {
            return frames;
        }
        return frames.stream().filter(f -> f.start() >= boundary).toList();
    }

    /**
     * The frames after a clause that opens the question as part of it, when they ask something: "When Oreshkin spoke
     * in Tokyo, how much did trade grow?" asks how much, its "when" tells which occasion. A clause asking of its own
     * ("When was it extended, and by how much?") or a second ask joined to it keeps its frame.
     */
    private List<LanguageRules.Frame> afterLeadingClause(LanguageRules r, String question, List<Entity> entities, boolean named,
                                                         List<String> framed, List<LanguageRules.Frame> frames) {
        Matcher comma = CLAUSE_COMMA.matcher(question);
        if (frames.size() < 2 || !comma.find()) {
            return frames;
        }
        String clause = question.substring(0, comma.start());
        List<String> clauseTerms = r.terms(named ? replaceNames(clause, entities, NAME) : clause);
        int boundary = clauseTerms.size();
        // (nor a "что" of what was said after it: "Когда Захарова рассказала журналистам, что главы МИД встретятся…?")
        List<String> rest = r.terms(question.substring(comma.end()));
        if (!r.opensSubordinateClause(clauseTerms) || rest.isEmpty() || r.hasConjunction(rest.subList(0, 1))
                || WHAT_WAS_SAID.matcher(question.substring(comma.end())).lookingAt()
                || boundary > framed.size() || !framed.subList(0, boundary).equals(clauseTerms)
                || frames.stream().noneMatch(f -> f.start() >= boundary)) {
            return frames;
        }
        return frames.stream().filter(f -> f.start() >= boundary).toList();
    }

    private static final Pattern CLAUSE_COMMA = Pattern.compile("[,，]");
    /** A question word and "what was it again" closing a Japanese question: "名前なんだっけ", "誰でしたっけ". */
    private static final Pattern RECALLED = Pattern.compile("(?:何|なん|なに|誰|だれ|どなた|どこ|いつ|どれ|どっち|どちら|いくつ|いくら)(?:だ|でした|だった)っけ[？?。\\s]*$");

    /** The most words a question begun and given up before the next is begun: "when did the", "когда было". */
    private static final int RESTART_WORDS = 3;

    /**
     * The frames after a question begun and given up for another, as a speaker or a hurried writer restarts: "when did the
     * who met in Moscow" asks who, "когда было сколько мероприятий было" how many. Only a question word and words that ask
     * nothing of their own ("did", "the", "было", "это") stand before the next question word, with no conjunction to make
     * the two one question of two parts ("when and where"); two question words side by side are a list ("when, where?").
     * Japanese, whose question word closes the question, is read by what it closes with. Nor does a "что" after a
     * verb of saying ask anything, a question word after it does: "Орешкин говорил что торговля выросла вот на сколько".
     */
    private static List<LanguageRules.Frame> afterRestart(LanguageRules r, List<String> framed, List<LanguageRules.Frame> frames) {
        if (frames.size() < 2 || !r.earliestFrameDecides()) {
            return frames;
        }
        LanguageRules.Frame begun = frames.get(0);
        LanguageRules.Frame next = frames.get(1);
        if (begun.type() == AnswerType.FACT && begun.noun() < 0 && begun.length() == 1 && begun.start() > 0 && next.type().wantsValue()
                && begun.start() <= framed.size() && r.mentions(framed.subList(begun.start() - 1, begun.start()), Slots.Actor.Part.SPEAKER)) {
            // "Орешкин говорил что торговля выросла на сколько процентов": its "что" tells what was said, and asks nothing
            return frames.subList(1, frames.size());
        }
        int from = begun.start() + begun.length();
        int gap = next.start() - from;
        // (a question word alone: "what kind of meeting was it where …" asks the meeting, and where it was)
        if (!begun.type().wantsValue() || !next.type().wantsValue() || begun.type() == next.type() || gap < 1 || gap > RESTART_WORDS
                || begun.noun() >= 0 || begun.length() > 1
                || next.start() > framed.size() || r.hasConjunction(framed.subList(from, next.start()))) {
            return frames;
        }
        for (String t : framed.subList(from, next.start())) {
            if (!r.linking(t) && !r.opensOrFills(t) && !r.refersBack(List.of(t)) && !r.asksYesOrNo(List.of(t))) {
                return frames;
            }
        }
        return frames.subList(1, frames.size());
    }

    private static final Pattern WHICH_OF_ITS_OWN = Pattern.compile("(?iu)(?<!\\p{L})(?:which|какой|какая|какое|какие|какую|каких|каком)(?!\\p{L})|どの|どんな");

    /** Where a question asking who someone is may go on to ask what they did: a comma, "and", "и". */
    private static final Pattern DESCRIBED_THEN = Pattern.compile("(?iu)[,，、;]\\s*|\\s(?:and|и|а)\\s");

    /**
     * Whether the question asks who one person it names is, then what they did or said, by a bare "what" alone ("Who is
     * Galushka, and what did he say about Japanese money?", "Галушка — это кто такой вообще, что он там про японские
     * деньги рассказывал?"): the person's card tells both, where a fact would tell only the second.
     */
    private boolean describedThenWhatDone(LanguageRules r, String question, List<Entity> entities) {
        Matcher m = DESCRIBED_THEN.matcher(question);
        if (!m.find()) {
            return false;
        }
        // the first clause names one person alone ("Кто такой Сэко и за что он благодарил Россию?": Russia is the second's)
        List<Entity> named = aliases.expand(question.substring(0, m.start())).entities();
        if (named.size() != 1 || named.get(0).kind() != Entity.Kind.PERSON) {
            return false;
        }
        List<String> first = r.terms(removeNames(question.substring(0, m.start()), named));
        String after = question.substring(m.end());
        List<LanguageRules.Frame> rest = r.frames(r.terms(after));
        // (a "which" of its own asks a thing: "…и в какой проект готовы вложиться японские партнёры?")
        return !first.isEmpty() && r.contentTerms(first).isEmpty() && r.asksWhatItIs(first) && !rest.isEmpty()
                && rest.stream().allMatch(f -> f.type() == AnswerType.FACT && f.noun() < 0) && !WHICH_OF_ITS_OWN.matcher(after).find();
    }
    private static final Pattern WHAT_WAS_SAID = Pattern.compile("(?iu)\\s*(?:что|чтобы|будто|that)(?!\\p{L})");

    /**
     * Whether a conjunction between the question word opening the asking sentence and the later one asking the type
     * joins two asks, not two names: "what is the plan and whose idea was it?", not "what did Putin and Abe agree on
     * when they met?".
     */
    private static boolean joinsClauses(LanguageRules r, List<String> sentenceTerms, AnswerType asked) {
        String name = NAME.strip();
        List<String> terms = new ArrayList<>(sentenceTerms);
        for (int i = 1; i + 1 < terms.size(); i++) {
            if (terms.get(i - 1).equals(name) && terms.get(i + 1).equals(name) && r.hasConjunction(List.of(terms.get(i)))) {
                terms.set(i, name);
            }
        }
        List<LanguageRules.Frame> frames = r.frames(terms);
        Optional<LanguageRules.Frame> value = frames.stream().filter(f -> f.type() == asked).findFirst();
        // (a question word opening the question asks; one after a lead-in may be a conjunction: "Правда ли, что …")
        return frames.isEmpty() || frames.get(0).start() > 0 || value.isEmpty()
                || r.conjunctionBetween(terms, frames.get(0).start(), value.get().start());
    }

    private static List<LanguageRules.Frame> joinersDropped(LanguageRules r, List<String> terms, List<LanguageRules.Frame> frames) {
        if (!r.earliestFrameDecides() || frames.size() < 2) {
            return frames;
        }
        LanguageRules.Frame first = frames.get(0);
        boolean bare = first.type() == AnswerType.FACT && first.length() == 1 && first.noun() < 0 && first.start() > 0;
        if (!bare || r.linking(terms.get(first.start() - 1)) || frames.get(1).type() == AnswerType.FACT) {
            return frames;
        }
        return frames.subList(1, frames.size());
    }

    /**
     * What a "how many" question may count: the content terms after its frame ("how many <b>Russian patients</b>",
     * "сколько <b>мероприятий</b>"), or the counter of a Japanese frame (何<b>人</b>, 何<b>件</b>), or without one any
     * of the Japanese question's nouns (<b>作業部会</b>はいくつ).
     */
    /** The particles that set a Japanese question's topic ("プロジェクトは", "プロジェクトって"). */
    private static final java.util.Set<String> TOPIC_MARKS = java.util.Set.of("は", "って", "が");
    /** The words between a topic and いくつ that total it ("合わせて", "全部で", "全体で"). */
    private static final java.util.Set<String> TOTALLING = java.util.Set.of("合わせる", "合わせ", "全部", "全体", "で", "て", "計", "合計", "総数");

    /** A topic's mark at the end of a term read with it: "地域は". */
    private static final Pattern TOPIC_MARKED = Pattern.compile("(?:は|って)$");

    private static List<String> counted(LanguageRules r, List<String> terms, List<LanguageRules.Frame> frames) {
        for (LanguageRules.Frame f : frames) {
            if (f.type() != AnswerType.NUMBER) {
                continue;
            }
            if (!r.earliestFrameDecides()) {
                String last = terms.get(f.start() + f.length() - 1);
                // (a span counts as its counter: "何年間" asks a number of 年, as "何年延長" does)
                String counter = last.replaceFirst("^何", "").replaceFirst("^(\\p{IsHan}|[かカヶケ]月)間$", "$1");
                List<String> frame = terms.subList(f.start(), f.start() + f.length());
                int number = frame.contains("の数") ? frame.indexOf("の数") : frame.indexOf("数");
                int noun = f.start() + number - 1;
                noun = noun > 0 && terms.get(noun).equals("の") ? noun - 1 : noun;
                while (noun > 0 && r.countedIn(terms.get(noun)).isEmpty() && !terms.get(noun - 1).equals("の")) {
                    noun--; // "実施中の数": a suffix of a state ("中") counts what it is joined to
                }
                // (not a question word before it: "どのくらいの数" counts what the question names, as "その数" does)
                boolean asking = noun >= 0 && !r.frames(List.of(terms.get(noun))).isEmpty();
                if (number >= 0 && noun >= 0 && !asking && !r.refersBack(List.of(terms.get(noun) + "の")) && !r.refersBack(List.of(terms.get(noun)))) {
                    return withHeads(List.of(terms.get(noun))); // 案件の数, 人の数: the noun before it
                }
                if (number >= 0 && noun >= 0) { // "作業部会、その数": what was named before
                    return withHeads(withoutDates(r.contentTerms(terms.subList(0, noun))));
                }
                if (last.length() > 1 && last.endsWith("数")) {
                    return List.of(last.substring(0, last.length() - 1)); // 人数, 件数: the number of 人, of 件
                }
                if (counter.isEmpty() || counter.equals(last) && f.length() == 1 || r.genericCounted(counter)) { // 何個: any thing
                    // no counter ("いくつ"): what is counted is the noun the question sets as its topic just before it
                    // ("プロジェクトは、合わせていくつ"), else one of the question's nouns ("行事は全部でいくつぐらい")
                    int at = f.start() - 1;
                    while (at > 0 && (r.countAdverb(terms.get(at)) || TOTALLING.contains(terms.get(at)))) {
                        at--;
                    }
                    boolean nounAfter = f.start() + f.length() < terms.size() && terms.get(f.start() + f.length()).equals("の"); // いくつの項目
                    if (!nounAfter && at > 0 && TOPIC_MARKS.contains(terms.get(at)) && !r.contentTerms(List.of(terms.get(at - 1))).isEmpty()
                            && !r.refersBack(List.of(terms.get(at - 1)))) {
                        return withHeads(List.of(terms.get(at - 1)));
                    }
                    // (the topic read with its mark as one frame of places: "ロシアの地域はいくつ" counts 地域)
                    String topic = !nounAfter && at >= 0 ? TOPIC_MARKED.matcher(terms.get(at)).replaceFirst("") : "";
                    if (!topic.isEmpty() && !topic.equals(terms.get(at)) && !r.contentTerms(List.of(topic)).isEmpty()) {
                        return withHeads(List.of(topic));
                    }
                    return withHeads(withoutDates(r.contentTerms(terms)));
                }
                return List.of(counter);
            }
            if (f.noun() >= 0 && f.nounTerms() > 1 && f.noun() + f.nounTerms() <= terms.size()) {
                // "какое число проектов": проекты, not число; "what is the attendance figure": no noun but counting ones,
                // so what follows says what is counted
                List<String> named = terms.subList(f.noun(), f.noun() + f.nounTerms()).stream().filter(t -> !r.countNoun(t)).toList();
                if (!named.isEmpty()) {
                    return named;
                }
            }
            // the content words of the noun phrase after the frame: "how many Russian patients", "how many of the projects"
            int next = Math.min(f.start() + f.length(), terms.size());
            while (next < terms.size() - 1 && r.countAdverb(terms.get(next))) {
                next++; // "how many already are under way": what follows the adverb
            }
            boolean adverbsOnly = next == terms.size() - 1 && r.countAdverb(terms.get(next)); // "how many in total?"
            if (next < terms.size() && (r.auxiliary(terms.get(next)) || r.refersBack(List.of(terms.get(next))) || adverbsOnly
                    || r.linking(terms.get(next)) && !r.people(terms.get(next)))) {
                // "of the plan's projects, how many are under way", "рабочие группы — сколько их было", "из 130 проектов
                // сколько уже в работе": counted before the frame; "how many of those": what they refer to, not "those"
                return r.contentTerms(terms).stream().filter(t -> !r.refersBack(List.of(t)) && !r.countAdverb(t)).toList();
            }
            if (next < terms.size() && r.genericCounted(terms.get(next))) {
                return List.of(); // "how many things did Tokyo organise": any count the fact gives
            }
            // "the other count I saw, the one for events held in Russia": the writer's words count nothing
            while (next < terms.size() - 1 && r.writersWord(terms.get(next))) {
                next++;
            }
            List<String> counted = new ArrayList<>();
            if (next < terms.size() && !r.writersWord(terms.get(next))) {
                counted.add(terms.get(next)); // even a stop word of the analyser: "сколько человек"
            }
            r.contentTerms(terms.subList(next, Math.min(terms.size(), next + 8))).stream()
                    .filter(t -> !counted.contains(t) && !r.writersWord(t)).limit(6).forEach(counted::add);
            return counted;
        }
        return List.of();
    }

    /**
     * What a count asked alone in a clause of its own counts: the clause before it names it ("Tokio projects for
     * interregional yr: how many, mostly held how?" counts projects, not what the next clause asks). Empty when no
     * clause is a bare count.
     */
    private static Optional<List<String>> countedBeforeABareCount(LanguageRules r, String question) {
        String[] clauses = CLAUSE.split(question);
        for (int i = 1; i < clauses.length; i++) {
            List<String> clause = r.terms(clauses[i]);
            boolean bare = !clause.isEmpty() && r.frames(clause).stream()
                    .anyMatch(f -> f.type() == AnswerType.NUMBER && f.start() == 0 && f.length() == clause.size());
            if (bare) {
                List<String> before = r.contentTerms(r.terms(clauses[i - 1].replace(NAME.strip(), " "))).stream()
                        .filter(t -> !r.countNoun(t) && !t.chars().allMatch(Character::isDigit)).toList();
                return before.isEmpty() ? Optional.empty() : Optional.of(before);
            }
        }
        return Optional.empty();
    }

    /** Where a clause of a question ends: a comma, colon, semicolon, a dash between words, or a question mark before more. */
    private static final Pattern CLAUSE = Pattern.compile("[,;:：，、]|[?？](?=\\s*\\S)|\\s[-–—]\\s");

    /** Whether the terms are the frame and, besides it, only a linking verb, a word referring back or opening ("who is she", "а он кто"). */
    private static boolean onlyLinking(LanguageRules r, List<String> terms, LanguageRules.Frame frame) {
        for (int i = 0; i < terms.size(); i++) {
            boolean inFrame = i >= frame.start() && i < frame.start() + frame.length();
            if (!inFrame && !r.linking(terms.get(i)) && !r.refersBack(List.of(terms.get(i))) && !r.opensOrFills(terms.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The terms without the numbers of a date and their units ("2021 年 11 月" dates, it does not count). */
    private static List<String> withoutDates(List<String> terms) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            boolean number = t.chars().allMatch(Character::isDigit);
            boolean unit = i > 0 && terms.get(i - 1).chars().allMatch(Character::isDigit) && DATE_UNITS.contains(t);
            if (!(number && i + 1 < terms.size() && DATE_UNITS.contains(terms.get(i + 1))) && !unit) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** Each kanji compound followed by its last character, the counter it ends in: 案件 counts 件. */
    private static List<String> withHeads(List<String> terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            out.add(t);
            String head = t.length() >= 2 ? t.substring(t.length() - 1) : "";
            if (!head.isEmpty() && org.rujp.bot.knowledge.Scripts.only(t, Character.UnicodeScript.HAN) && !out.contains(head)) {
                out.add(head);
            }
        }
        return out;
    }

    private static final Set<String> DATE_UNITS = Set.of("年", "月", "日");

    /**
     * Whether a word of an attribute with other senses stands within four words of a name it may be asked of, or of a
     * pronoun: "рост Путина", "how tall is he", "プーチンの身長"; not "Орешкин в Токио говорил про рост товарооборота".
     */
    /**
     * Whether the question describes someone by a nationality none of the persons it names has: the post asked is of
     * that other one ("the Japanese minister Oreshkin met, and his post?").
     */
    private boolean ofAnotherCountry(LanguageRules r, List<String> terms, List<Entity> entities) {
        java.util.Set<String> countries = r.nationalities(terms);
        List<Entity> persons = entities.stream().filter(e -> e.kind() == Entity.Kind.PERSON).toList();
        return !countries.isEmpty() && !persons.isEmpty()
                && persons.stream().noneMatch(p -> served.of(p).filter(countries::contains).isPresent());
    }

    /** The last piece after a comma: a time or place noun alone ("…, yr?", "…, город?"), which asks its value; no figure. */
    private static Optional<AnswerType> trailingNounAsk(LanguageRules r, String asking) {
        int comma = Math.max(asking.lastIndexOf(','), asking.lastIndexOf('、'));
        if (comma < 0) {
            return Optional.empty();
        }
        String piece = asking.substring(comma + 1).replaceAll("[?？!！.。\\s]+$", "").strip();
        List<String> words = r.terms(piece);
        // (a figure after the comma is a guess to check: "どのくらい延長されたんだっけ、2年？")
        if (words.isEmpty() || words.size() > 2 || !r.frames(words).isEmpty() || piece.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return r.headNounType(words.get(words.size() - 1)).filter(TRAILING::contains);
    }

    /** The values a trailing noun asks: times and places. */
    private static final Set<AnswerType> TRAILING = java.util.EnumSet.of(AnswerType.YEAR, AnswerType.MONTH, AnswerType.DATE, AnswerType.PLACE);

    /**
     * Whether the words refer back to a person: a personal pronoun ("he", "её", "彼") or a word referring back before a word
     * for people ("その人", "this person", "этот человек"). Naming a country or a body besides ("その人のロシア政府での担当
     * ポストは") leaves the person to find in what was said before.
     */
    private static boolean refersToAPerson(LanguageRules r, List<String> terms) {
        // (after a question word asking for a person, a pronoun is the one asked: "who said he wanted …")
        int asked = r.frames(terms).stream().filter(f -> f.type() == AnswerType.PERSON).mapToInt(LanguageRules.Frame::start).min()
                .orElse(terms.size());
        for (int i = 0; i < asked; i++) {
            String t = terms.get(i);
            if (r.refersBack(List.of(t)) && (r.asksHuman(List.of(t)) || r.possessive(t)
                    || i + 1 < terms.size() && (r.people(terms.get(i + 1)) || r.asksHuman(List.of(terms.get(i + 1)))))) {
                return true;
            }
        }
        return false;
    }

    private boolean askedNextToIts(LanguageRules r, String question, List<Entity> entities, String attribute) {
        List<Entity> of = entities.stream().filter(e -> AttributeKinds.standard().askedOf(attribute, e)).toList();
        if (entities.isEmpty()) {
            // a follow-up naming no one: next to a personal pronoun referring back ("his party affiliation?", "её возраст")
            List<String> terms = r.terms(question);
            return terms.stream().distinct().filter(t -> r.refersBack(List.of(t)) && (r.asksHuman(List.of(t)) || r.possessive(t)))
                    .anyMatch(pronoun -> r.attributeNear(terms, attribute, pronoun));
        }
        List<String> named = r.terms(replaceNames(question, of, NAME));
        String name = NAME.strip();
        if (!of.isEmpty() && !named.contains(name)) {
            return true; // a name in a form its pattern does not reach: where it stands is unknown
        }
        // a title of theirs before the name is of the name: "родился министр экономического развития России Максим Орешкин"
        for (Entity e : of) {
            for (org.rujp.bot.knowledge.EntityCard.Position position : e.card().positions()) {
                named = r.titled(named, position.title(), name).orElse(named);
            }
        }
        return r.attributeNear(named, attribute, name);
    }

    /**
     * The persons a question describes by a title of their position and what it is of, with a word of the attribute
     * near the title: "the Russian foreign ministry spokeswoman" (Zakharova), "министр по развитию Дальнего Востока"
     * (Galushka: most words of his ministry's name), "日本の首相" (Abe). What it is of is named, its country said by
     * nationality, or two words of its name stand in the question. With no attribute (null), every person so described.
     */
    private List<Entity> describedPersons(LanguageRules r, String question, List<Entity> entities, String attribute) {
        List<String> terms = r.terms(question);
        List<String> named = r.terms(replaceNames(question, entities, NAME));
        java.util.Set<String> countries = new HashSet<>(r.nationalities(terms));
        entities.stream().filter(e -> e.card().placeTypeIn(EntityCard.PlaceType.COUNTRY)).forEach(e -> countries.add(e.id()));
        java.util.Set<String> words = new HashSet<>(r.contentTerms(terms));
        java.util.Set<String> countryWords = new HashSet<>(this.countryWords.get(r.lang()));
        terms.stream().filter(t -> !r.nationalities(List.of(t)).isEmpty()).forEach(countryWords::add);
        List<Entity> described = new ArrayList<>();
        Map<Entity, Integer> distances = new java.util.LinkedHashMap<>();
        for (Entity person : aliases.entities()) {
            if (person.kind() != Entity.Kind.PERSON) {
                continue;
            }
            for (EntityCard.Position position : person.card().positions()) {
                Optional<String> of = position.of();
                // the words of what it is of, when written out, belong to the description ("the foreign ministry spokeswoman")
                java.util.Set<String> ofWords = new HashSet<>();
                // (two of its words besides a country's, or all of them: "ロシア外務省" is written "外務省"; the
                // "Japanese foreign minister" is no minister of Russia's foreign ministry)
                of.flatMap(aliases::entity).ifPresent(e -> e.names().getOrDefault(r.lang(), List.of()).forEach(n -> {
                    List<String> nameWords = r.contentTerms(r.terms(n)).stream().filter(t -> !countryWords.contains(t)).toList();
                    java.util.Set<String> shared = new HashSet<>(nameWords);
                    shared.retainAll(words);
                    if (!shared.isEmpty() && (shared.size() >= 2 || shared.containsAll(nameWords))) {
                        ofWords.addAll(shared);
                    }
                }));
                // the country the person serves through the post's body: "the Japanese minister" is the minister of Japan's
                // economy ministry too, "Russia's economy minister" is not Japan's
                Optional<String> serves = served.of(person);
                // (by the country alone only when the question names no body: "глава российского МИДа" is no head of RDIF)
                boolean namesABody = entities.stream().anyMatch(e -> e.kind() == Entity.Kind.ORGANISATION);
                boolean ofIt = (of.filter(id -> entities.stream().anyMatch(e -> e.id().equals(id)) || countries.contains(id)).isPresent()
                        || !namesABody && serves.filter(countries::contains).isPresent() || !ofWords.isEmpty())
                        && !(countries.isEmpty() ? Optional.<String>empty() : serves).filter(c -> !countries.contains(c)).isPresent();
                Optional<List<String>> titled = r.titled(named.stream().filter(t -> !ofWords.contains(t)).toList(), position.title(), NAME.strip());
                if (ofIt && titled.filter(t -> attribute == null || r.attributeNear(t, attribute, NAME.strip())).isPresent()) {
                    List<String> t = titled.get();
                    int distance = attribute == null ? 0 : Integer.MAX_VALUE;
                    for (int at : attribute == null ? List.<Integer>of() : r.attributeAt(t, attribute)) {
                        for (int i = 0; i < t.size(); i++) {
                            distance = t.get(i).equals(NAME.strip()) ? Math.min(distance, Math.abs(i - at)) : distance;
                        }
                    }
                    distances.put(person, distance);
                    break;
                }
            }
        }
        // of several, those whose title stands nearest the attribute: "ロシア大統領と会談した日本の首相の、後任" asks of the prime minister
        int nearest = distances.values().stream().min(Integer::compare).orElse(0);
        distances.forEach((person, distance) -> {
            if (distance == nearest) {
                described.add(person);
            }
        });
        // and of those, the ones whose card tells more of the description: "the Japanese minister in charge of economic
        // cooperation with Russia" is the economy minister, not the foreign minister
        Map<Entity, Long> told = new java.util.HashMap<>();
        for (Entity person : described) {
            java.util.Set<String> card = new HashSet<>(r.contentTerms(r.terms(person.role() + " " + person.card().description(r.lang()).orElse(""))));
            told.put(person, words.stream().filter(card::contains).count());
        }
        long most = told.values().stream().max(Long::compare).orElse(0L);
        return described.stream().filter(p -> told.get(p).longValue() == most).toList();
    }

    /** The question with the names of its entities taken out: "Who is Oreshkin?" leaves "Who is ?". */
    private String removeNames(String question, List<Entity> entities) {
        return replaceNames(question, entities, " ");
    }

    /** {@link Entity#namesAsWritten}, compiled once per entity. */
    /**
     * The people and bodies the question gives as guesses of the one asked: a name followed by a question mark or a
     * hedge ("the Japanese one Kano? Kono?", "Lavrov I think", "Захарченко, что ли?"). They are no premise.
     */
    private Set<String> guessed(LanguageRules r, String question, List<Entity> entities) {
        Set<String> guessed = new HashSet<>();
        for (Entity e : entities) {
            if (e.kind() != Entity.Kind.PERSON && e.kind() != Entity.Kind.ORGANISATION) {
                continue;
            }
            Matcher m = namesAsWritten(e).matcher(question);
            while (m.find()) {
                // in a clause of its own, not one asking ("who else met Seko besides Oreshkin?" names him as a premise)
                int clause = m.start();
                while (clause > 0 && ",;:—–.?!？。、".indexOf(question.charAt(clause - 1)) < 0
                        && !(question.charAt(clause - 1) == '-' && clause >= 2 && question.charAt(clause - 2) == ' ')) {
                    clause--;
                }
                if (r.guessed(question.substring(m.end())) && r.frames(r.terms(question.substring(clause, m.start()))).isEmpty()) {
                    guessed.add(e.id());
                }
            }
        }
        return guessed;
    }

    private Pattern namesAsWritten(Entity e) {
        return namePatterns.computeIfAbsent(e.id(), id -> e.namesAsWritten());
    }

    /** A letter of a script that spaces its words: a name found ending inside a word of it takes the whole word. */
    private static final Pattern SPACED_LETTER = Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}]");

    /** Where the word a name found at {@code start} ends in stands: its end, or the end of its word in letters that space their words. */
    private static int wordEnd(String text, int start, int end) {
        while (end > start && end < text.length() && SPACED_LETTER.matcher(text.substring(end - 1, end + 1)).results().count() == 2) {
            end++;
        }
        return end;
    }

    /**
     * Whether a word found as a name is a word for people of it, which a count counts: "how many Russians went",
     * "сколько россиян".
     */
    private static boolean aPeople(String word) {
        Lang lang = org.rujp.bot.knowledge.Scripts.cyrillic(word) > 0 ? Lang.RU
                : word.codePoints().allMatch(c -> c < 128) ? Lang.EN : null;
        if (lang == null) {
            return false;
        }
        LanguageRules r = LexiconRules.of(lang);
        List<String> terms = r.terms(word);
        return terms.size() == 1 && r.people(terms.get(0));
    }

    private String replaceNames(String question, List<Entity> entities, String by) {
        // where a name stands in another case than the aliases write it ("итоги перекрёстных годов"), as found
        StringBuilder inflected = new StringBuilder(question);
        List<org.rujp.bot.retrieval.AliasExpander.Mention> found = aliases.mentions(question);
        for (int i = found.size() - 1; i >= 0; i--) {
            org.rujp.bot.retrieval.AliasExpander.Mention m = found.get(i);
            if (entities.contains(m.entity()) && (i == 0 || found.get(i - 1).end() <= m.start())) {
                // to the end of its word in letters that space their words: "Russians" leaves no "ns" behind
                int end = wordEnd(question, m.start(), m.end());
                if (!aPeople(question.substring(m.start(), end))) {
                    inflected.replace(m.start(), end, by);
                }
            }
        }
        String rest = inflected.toString();
        for (Entity e : entities) {
            Matcher m = namesAsWritten(e).matcher(rest);
            StringBuilder out = new StringBuilder();
            int kept = 0;
            while (m.find()) {
                if (m.start() < kept) {
                    continue;
                }
                int end = wordEnd(rest, m.start(), m.end());
                if (aPeople(rest.substring(m.start(), end))) {
                    continue;
                }
                out.append(rest, kept, m.start()).append(by);
                kept = end;
            }
            rest = out.append(rest.substring(kept)).toString();
        }
        return rest;
    }

    /**
     * A time asked inside what someone said: "When did the ministry say the ministers would meet?", "Когда, по словам
     * МИД, встретятся министры?", "外相会談をいつ開くと言っていましたか": the time the words gave, not when they were said.
     */
    private static final java.util.Map<Lang, java.util.regex.Pattern> TIME_SAID = java.util.Map.of(
            Lang.EN, java.util.regex.Pattern.compile("(?iu)\\bwhen\\b[^?.!]*?\\b(?:say|said|says|announce[ds]?|state[ds]?|tell|told|claim(?:s|ed)?)"
                    + "(?:\\s+that)?\\s+(?:[\\p{L}'-]+\\s+){1,6}?(?:would|will|was to|were to|is to|are to|should|going to)\\b"),
            Lang.RU, java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})когда(?!\\p{L})[^?.!]*?(?:по словам|по данным|по сообщению|согласно|как (?:сказал|заявил|сообщил)"
                    + "|(?:сказал|заявил|сообщил|объявил|говорил)\\p{L}*,?\\s+что\\s+[^?.!]*?(?:будет|будут|должн|пройд|состо|встрет|планир))"
                    + "|(?:по словам|согласно)[^?.!]*?(?<!\\p{L})когда(?!\\p{L})[^?.!]*?(?:будет|будут|должн|пройд|состо|встрет|планир)"),
            Lang.JA, java.util.regex.Pattern.compile("(?:いつ|何月|何年)[^。？?、]*?(?:と|って)(?:言|い[っういわ]|述べ|話し|発表|明らかに|伝え|報じ|説明)"));

    /** A time the words asked of already give: "…announce that the ministers would meet in spring?" asks when she said it. */
    private static final java.util.regex.Pattern TIME_GIVEN = java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?:spring|summer|autumn|fall|winter"
            + "|january|february|march|april|june|july|august|september|october|november|december|весн|лет(?:ом|о)(?!\\p{L})|осен|зим"
            + "|январ|феврал|март|апрел|мая|июн|июл|август|сентябр|октябр|ноябр|декабр)|(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /**
     * Whether the time a question asks is one that someone's words gave, not the time of the words: not when what they
     * said is asked with its time ("When did Zakharova announce that the ministers would meet in spring?").
     */
    public static boolean asksTheTimeSaid(String question, Lang lang) {
        java.util.regex.Matcher m = TIME_SAID.get(lang).matcher(question);
        if (!m.find()) {
            return false;
        }
        int end = m.end();
        while (end < question.length() && "?？.。!！".indexOf(question.charAt(end)) < 0) {
            end++;
        }
        int said = question.toLowerCase(java.util.Locale.ROOT).indexOf(lang == Lang.JA ? "いつ" : lang == Lang.RU ? "когда" : "when", m.start());
        return lang == Lang.JA || !TIME_GIVEN.matcher(question.substring(Math.max(said, m.start()) + 4, end)).find();
    }

}
