package org.rujp.bot.answer.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rujp.bot.knowledge.EntityCard;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;
import org.rujp.bot.yaml.YamlNode;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * {@link LanguageRules} read from a lexicon ({@code lexicon/<lang>.yaml} on the class path) and a Lucene
 * analysis chain: Porter stems for English, Snowball stems for Russian (ё read as е), Kuromoji base forms
 * for Japanese. Lexicon phrases go through the same chain as questions, so one entry covers every
 * inflected form. No stop words are removed: question words are what frames are made of.
 */
public final class LexiconRules implements LanguageRules {
    private static final Map<Lang, LexiconRules> LOADED = new EnumMap<>(Lang.class);
    /** The word standing for a name in a question read with its names replaced, and in a lexicon phrase holding one. */
    public static final String NAME = "xname";
    /** A name's place in a lexicon phrase, as the lexicon writes it: "next NAME". */
    private static final Pattern NAME_IN_LEXICON = Pattern.compile("(?<![A-Za-z])NAME(?![A-Za-z])");

    private final Lang lang;
    private final Analyzer analyzer;
    private final List<Phrase> frames = new ArrayList<>();
    /** The frames by the term they open with, in the lexicon's order. */
    private final Map<String, List<Phrase>> framesByFirst = new java.util.HashMap<>();
    private final List<List<String>> describe = new ArrayList<>();
    private final List<List<String>> yesNo = new ArrayList<>();
    private final Map<Slots.Actor.Part, List<List<String>>> parts = new EnumMap<>(Slots.Actor.Part.class);
    private final Map<String, List<List<String>>> attributes = new LinkedHashMap<>();
    /** Per title of a position in the cards ("prime minister"), the phrases naming it, the longest first. */
    private final Map<String, List<List<String>>> titles = new LinkedHashMap<>();
    /** The words of the attributes' phrases as written, in lower case ("население", "погода"). */
    private final Set<String> attributeWords = new java.util.HashSet<>();
    /** Words of an attribute that name a change of the noun after them ("рост товарооборота"): no attribute then. */
    private final Set<String> changesOf;
    /** The first words of the nouns of a person a question word asks about ("spokesperson", "minister"). */
    private final Set<String> personNouns = new java.util.HashSet<>();
    /** The answer type each one-word noun of the heads asks for ("firm": an organisation). */
    private final Map<String, AnswerType> headNounTypes = new java.util.HashMap<>();
    private final Map<String, List<List<String>>> nationalities = new LinkedHashMap<>();
    /** Pairs of opposite predicates, each side its phrases. */
    private final List<List<List<List<String>>>> opposites = new ArrayList<>();
    private final List<List<String>> outcomes;
    private final List<List<String>> starts;
    private final List<List<String>> reversals;
    /** Words saying something was made to last longer: "extension", "продление", "延長". */
    private final List<List<String>> extensions;
    private final List<List<String>> spanAsks;
    /** Words of putting money into something: "invest", "вложиться", "投資". */
    private final List<List<String>> investing;
    private final List<List<String>> position;
    private final List<List<String>> roles;
    private final List<List<String>> relations;
    private final List<List<String>> circumstances;
    private final Set<String> spokenOf;
    /** Words opening a relative clause: its act describes a thing the question names, it is not the act asked about. */
    private final Set<String> relatives;
    private final List<List<String>> humans;
    private final List<List<String>> cites;
    private final List<List<String>> sourceAsks;
    /** The words of the asks for a source and of doubting an answer, all a follow-up asking its source may say. */
    private final Set<String> sourceWords;
    private final List<List<String>> doubting;
    /** How the writer wants the answer, after the question ("one word", "без объяснений", "説明はいらない"), or null. */
    private final Pattern answerForms;
    /** What the writer tells of where they met a name, beside it: "…Exchanges' I keep seeing", "ニュースによく出る…". */
    private final Pattern writerAsides;
    /** The words that give a place as a landmark near another: before the name ("near Tokyo"), in Japanese after it ("東京の近く"). */
    private final Pattern nearBefore;
    private final Pattern nearAfter;
    /** The words opening a circumstance ("after", "после"), looked for in the clause before a name. */
    private final Pattern anchorBefore;
    /** The lexicon's greetings, thanks and goodbyes as one pattern, the longest first. */
    private final Pattern smallTalk;
    private final Set<String> money;
    /** Words asking a share or a change in percent: "на сколько процентов", "by what percentage", "何パーセント". */
    private final List<List<String>> shareAsks;
    /** The kinds of body or building a question may ask "which" of ("universities", "вузы", "大学"). */
    private final Set<String> bodyKinds;
    /** Words for one side of the two countries' dealings: "the Russian side", "японская сторона", "ロシア側". */
    private final Set<String> sides;
    private final Set<String> growth;
    private final List<String> publication;
    private final List<java.util.regex.Pattern> verdictAsks;
    private final Optional<java.util.regex.Pattern> changedBy;
    private final Optional<java.util.regex.Pattern> sourceDates;
    private final Optional<java.util.regex.Pattern> nameHedges;
    private final List<List<String>> attributions;
    private final List<List<String>> conjunctions;
    private final List<List<String>> anaphora;
    private final Set<String> fillers;
    /** Determiners, a word or several, after which words describing the noun may stand: "which", "name the", "どこの". */
    private final List<List<String>> gapAfter;
    private final Set<String> copulas;
    private final List<List<String>> dayAsked;
    private final Set<String> notCounters;
    private final Set<String> genericCounted;
    private final Set<String> countModifiers;
    private final List<List<String>> totals;
    /** Words opening a turn that go on from the last one and ask nothing themselves: "and", "а", "ну". */
    private final Set<String> openers;
    /** Words opening a lead-in before a question that tell what it is for: "For my slides:", "Для презентации:". */
    private final Set<String> leadInOpeners;
    /** Words anywhere in such a lead-in that tell what it is for: "スライド用に：", "発表のために：". */
    private final Set<String> leadInPurposes;
    /** Words of a remark narrowing a time asked ("just", "нужен", "だけ"), and the nouns of each time it narrows to. */
    private final Set<String> granularityWords;
    private final java.util.Map<AnswerType, Set<String>> granularities = new java.util.EnumMap<>(AnswerType.class);
    /** Words by which a message tells of its writer ("my", "мой", "孫"): what it tells there is not asked about. */
    private final Set<String> writer;
    private final Set<String> writersGroup;
    private final List<List<String>> writersOwn;
    private final Set<String> writerVerbs;
    private final Set<String> askedForAPurpose;
    /** Verbs by which the writer tells what they read, saw or heard ("I noticed a mention of …"): that is no story of theirs. */
    private final List<List<String>> writerSaw;
    private final List<List<String>> relays;
    private final List<List<String>> still;
    private final List<List<String>> every;
    private final List<List<String>> sums;
    private final List<List<String>> confirms;
    /** Words asking to check a text ("check", "проверьте", "チェック"): a quoted statement beside them is a claim. */
    private final List<List<String>> checks;
    /** Words giving a reason or an aim in a text: "because", "по итогам", "ため". */
    private final List<List<String>> causes;
    private final Set<String> enders;
    private final Set<String> people;
    /** Words bounding a count by now ("so far", "на сегодня"): "patients so far" counts the patients. */
    private final Set<String> toDate;
    private final Set<String> saidThings;
    private final Set<String> manyFirst;
    private final List<List<String>> subordinateOpeners;
    private final Map<String, String> respellings;
    private final Pattern misspelt;
    /** Requests wrapped around a question ("could you tell me", "подскажите, пожалуйста", "教えていただけますか"), or null. */
    private final Pattern requests;
    /** A letter's salutation or a greeting opening a clause: "Dear bot", "Уважаемая редакция", "拝啓". */
    private final Pattern salutations;
    /** The words saying a question is asked for someone else ("wants to know", "просит уточнить", "から聞かれ…、"), or null. */
    private final Pattern askers;
    /** Sounds of hesitation ("um", "ну", "えっと"), dropped wherever they stand; null when the lexicon names none. */
    private final Pattern hesitations;
    /** Words that only open a dictated turn ("so", "well", "слушай"), dropped at its start. */
    private final Pattern hesitationsFirst;
    /** Words that take back what was just said ("no I mean", "вернее", "じゃなくて"). */
    private final Pattern selfCorrections;
    /** A question asked in full before a correction: its mark, then at most commas, dashes and a weak correction ("sorry"). */
    private final Pattern questionEnds;
    /** Of {@link #selfCorrections}, those that take back a word only when a word alike follows ("no", "нет"). */
    private final Set<String> weakCorrections;
    /** Nouns that ask when a question has no question word ("Date of the talks", "Lavrov–Kono talks: venue?"). */
    private final List<Phrase> nounAsks = new ArrayList<>();
    /** The one-word nouns of a count a search asks by ("number", "число", "件数"): what they count is another word. */
    private final Set<String> countNouns = new java.util.HashSet<>();
    private final Map<String, Set<String>> countedAlike = new java.util.HashMap<>();
    /** The words after a question word that make it indefinite ("где-то", "кто-нибудь"), as terms. */
    private final Set<String> indefinite;
    private final Set<String> venueBefore;
    private final Set<String> purposeBefore;
    private final Set<String> purposeAfter;
    private final List<String> venueAfter;
    /** Japanese phrases of the lexicon by their spellings in kana ("ってだれ": "って誰"), or null. */
    private final List<List<String>> now;
    private final List<List<String>> reports;
    private final List<List<String>> datelines;
    private final List<List<String>> why;
    private final List<List<String>> thatEvent;
    private final List<List<String>> whichOnes;
    /** Words asking for someone besides those named or answered before ("who else", "кто ещё", "他に"). */
    private final List<List<String>> others;
    private final List<List<String>> counterparts;
    private final List<List<String>> asksAnother;
    private final Set<String> possessives;
    /** Words asking to confirm when they end the question ("right", "да"), as terms. */
    private final Set<String> confirmTags;
    /** Phrases asking to confirm when they end the question after a comma or dash ("…7 percent, was it?"); null if none. */
    private final Pattern tagQuestion;
    /** What follows a value given as a guess: a question mark or a hedge ("Kono?", "Lavrov I think,", "Захарченко, что ли?"). */
    private final Pattern guessAfter;
    /** Words asking what something is for ("what for", "зачем", "何のため"). */
    private final List<List<String>> purposes;
    /** Verbs of taking a post ("became", "стал") and words of following one ("after", "после"), read as a successor asked. */
    private final Set<String> countAdverbs;
    /** Phrases asking a duration, whose words ask no attribute ("на сколько времени продлили": not the time of day). */
    private final List<List<String>> durations;
    private final Set<String> writtenAnaphora;
    private final Set<String> becameWords;
    private final Set<String> followingWords;
    private final KanaSpellings kanaSpellings;
    /** The words of every phrase of the lexicon, in lower case. */
    private final Set<String> words;

    /** A question frame; {@code atEnd}: only the lexicon's enders may follow it ("…はどこ？", not "…はどこに作る"). */
    private record Phrase(List<String> terms, AnswerType type, Optional<EntityCard.PlaceType> placeType, boolean atEnd, int noun,
                          int nounTerms) {
        Phrase(List<String> terms, AnswerType type, Optional<EntityCard.PlaceType> placeType, boolean atEnd) {
            this(terms, type, placeType, atEnd, -1, 0);
        }
    }

    /** What a lexicon's kind names ("place city"): the answer type and, for a place, its granularity. */
    private record Kind(AnswerType type, Optional<EntityCard.PlaceType> placeType) {
        static Kind of(String name) {
            String[] words = name.split("\\s+");
            return new Kind(AnswerType.valueOf(words[0].toUpperCase(Locale.ROOT)), words.length > 1
                    ? Optional.of(EntityCard.PlaceType.valueOf(words[1].toUpperCase(Locale.ROOT))) : Optional.empty());
        }
    }

    /** The rules of a language, loaded once. */
    public static synchronized LexiconRules of(Lang lang) {
        return LOADED.computeIfAbsent(lang, l -> {
            YamlNode lexicon = lexicon(l);
            return new LexiconRules(l, analyzer(l, questionWords(lexicon), keptWhole(lexicon)), lexicon);
        });
    }

    LexiconRules(Lang lang, Analyzer analyzer, YamlNode lexicon) {
        this.lang = lang;
        this.analyzer = analyzer;
        for (YamlNode frame : lexicon.require("frames").items()) {
            List<YamlNode> pair = frame.items();
            Kind kind = Kind.of(pair.get(1).nonBlank());
            String text = pair.get(0).nonBlank();
            boolean atEnd = text.endsWith("$");
            frames.add(new Phrase(terms(atEnd ? text.substring(0, text.length() - 1) : text), kind.type(), kind.placeType(), atEnd));
        }
        heads(lexicon);
        for (Phrase phrase : frames) { // looked up by the term a frame opens with: the heads make thousands of frames
            if (!phrase.terms().isEmpty()) {
                framesByFirst.computeIfAbsent(phrase.terms().get(0), k -> new ArrayList<>()).add(phrase);
            }
        }
        lexicon.get("noun_asks").ifPresent(asks -> asks.entries().forEach((name, nouns) -> {
            Kind kind = Kind.of(name);
            nouns.items().forEach(noun -> nounAsks.add(new Phrase(terms(noun.nonBlank()), kind.type(), kind.placeType(), false)));
            if (kind.type() == AnswerType.NUMBER) {
                nouns.items().stream().map(noun -> terms(noun.nonBlank())).filter(t -> t.size() == 1).forEach(countNouns::addAll);
            }
        }));
        lexicon.get("counted_alike").ifPresent(groups -> groups.items().forEach(group -> {
            Set<String> alike = group.items().stream().map(w -> terms(w.nonBlank())).filter(t -> t.size() == 1)
                    .map(t -> t.get(0)).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
            alike.forEach(w -> countedAlike.computeIfAbsent(w, k -> new java.util.LinkedHashSet<>()).addAll(alike));
        }));
        // read longest first, once: "number of events" before "number"
        nounAsks.sort(Comparator.comparingInt((Phrase p) -> p.terms().size()).reversed());
        lexicon.require("describe").items().forEach(item -> describe.add(terms(item.items().get(0).nonBlank())));
        yesNo.addAll(phrases(lexicon, "yes_no"));
        lexicon.require("parts").entries().forEach((part, words) -> parts.put(
                Slots.Actor.Part.valueOf(part.toUpperCase(Locale.ROOT)), words.items().stream().map(w -> terms(w.nonBlank())).toList()));
        lexicon.get("titles").ifPresent(node -> node.entries().forEach((title, words) ->
                titles.put(title.toLowerCase(Locale.ROOT), words.items().stream().map(w -> terms(w.nonBlank())).filter(t -> !t.isEmpty())
                        .sorted(Comparator.comparingInt((List<String> t) -> t.size()).reversed()).toList())));
        lexicon.require("attributes").entries().forEach((attribute, words) -> {
            // "next NAME": a name of what the attribute is asked of stands there ("the next Russia-Japan Cross Years")
            attributes.put(attribute, words.items().stream().map(w -> terms(NAME_IN_LEXICON.matcher(w.nonBlank()).replaceAll(" " + NAME + " ")))
                    .filter(t -> !t.isEmpty()).toList());
            words.items().forEach(w -> java.util.Arrays.stream(NAME_IN_LEXICON.matcher(w.nonBlank()).replaceAll(" ").toLowerCase(Locale.ROOT)
                            .split("[^\\p{L}]+"))
                    .filter(word -> !word.isEmpty()).forEach(attributeWords::add));
        });
        lexicon.require("nationalities").entries().forEach((country, words) ->
                nationalities.put(country, words.items().stream().map(w -> terms(w.nonBlank())).filter(t -> !t.isEmpty()).toList()));
        for (YamlNode pair : lexicon.require("opposites").items()) {
            if (pair.items().size() != 2) {
                throw pair.error("a pair of opposites has two sides");
            }
            opposites.add(pair.items().stream().map(side -> side.items().stream().map(w -> terms(w.nonBlank()))
                    .filter(t -> !t.isEmpty()).toList()).toList());
        }
        Map<String, String> spellings = new java.util.HashMap<>();
        List<YamlNode> pairs = new ArrayList<>(lexicon.get("respell").map(YamlNode::items).orElse(List.of()));
        pairs.addAll(lexicon.get("calques").map(YamlNode::items).orElse(List.of()));
        for (YamlNode pair : pairs) {
            if (pair.items().size() != 2) {
                throw pair.error("a respelling is a pair: [misspelt, right]");
            }
            spellings.put(pair.items().get(0).nonBlank().toLowerCase(Locale.ROOT), pair.items().get(1).nonBlank());
        }
        respellings = Map.copyOf(spellings);
        // Japanese writes no spaces: its words are found anywhere
        String boundaryBefore = lang == Lang.JA ? "" : "(?<![\\p{L}\\p{N}])";
        String boundaryAfter = lang == Lang.JA ? "" : "(?![\\p{L}\\p{N}])";
        misspelt = spellings.isEmpty() ? null : Pattern.compile(boundaryBefore + "(" + alternation(spellings.keySet())
                + ")" + boundaryAfter, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> requestPhrases = optionalStrings(lexicon, "requests");
        requests = requestPhrases.isEmpty() ? null : Pattern.compile(boundaryBefore + "(?:" + alternation(requestPhrases) + ")"
                + boundaryAfter + "[\\s,、:：]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> askerPhrases = optionalStrings(lexicon, "askers");
        // Japanese: up to the comma closing the clause ("知事から聞かれているのですが、")
        askers = askerPhrases.isEmpty() ? null : Pattern.compile(boundaryBefore + "(?:" + alternation(askerPhrases) + ")"
                + (lang == Lang.JA ? "[^、。,，？?]{0,12}[、,，]" : boundaryAfter), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        hesitations = hesitationPattern(lexicon, boundaryBefore, boundaryAfter);
        List<String> first = optionalStrings(lexicon, "hesitations_first");
        hesitationsFirst = first.isEmpty() ? null : Pattern.compile("^\\s*(?:(?:" + alternation(first) + ")" + boundaryAfter
                + "[\\s,、.…]*)+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        selfCorrections = correctionPattern(lexicon, boundaryBefore, boundaryAfter);
        weakCorrections = Set.copyOf(optionalStrings(lexicon, "self_corrections_weak").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        questionEnds = Pattern.compile("[?？](?:[\\s,、，.…\u2013\u2014-]" + (weakCorrections.isEmpty() ? "" : "|" + alternation(List.copyOf(weakCorrections)))
                + ")*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        venueBefore = Set.copyOf(lexicon.strings("venue_before").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        venueAfter = List.copyOf(lexicon.strings("venue_after"));
        purposeBefore = optionalWords(lexicon, "purpose_before");
        purposeAfter = optionalWords(lexicon, "purpose_after");
        askedForAPurpose = Set.copyOf(optionalStrings(lexicon, "asked_for_a_purpose"));
        changesOf = optionalWords(lexicon, "changes_of");
        outcomes = phrases(lexicon, "outcomes");
        starts = phrases(lexicon, "starts");
        reversals = phrases(lexicon, "reversals");
        extensions = optionalPhrases(lexicon, "extensions");
        spanAsks = optionalPhrases(lexicon, "span_asks");
        investing = optionalPhrases(lexicon, "investing");
        position = phrases(lexicon, "position");
        roles = phrases(lexicon, "roles");
        relations = optionalPhrases(lexicon, "relations");
        circumstances = optionalPhrases(lexicon, "circumstances");
        spokenOf = optionalWords(lexicon, "spoken_of");
        relatives = optionalWords(lexicon, "relatives");
        humans = optionalPhrases(lexicon, "humans");
        cites = optionalPhrases(lexicon, "cites");
        sourceAsks = optionalPhrases(lexicon, "source_asks");
        sourceWords = new java.util.HashSet<>();
        sourceAsks.forEach(sourceWords::addAll);
        sourceWords.addAll(optionalTerms(lexicon, "doubts"));
        doubting = optionalPhrases(lexicon, "doubting");
        answerForms = wordsPattern(optionalStrings(lexicon, "answer_forms"), boundaryBefore, boundaryAfter);
        writerAsides = wordsPattern(optionalStrings(lexicon, "writer_asides"), boundaryBefore, boundaryAfter);
        List<String> near = optionalStrings(lexicon, "near_places");
        nearBefore = near.isEmpty() || lang == Lang.JA ? null
                : Pattern.compile(boundaryBefore + "(?:" + alternation(near) + ")\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        nearAfter = near.isEmpty() || lang != Lang.JA ? null : Pattern.compile("^(?:" + alternation(near) + ")");
        List<String> anchors = optionalStrings(lexicon, "circumstances");
        anchorBefore = anchors.isEmpty() || lang == Lang.JA ? null : wordsPattern(anchors, boundaryBefore, boundaryAfter);
        smallTalk = wordsPattern(optionalStrings(lexicon, "small_talk"), boundaryBefore, boundaryAfter);
        doubting.forEach(sourceWords::addAll);
        money = optionalTerms(lexicon, "money");
        shareAsks = optionalPhrases(lexicon, "share_asks");
        bodyKinds = optionalTerms(lexicon, "body_kinds");
        sides = optionalTerms(lexicon, "sides");
        growth = optionalTerms(lexicon, "growth");
        publication = optionalStrings(lexicon, "publication").stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        verdictAsks = optionalStrings(lexicon, "verdict_asks").stream()
                .map(p -> p.codePoints().allMatch(c -> c < 0x3000) // a whole phrase in words that spaces part; in Japanese anywhere
                        ? java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(p.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
                        : java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(p))).toList();
        sourceDates = sourceDates(lang, optionalStrings(lexicon, "source_nouns"));
        attributions = optionalStrings(lexicon, "attributions").stream().map(this::terms).filter(p -> !p.isEmpty()).toList();
        List<String> nameHedged = optionalStrings(lexicon, "name_hedges").stream() // the longest first: "или как он там называется"
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        nameHedges = nameHedged.isEmpty() ? Optional.empty() : Optional.of(java.util.regex.Pattern.compile("(?iu)"
                + (lang == Lang.JA ? "" : "(?<![\\p{L}\\p{N}])") + "(?:" + String.join("|", nameHedged.stream().map(java.util.regex.Pattern::quote).toList()) + ")"
                + (lang == Lang.JA ? "" : "(?![\\p{L}\\p{N}])")));
        List<String> changes = optionalStrings(lexicon, "changed_by");
        // the verb, "by", then nothing the change is by: the end, or a time, place or source of it
        changedBy = changes.isEmpty() ? Optional.empty() : Optional.of(java.util.regex.Pattern.compile("(?iu)\\b(?:"
                + String.join("|", changes.stream().map(java.util.regex.Pattern::quote).toList())
                + ")\\s+by(?=\\s*(?:[?.!,;:]|$|(?:in|during|over|from|between|since|after|before|last|this|that|then|compared|according|year-on-year)\\b))"));
        conjunctions = phrases(lexicon, "conjunctions");
        anaphora = phrases(lexicon, "anaphora");
        Set<String> words = new java.util.HashSet<>(phrases(lexicon, "fillers").stream().flatMap(List::stream).toList());
        stopWords(lang).forEach(w -> words.addAll(terms(w)));
        fillers = Set.copyOf(words);
        notCounters = Set.copyOf(lexicon.strings("not_counters"));
        genericCounted = optionalWords(lexicon, "generic_counted");
        countModifiers = optionalWords(lexicon, "count_modifiers");
        toDate = optionalTerms(lexicon, "to_date");
        saidThings = optionalTerms(lexicon, "said_things");
        manyFirst = optionalTerms(lexicon, "many_first");
        subordinateOpeners = optionalPhrases(lexicon, "subordinate_openers");
        totals = optionalPhrases(lexicon, "totals");
        openers = optionalWords(lexicon, "openers");
        leadInOpeners = optionalWords(lexicon, "lead_in_openers");
        leadInPurposes = optionalWords(lexicon, "lead_in_purposes");
        granularityWords = optionalTerms(lexicon, "granularity_words");
        for (AnswerType type : List.of(AnswerType.YEAR, AnswerType.MONTH, AnswerType.DATE)) {
            granularities.put(type, optionalTerms(lexicon, "granularity_" + type.name().toLowerCase(Locale.ROOT)));
        }
        writer = optionalTerms(lexicon, "writer");
        writersGroup = optionalTerms(lexicon, "writers_group");
        writersOwn = optionalStrings(lexicon, "writers_own").stream().map(this::terms).filter(p -> !p.isEmpty()).toList();
        writerVerbs = Set.copyOf(optionalStrings(lexicon, "writer_verbs").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        List<String> salutationPhrases = optionalStrings(lexicon, "salutations");
        salutations = salutationPhrases.isEmpty() ? null : Pattern.compile("^[\\s,、。.!！]*(?:" + alternation(salutationPhrases) + ")"
                + (lang == Lang.JA ? "" : "(?![\\p{L}\\p{N}])"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        writerSaw = optionalPhrases(lexicon, "writer_saw");
        relays = optionalPhrases(lexicon, "relays");
        still = optionalPhrases(lexicon, "still");
        every = optionalPhrases(lexicon, "every");
        sums = optionalPhrases(lexicon, "sums");
        now = optionalPhrases(lexicon, "now");
        reports = optionalPhrases(lexicon, "reports");
        datelines = optionalPhrases(lexicon, "datelines");
        why = optionalPhrases(lexicon, "why");
        thatEvent = optionalPhrases(lexicon, "that_event");
        whichOnes = optionalPhrases(lexicon, "which_ones");
        others = optionalPhrases(lexicon, "others");
        counterparts = optionalPhrases(lexicon, "counterparts");
        asksAnother = optionalPhrases(lexicon, "asks_another");
        possessives = Set.copyOf(optionalStrings(lexicon, "possessives").stream().flatMap(w -> terms(w).stream()).toList());
        purposes = optionalPhrases(lexicon, "purposes");
        confirmTags = Set.copyOf(optionalStrings(lexicon, "confirm_tags").stream().flatMap(w -> terms(w).stream()).toList());
        List<String> tags = optionalStrings(lexicon, "tag_questions");
        String hedges = String.join("|", tags.stream().map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q")).toList());
        tagQuestion = tags.isEmpty() ? null : Pattern.compile("[,，、–—-]\\s*(?:" + hedges + ")\\s*[?？!.…]*\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        guessAfter = Pattern.compile("\\s*(?:[?？]|[,，、–—-]?\\s*(?:" + (hedges.isEmpty() ? "(?!)" : hedges) + ")(?![\\p{L}\\p{N}])\\s*[?？,，、.]?)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        indefinite = Set.copyOf(optionalStrings(lexicon, "indefinite").stream().flatMap(w -> terms(w).stream()).toList());
        writtenAnaphora = Set.copyOf(optionalStrings(lexicon, "anaphora_written"));
        durations = optionalPhrases(lexicon, "durations");
        countAdverbs = optionalTerms(lexicon, "count_adverbs");
        becameWords = optionalTerms(lexicon, "became");
        followingWords = optionalTerms(lexicon, "following");
        confirms = optionalPhrases(lexicon, "confirms");
        checks = optionalPhrases(lexicon, "checks");
        causes = optionalPhrases(lexicon, "causes");
        people = Set.copyOf(phrases(lexicon, "people").stream().flatMap(List::stream).toList());
        enders = Set.copyOf(phrases(lexicon, "enders").stream().flatMap(List::stream).toList());
        gapAfter = phrases(lexicon, "gap_after");
        dayAsked = phrases(lexicon, "day_asked");
        copulas = optionalTerms(lexicon, "copulas");
        Set<String> strings = new java.util.LinkedHashSet<>();
        lexicon.entries().forEach((key, value) -> {
            if (holdsWords(key)) {
                allStrings(value, strings);
            }
        });
        kanaSpellings = lang == Lang.JA ? KanaSpellings.of(strings) : null;
        this.words = Set.copyOf(strings.stream().flatMap(text -> java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                .filter(w -> !w.isEmpty()).toList());
    }

    /**
     * Whether a lexicon's key holds words and phrases of its language: not the regular expressions of the descriptions
     * and of the writer's side ("(?<c>", "\\p{L}" and "{noun}" are no words).
     */
    static boolean holdsWords(String key) {
        return !key.startsWith("references") && !key.equals("writers_side");
    }

    /** Every word and phrase of the lexicon, each without the "$" that ends a frame. */
    private static Set<String> allStrings(YamlNode node, Set<String> into) {
        if (node.isScalar()) {
            String text = node.text().strip();
            into.add(text.endsWith("$") ? text.substring(0, text.length() - 1) : text);
        } else if (node.isList()) {
            node.items().forEach(item -> allStrings(item, into));
        } else if (node.isMap()) {
            node.entries().values().forEach(value -> allStrings(value, into));
        }
        return into;
    }

    /**
     * The lexicon's sounds of hesitation as one pattern with the separators after them. Japanese writes no spaces: its
     * hesitations stand between separators ("あの 会談" is a hesitation, "あの会談" that meeting), except those no word
     * starts with ("えっと", "うーん"), which go wherever they stand.
     */
    private Pattern hesitationPattern(YamlNode lexicon, String boundaryBefore, String boundaryAfter) {
        if (optionalStrings(lexicon, "hesitations").isEmpty()) {
            return null;
        }
        String separator = "[\\s,、，.…ー〜~-]";
        String words = "(?:" + alternation(lexicon.strings("hesitations")) + ")";
        if (lang != Lang.JA) {
            return Pattern.compile(boundaryBefore + words + boundaryAfter + separator + "*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        List<String> openWords = optionalStrings(lexicon, "hesitations_open");
        String open = openWords.isEmpty() ? "" : "|(?:" + alternation(openWords) + ")";
        return Pattern.compile("(?:(?<=^|" + separator + ")" + words + "(?=" + separator + "|$)" + open + ")" + separator + "*");
    }

    /** The phrases as one pattern of whole words (anywhere in Japanese), the longest first; null when there are none. */
    private static Pattern wordsPattern(List<String> phrases, String boundaryBefore, String boundaryAfter) {
        return phrases.isEmpty() ? null : Pattern.compile(boundaryBefore + "(?:" + alternation(phrases) + ")" + boundaryAfter,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The lexicon's words of self-correction as one pattern; Japanese ones joined to the word they follow stand anywhere. */
    private Pattern correctionPattern(YamlNode lexicon, String boundaryBefore, String boundaryAfter) {
        List<String> words = new ArrayList<>(optionalStrings(lexicon, "self_corrections"));
        words.addAll(optionalStrings(lexicon, "self_corrections_weak"));
        if (words.isEmpty()) {
            return null;
        }
        if (lang != Lang.JA) {
            return Pattern.compile(boundaryBefore + "(?:" + alternation(words) + ")" + boundaryAfter, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        List<String> joinedWords = optionalStrings(lexicon, "self_corrections_joined");
        String joined = joinedWords.isEmpty() ? "" : "|" + alternation(joinedWords);
        return Pattern.compile("(?:(?<=^|[\\s、，,？?])(?:" + alternation(words) + ")(?=[\\s、，,])" + joined + ")");
    }

    /**
     * English nouns and adjectives in "-ative" and "-itive" kept whole but for a plural "s": Porter makes "initiative"
     * the stem "initi" of "initiator" and "initiated", so that "the digital initiative" would ask who initiated it.
     */
    private static final class KeptWhole extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final org.apache.lucene.analysis.tokenattributes.KeywordAttribute keyword =
                addAttribute(org.apache.lucene.analysis.tokenattributes.KeywordAttribute.class);
        private final Set<String> words;

        /** Words ending in -ative, and {@code words} (singular), kept whole but for a plural's s. */
        KeptWhole(TokenStream input, Set<String> words) {
            super(input);
            this.words = words;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            if (ATIVE.matcher(word).matches() || words.contains(word) || word.endsWith("s") && words.contains(word.substring(0, word.length() - 1))) {
                if (word.endsWith("s")) {
                    term.setLength(word.length() - 1);
                }
                keyword.setKeyword(true);
            }
            return true;
        }
    }

    /**
     * The Russian "как" (how) as a term of its own: the stemmer makes "как" of "какой" (which) too, so that "Как японский
     * премьер оценил…" would ask which premier. Lexicon phrases are read through the same chain ("как зовут").
     */
    private static final class HowWord extends org.apache.lucene.analysis.TokenFilter {
        /** The term of "как" itself, which no form of "какой" stems to. */
        static final String HOW = "как~";
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final org.apache.lucene.analysis.tokenattributes.KeywordAttribute keyword =
                addAttribute(org.apache.lucene.analysis.tokenattributes.KeywordAttribute.class);

        HowWord(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (term.toString().equals("как")) {
                term.setEmpty().append(HOW);
                keyword.setKeyword(true);
            }
            return true;
        }
    }

    /** The types of frames ending in a noun naming what is asked: "what region", "which company", "which minister". */
    private static final Set<AnswerType> NAMING = java.util.EnumSet.of(AnswerType.PLACE, AnswerType.PERSON, AnswerType.ORGANISATION);

    private static final Pattern ATIVE = Pattern.compile("\\p{L}{3,}[ai]tives?");

    /** The phrases as a regular expression's alternatives, quoted, the longest first: "whats the name of" before "whats". */
    static String alternation(java.util.Collection<String> phrases) {
        return String.join("|", phrases.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(k -> k))
                .map(Pattern::quote).toList());
    }

    /**
     * Frames made of a question word and the noun it asks about: every determiner ("which", "какой", "どの") before
     * every noun of a kind ("agency", "орган", "会議"), and for Japanese every noun before every ending ("合唱団はどこ",
     * "大臣は"), so a noun added to its kind is asked about in every way the language asks.
     */
    private void heads(YamlNode lexicon) {
        if (lexicon.get("heads").isEmpty()) {
            return;
        }
        YamlNode heads = lexicon.require("heads");
        List<String> determiners = heads.strings("determiners");
        List<String> endings = heads.get("endings").isPresent() ? heads.strings("endings") : List.of();
        heads.require("nouns").entries().forEach((name, nouns) -> {
            Kind kind = Kind.of(name);
            AnswerType answerType = kind.type();
            Optional<EntityCard.PlaceType> placeType = kind.placeType();
            for (YamlNode noun : nouns.items()) {
                String word = noun.nonBlank();
                int nounTerms = terms(word).size();
                if (answerType == AnswerType.PERSON && nounTerms > 0) {
                    personNouns.add(terms(word).get(0));
                }
                if (nounTerms == 1) {
                    headNounTypes.putIfAbsent(terms(word).get(0), answerType);
                }
                for (String determiner : determiners) {
                    List<String> phrase = terms(determiner + " " + word);
                    frames.add(new Phrase(phrase, answerType, placeType, false, phrase.size() - nounTerms, nounTerms));
                }
                for (String ending : endings) {
                    boolean atEnd = ending.endsWith("$");
                    frames.add(new Phrase(terms(word + (atEnd ? ending.substring(0, ending.length() - 1) : ending)), answerType,
                            placeType, atEnd, 0, nounTerms));
                }
            }
        });
    }

    private List<List<String>> phrases(YamlNode lexicon, String key) {
        return lexicon.strings(key).stream().map(this::terms).filter(t -> !t.isEmpty()).toList();
    }

    /** The strings of a key a lexicon may leave out, as written: none when it does. */
    private static List<String> optionalStrings(YamlNode lexicon, String key) {
        return lexicon.get(key).isPresent() ? lexicon.strings(key) : List.of();
    }

    /** The single words of a key a lexicon may leave out, as the analyser reads them: none when it does. */
    private Set<String> optionalWords(YamlNode lexicon, String key) {
        return optionalPhrases(lexicon, key).stream().filter(p -> p.size() == 1).map(p -> p.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Every word of the phrases of a key a lexicon may leave out, as the analyser reads them: none when it does. */
    private Set<String> optionalTerms(YamlNode lexicon, String key) {
        return Set.copyOf(optionalPhrases(lexicon, key).stream().flatMap(List::stream).toList());
    }

    /** The phrases of a key a lexicon may leave out: none when it does. */
    private List<List<String>> optionalPhrases(YamlNode lexicon, String key) {
        return lexicon.get(key).isPresent() ? phrases(lexicon, key) : List.of();
    }

    /** Whether one of the phrases stands in the terms. */
    private boolean anyStands(List<List<String>> phrases, List<String> terms) {
        return phrases.stream().anyMatch(p -> !occurrences(terms, p).isEmpty());
    }

    @Override
    public Lang lang() {
        return lang;
    }

    /** Short texts analysed before (lexicon phrases, the words a quantity counts): read on every answer. */
    private final Map<String, List<String>> shortTerms = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<String> terms(String text) {
        if (text.length() <= 32 && shortTerms.size() < 20_000) {
            return shortTerms.computeIfAbsent(text, this::analyse);
        }
        return analyse(text);
    }

    private static final java.util.regex.Pattern KATAKANA = java.util.regex.Pattern.compile("[\\p{IsKatakana}ー]+");

    @Override
    public List<String> properNouns(String text) {
        return properNouns(text, false);
    }

    /**
     * The words of a Japanese text that may be common words though no name of the knowledge: katakana words
     * Kuromoji's dictionary does not know and does not take for a name (a loanword, "スポークスウーマン", or a foreign
     * name it cannot tell apart), and its proper nouns of no kind ("港町").
     */
    public List<String> unknownKatakana(String text) {
        return properNouns(text, true);
    }

    /**
     * How a Japanese word reads, in katakana, by Kuromoji's dictionary: "安部" and "安倍" both read アベ. Empty when a part
     * of it has no reading (a word the dictionary does not know).
     */
    public Optional<String> reading(String word) {
        if (lang != Lang.JA) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        try (org.apache.lucene.analysis.Tokenizer tokenizer = new org.apache.lucene.analysis.ja.JapaneseTokenizer(null, false,
                org.apache.lucene.analysis.ja.JapaneseTokenizer.Mode.NORMAL)) {
            org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute reading =
                    tokenizer.addAttribute(org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute.class);
            tokenizer.setReader(new java.io.StringReader(word));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if (reading.getReading() == null) {
                    return Optional.empty();
                }
                out.append(reading.getReading());
            }
            tokenizer.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }

    private List<String> properNouns(String text, boolean unknownCommonOnly) {
        if (lang != Lang.JA) {
            return List.of();
        }
        List<String> nouns = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute pos =
                    stream.addAttribute(org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute.class);
            org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute reading =
                    stream.addAttribute(org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String tag = pos.getPartOfSpeech();
                boolean unknownKatakana = reading.getReading() == null && term.length() >= 3 && KATAKANA.matcher(term).matches();
                boolean proper = tag != null && tag.startsWith("名詞-固有名詞");
                // a proper noun of no kind (not a place, person or body): Kuromoji's 港町 is also a common word
                boolean plain = "名詞-固有名詞-一般".equals(tag) && reading.getReading() != null;
                if (unknownCommonOnly ? unknownKatakana && !proper || plain : proper || unknownKatakana) {
                    nouns.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(nouns);
    }

    private List<String> analyse(String text) {
        List<String> terms = new ArrayList<>();
        String normalised = text.replace('ё', 'е').replace('Ё', 'Е');
        try (TokenStream stream = analyzer.tokenStream("q", normalised)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (lang == Lang.JA && t.equals("日付") && !terms.isEmpty() && terms.get(terms.size() - 1).chars().allMatch(Character::isDigit)) {
                    terms.add("日"); // "7月1日付の記事": the day of a report's date, and its mark, not the word "date"
                    terms.add("付");
                } else if (t.codePoints().anyMatch(Character::isLetterOrDigit) || t.contains("%") || t.contains("％")) {
                    terms.add(t); // punctuation says nothing, but "何%" asks a share
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    private static boolean hiraganaOnly(String word) {
        return word.codePoints().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA);
    }

    /** The question without what the writer tells of where they met a name ("…Exchanges' I keep seeing", "ニュースによく出る"). */
    public String withoutWriterAsides(String question) {
        if (writerAsides == null) {
            return question;
        }
        String without = writerAsides.matcher(question).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
        return without.codePoints().anyMatch(Character::isLetter) ? without : question;
    }

    /** Whether a term is a word for one side of the two ("side", "сторона", "側"). */
    public boolean side(String term) {
        return sides.contains(term);
    }

    /** Whether a word is a kind of body or building ("universities", "вузы", "大学"), as its terms read. */
    public boolean bodyKind(String word) {
        List<String> t = terms(word);
        return !t.isEmpty() && bodyKinds.containsAll(t);
    }

    /** What ends a clause, for where a circumstance opened before a name still holds. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,.;:?!()]");

    @Override
    public boolean inCircumstance(String before) {
        if (anchorBefore == null) {
            return false;
        }
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int clause = 0;
        while (breaks.find()) {
            clause = breaks.end();
        }
        return anchorBefore.matcher(before.substring(clause)).find();
    }

    /**
     * Whether a place named between these two texts is given as a landmark near where something is ("that science city
     * near Tokyo", "под Москвой", "東京の近くの研究学園都市"), not as where it is.
     */
    @Override
    public boolean landmark(String before, String after) {
        return nearBefore != null && nearBefore.matcher(before).find() || nearAfter != null && nearAfter.matcher(after).find();
    }

    @Override
    public boolean opensOrFills(String term) {
        return openers.contains(term) || fillers.contains(term);
    }

    @Override
    public boolean closesOnly(List<String> terms) {
        return enders.containsAll(terms);
    }

    @Override
    public List<Frame> frames(List<String> terms) {
        List<Frame> found = new ArrayList<>();
        for (int at = 0; at < terms.size(); at++) {
            // whole terms only: the tokenizer keeps Japanese question words whole, so どこ is not inside どこの通信社
            for (Phrase phrase : framesByFirst.getOrDefault(terms.get(at), List.of())) {
                int end = at + phrase.terms().size();
                if (end > terms.size() || !terms.subList(at, end).equals(phrase.terms())) {
                    continue;
                }
                if (phrase.atEnd() && !terms.subList(end, terms.size()).stream().allMatch(enders::contains)) {
                    continue;
                }
                if (end < terms.size() && indefinite.contains(terms.get(end))) {
                    continue; // "где-то", "кто-нибудь": somewhere, someone; no question
                }
                if (phrase.terms().size() >= 2 && NAMING.contains(phrase.type()) && end < terms.size() && countedAlike.containsKey(terms.get(end))) {
                    continue; // "what regional events": the noun read is the events', "regional" only describes them
                }
                if (phrase.noun() >= 0 && phrase.type() == AnswerType.ORGANISATION && end < terms.size() && personNouns.contains(terms.get(end))) {
                    // "which foreign ministry spokesperson": the last noun is the head, a person
                    found.add(new Frame(AnswerType.PERSON, Optional.empty(), at, phrase.terms().size() + 1, end, 1));
                    continue;
                }
                found.add(new Frame(phrase.type(), phrase.placeType(), at, phrase.terms().size(), phrase.noun() < 0 ? -1 : at + phrase.noun(),
                        phrase.nounTerms()));
            }
        }
        List<Frame> exact = List.copyOf(found);
        for (int i = 0; i < terms.size(); i++) {
            for (List<String> determiner : gapAfter) {
                int d = determiner.size();
                if (i + d > terms.size() || !terms.subList(i, i + d).equals(determiner)) {
                    continue;
                }
                for (Phrase phrase : framesByFirst.getOrDefault(terms.get(i), List.of())) {
                    List<String> p = phrase.terms();
                    if (p.size() <= d || !p.subList(0, d).equals(determiner)) {
                        continue;
                    }
                    // "which Russian minister", "which Japanese pharmaceutical company", "どこのロシア企業": one or two
                    // words may stand between the determiner and the rest of the frame
                    List<String> rest = p.subList(d, p.size());
                    for (int gap = 1; gap <= 3; gap++) {
                        if (i + gap + p.size() > terms.size() || !terms.subList(i + d + gap, i + gap + p.size()).equals(rest)) {
                            continue;
                        }
                        // the words between describe the noun: a copula may stand between ("what was the date"), no
                        // other auxiliary ("what date did officials")
                        List<String> between = terms.subList(i + d, i + d + gap);
                        boolean describing = between.stream().noneMatch(t -> yesNo.contains(List.of(t)) && !copulas.contains(t))
                                // two words only with a nationality ("which Japanese pharmaceutical company", "какая
                                // именно японская фармкомпания", not "which summit took place"), or an article and a
                                // copula ("what was the date")
                                && (gap == 1 || gap == 2 && !nationalities(between).isEmpty()
                                        || gap == 2 && between.stream().allMatch(t -> copulas.contains(t) || fillers.contains(t))
                                        // a copula and whose it is: "what is Osaka's sister city", "what was Putin's home town"
                                        || gap == 2 && copulas.contains(between.get(0)) && !yesNo.contains(List.of(between.get(1)))
                                        // a quantity after an article and one word describing it, after a copula or not:
                                        // "what is the biggest attendance figure", "what's the overall turnout" (not "what
                                        // was the deputy foreign ministers' round", whose noun only describes the round)
                                        || QUANTITIES.contains(phrase.type()) && describedAfterAnArticle(between));
                        // the words between do not end a frame of their own: "какого числа чиновники" asks a date
                        int from = i;
                        int upTo = i + d + gap;
                        boolean taken = exact.stream().anyMatch(e -> e.start() == from && e.length() > 1 && e.start() + e.length() <= upTo);
                        // "what was the meeting about?" asks what it was about, not at which meeting
                        boolean about = phrase.type() == AnswerType.OCCASION && terms.get(terms.size() - 1).equals("about");
                        int end = i + gap + p.size();
                        if (describing && !taken && !about && phrase.noun() >= 0 && phrase.type() == AnswerType.ORGANISATION && end < terms.size()
                                && personNouns.contains(terms.get(end))) {
                            found.add(new Frame(AnswerType.PERSON, Optional.empty(), i, p.size() + gap + 1, end, 1)); // "which foreign ministry spokesperson"
                        } else if (describing && !taken && !about) {
                            // "какое самое большое число мероприятий": the noun's words as the frame without the gap has them
                            found.add(new Frame(phrase.type(), phrase.placeType(), i, p.size() + gap,
                                    phrase.noun() < 0 ? -1 : i + gap + phrase.noun(), phrase.nounTerms()));
                        }
                    }
                }
            }
        }
        if (lang == Lang.JA) {
            // 何 and a counter asks a number (何分野, 何都市), unless the counter is a date word (何年) or a particle
            for (int i = 0; i + 1 < terms.size(); i++) {
                // a counter is written in kanji or katakana: "何？ざっくり" ends the ask before an adverb
                if (terms.get(i).equals("何") && !notCounters.contains(terms.get(i + 1)) && !hiraganaOnly(terms.get(i + 1))) {
                    found.add(new Frame(AnswerType.NUMBER, Optional.empty(), i, 2));
                }
            }
        }
        found.sort(Comparator.comparingInt(Frame::start).thenComparing(Comparator.comparingInt(Frame::length).reversed()));
        // A frame inside a longer one at the same place is the same phrase ("how" inside "how many").
        List<Frame> kept = new ArrayList<>();
        for (Frame f : found) {
            boolean inside = kept.stream().anyMatch(k -> f.start() >= k.start() && f.start() + f.length() <= k.start() + k.length());
            if (!inside) {
                kept.add(f);
            } else if (f.noun() >= 0) {
                // the same phrase from the heads knows its noun ("which news agency" is also "which" + "news agency")
                kept.replaceAll(k -> k.start() == f.start() && k.length() == f.length() && k.noun() < 0 && k.type() == f.type() ? f : k);
            }
        }
        return kept;
    }

    @Override
    public boolean earliestFrameDecides() {
        return lang != Lang.JA;
    }

    /** Russian "это", as {@link #terms} gives it. */
    private static final String THIS_RU = "эт";

    @Override
    public boolean asksWhatItIs(List<String> terms) {
        for (List<String> phrase : describe) {
            List<Integer> at = occurrences(terms, phrase);
            // first, or last in English and Russian ("Перекрёстные годы — это вообще что такое?")
            // or, in Russian, right after "это": "максим орешкин это кто такой, министр чего?"
            boolean afterThis = lang == Lang.RU && at.stream().anyMatch(i -> i > 0 && terms.get(i - 1).equals(THIS_RU));
            if (!at.isEmpty() && (lang == Lang.JA || at.get(0) == 0 || at.get(at.size() - 1) + phrase.size() == terms.size() || afterThis)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> contentTerms(List<String> terms) {
        boolean[] frame = new boolean[terms.size()];
        for (Frame f : frames(terms)) {
            for (int i = f.start(); i < f.start() + f.length(); i++) {
                frame[i] |= i != f.noun(); // the noun asked about is content: "外相は誰" is no question about a name alone
            }
        }
        for (List<String> phrase : describe) {
            for (int at : occurrences(terms, phrase)) {
                for (int i = at; i < at + phrase.size(); i++) {
                    frame[i] = true;
                }
            }
        }
        List<String> content = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            if (!frame[i] && !fillers.contains(t) && !yesNo.contains(List.of(t)) && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                content.add(t);
            }
        }
        return content;
    }

    @Override
    public Set<String> countedAlike(List<String> counted) {
        Set<String> all = new java.util.LinkedHashSet<>(counted);
        counted.forEach(w -> all.addAll(countedAlike.getOrDefault(w, Set.of())));
        return all;
    }

    @Override
    public boolean auxiliary(String term) {
        return yesNo.contains(List.of(term));
    }

    private static final String A_YEAR = "(?:1[89]|20)\\d\\d";
    private static final java.util.regex.Pattern SOURCE_YEAR = java.util.regex.Pattern.compile("(?<!\\d)" + A_YEAR + "(?!\\d)");

    /** The year of a report written next to its noun, in the language's order. */
    private static Optional<java.util.regex.Pattern> sourceDates(Lang lang, List<String> nouns) {
        if (nouns.isEmpty()) {
            return Optional.empty();
        }
        String noun = "(?:" + String.join("|", nouns.stream().map(java.util.regex.Pattern::quote).toList()) + ")";
        String year = A_YEAR + "(?!\\d)";
        return Optional.of(java.util.regex.Pattern.compile("(?iu)" + switch (lang) {
            // "the report from (22 November) 2021", "the 2021 article", "2021's report"
            case EN -> "\\b" + noun + "\\s+(?:from|of|dated|published in|written in)\\s+(?:(?:early|late|mid|the|\\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]+),?\\s+){0,3}"
                    + year + "|(?<!\\d)" + year + "(?:'s)?\\s+" + noun + "\\b";
            // «новости 2021 года», «в сообщении от 22 ноября 2021 года»
            case RU -> "(?<!\\p{L})" + noun + "\\p{L}*\\s+(?:от\\s+)?(?:\\d{1,2}\\s+\\p{L}+\\s+)?" + year;
            // 「2021年の記事」「2021年11月22日付の報道」
            case JA -> "(?<!\\d)" + year + "年(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:付け?の?|の)" + noun;
        }));
    }

    @Override
    public String withoutNameHedges(String question) {
        return nameHedges.map(p -> p.matcher(question).replaceAll(" ")).orElse(question);
    }

    @Override
    public String withoutSourceDates(String question) {
        return sourceDates.map(p -> p.matcher(question).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                SOURCE_YEAR.matcher(m.group()).replaceAll("    ")))).orElse(question);
    }

    @Override
    public boolean asksChangeBy(String question) {
        return changedBy.filter(p -> p.matcher(question).find()).isPresent();
    }

    @Override
    public boolean asksVerdict(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return verdictAsks.stream().anyMatch(p -> p.matcher(lower).find());
    }

    @Override
    public boolean asksConfirmation(List<String> terms) {
        // "…200 projects, right?", "…в 2019-м, да?": a word asking to confirm as the question's last
        return anyStands(confirms, terms) || !terms.isEmpty() && confirmTags.contains(terms.get(terms.size() - 1));
    }

    @Override
    public boolean givesReason(List<String> terms) {
        return anyStands(causes, terms);
    }

    @Override
    public boolean quotesClaim(String question) {
        Matcher quoted = QUOTED.matcher(question);
        StringBuilder around = new StringBuilder();
        int last = 0;
        boolean claim = false;
        while (quoted.find()) {
            around.append(question, last, quoted.start()).append(' ');
            last = quoted.end();
            claim |= terms(quoted.group(1)).size() >= CLAIM_TERMS;
        }
        if (!claim) {
            return false;
        }
        String rest = around.append(question.substring(last)).toString();
        List<String> restTerms = terms(rest);
        // (a Japanese noun asking is a question word too: "「…」って言った報道官、名前なんでしたっけ？" asks a name; "Is 500
        // right, or did he give a different number?" asks to check)
        return frames(restTerms).isEmpty() && (lang != Lang.JA || nounAsk(rest).isEmpty())
                && (rest.contains("?") || rest.contains("？") || anyStands(checks, restTerms));
    }

    /** A quoted text: «…», "…", “…”, „…“, 「…」, 『…』; its words are group 1 (read also by the answer's own checks). */
    public static final Pattern QUOTED = Pattern.compile("[«\"“„「『]([^«»\"“”„「」『』]+)[»\"”“」』]");
    /** The fewest words of a quoted text that make it a statement, not a name ("«Год Японии»"). */
    private static final int CLAIM_TERMS = 5;

    @Override
    public boolean guessed(String after) {
        return guessAfter.matcher(after.replace('’', '\'')).lookingAt();
    }

    @Override
    public boolean endsWithTag(String question) {
        return tagQuestion != null && tagQuestion.matcher(question.replace('’', '\'')).find();
    }

    /**
     * Whether the question closes with a tag, as {@link #endsWithTag} reads one, or with a word or phrase of confirming
     * alone after a separator: "Osaka is the sister city of Saint Petersburg - correct?", "…, is that right?".
     */
    public boolean closesWithTag(String question) {
        if (endsWithTag(question)) {
            return true;
        }
        Matcher m = LAST_SEPARATED.matcher(question);
        if (!m.find()) {
            return false;
        }
        List<String> closing = terms(m.group(1));
        return !closing.isEmpty() && closing.size() <= CONFIRMING_WORDS
                && (confirmTags.containsAll(closing) || anyStands(confirms, closing) && frames(closing).isEmpty());
    }

    /** The part after a question's last separator: "- correct?", ", is that right?". */
    private static final Pattern LAST_SEPARATED = Pattern.compile("[,，、–—-]\\s*([^,，、–—-]+?)\\s*[?？!.…]*\\s*$");
    /** The most words of a confirming phrase closing a question ("is that right"). */
    private static final int CONFIRMING_WORDS = 3;

    @Override
    public boolean genericCounted(String term) {
        return genericCounted.contains(term);
    }

    @Override
    public boolean people(String term) {
        return people.contains(term);
    }

    @Override
    public boolean asksYesOrNo(List<String> terms) {
        if (terms.isEmpty()) {
            return false;
        }
        for (List<String> phrase : yesNo) {
            List<Integer> at = occurrences(terms, phrase);
            if (at.isEmpty()) {
                continue;
            }
            // English opens with the auxiliary; Russian marks it with "ли"; Japanese ends with か.
            boolean placed = switch (lang) {
                case EN -> at.get(0) == 0;
                case RU -> true;
                case JA -> at.get(at.size() - 1) + phrase.size() >= terms.size() - 1;
            };
            if (placed) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Slots.Actor.Part> part(List<String> terms, int from) {
        // "合意を発表したのは": the agreement is what was announced; an object counts only when no other act does
        return part(terms, from, false, false).or(() -> part(terms, from, true, false));
    }

    @Override
    public Optional<Slots.Actor.Part> partOfWhatWasSaid(List<String> terms, int from) {
        return part(terms, from, false, true).or(() -> part(terms, from, true, true));
    }

    private Optional<Slots.Actor.Part> part(List<String> terms, int from, boolean objects, boolean ofWhatWasSaid) {
        int best = Integer.MAX_VALUE;
        Slots.Actor.Part found = null;
        int foundAt = -1;
        int foundEnd = -1;
        List<int[]> seen = new ArrayList<>(); // each part's occurrences read: its ordinal and position
        // "誰が報じたの": a question word made the subject names the act after it, as in the other languages
        boolean eitherSide = lang == Lang.JA && !askedAsSubject(terms, from);
        for (Map.Entry<Slots.Actor.Part, List<List<String>>> e : parts.entrySet()) {
            for (List<String> phrase : e.getValue()) {
                for (int at : occurrences(terms, phrase)) {
                    if (circumstance(terms, at)) {
                        continue; // "перед встречей", "before the meeting": when, not what the one asked for did
                    }
                    if (at < from && inARelativeClause(terms, at)) {
                        continue; // "план, на который все ссылаются, — чей он?": the act describes the plan
                    }
                    if (ofWhatWasSaid && lang != Lang.JA && e.getKey() == Slots.Actor.Part.SPEAKER && from < terms.size() && at > from + 1
                            && auxiliary(terms.get(from)) && !copulas.contains(terms.get(from))) {
                        continue; // "which firm did <b>the minister</b> say …": the minister said it
                    }
                    if (!objects && lang == Lang.JA && at + phrase.size() < terms.size() && terms.get(at + phrase.size()).equals("を")) {
                        continue;
                    }
                    if (e.getKey() == Slots.Actor.Part.REPORTER && attributed(terms, at, at + phrase.size())) {
                        continue; // "…begin, according to the Russkiy Mir report?": the source of the answer, not the act asked
                    }
                    if (lang == Lang.JA && writersWish(terms, at + phrase.size())) {
                        continue; // "…と書きたい", "引用したい": the writer's wish, not the act of the one asked
                    }
                    // after the frame first; Japanese puts the verb asked about next to its question word, mostly
                    // just before it ("発表したのは誰"), so there the nearest on either side counts
                    int distance = eitherSide ? Math.abs(at - from) : at >= from ? at - from : terms.size() + at;
                    if (distance < best) {
                        best = distance;
                        found = e.getKey();
                        foundAt = at;
                        foundEnd = at + phrase.size();
                    }
                    seen.add(new int[] {e.getKey().ordinal(), at});
                }
            }
        }
        if (found != null && lang == Lang.EN && foundAt >= from && foundAt > 0 && terms.get(foundAt - 1).equals("the")) {
            // "Who's the RDIF head quoted on …?": a noun of a post after "the" says who the one asked is; the act right
            // after it is what the facts tell of them
            int end = foundEnd;
            Slots.Actor.Part noun = found;
            // (right after it: "the announced the spring meeting" is a name left out before a verb, not a noun of a post)
            // (or after a relative pronoun: "the RDIF head who said …" is the one who said it)
            boolean relative = end < terms.size() && RELATIVE_PRONOUNS.contains(terms.get(end));
            Optional<int[]> act = seen.stream().filter(o -> (o[1] == end || relative && o[1] == end + 1) && o[0] != noun.ordinal())
                    .findFirst();
            if (act.isPresent()) {
                return Optional.of(Slots.Actor.Part.values()[act.get()[0]]);
            }
        }
        return Optional.ofNullable(found);
    }

    /** The English relative pronouns that open a clause telling what the one named by a noun before them did. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which");

    /**
     * Whether the words from {@code at} to {@code end} name the source the question attributes its answer to: a few
     * words after "according to", "по данным" ("according to the 2021 report"), before "によると" in Japanese.
     */
    private boolean attributed(List<String> terms, int at, int end) {
        for (List<String> phrase : attributions) {
            for (int p : occurrences(terms, phrase)) {
                // (not a source asked: "according to whom was it reported?")
                boolean before = p + phrase.size() <= at && at - (p + phrase.size()) <= ATTRIBUTED_WORDS
                        && frames(terms.subList(p + phrase.size(), at)).isEmpty();
                boolean after = lang == Lang.JA && p >= end && p - end <= 1;
                if (before && lang != Lang.JA || after) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The most words between an attribution and the noun of its source ("according to the Russkiy Mir report"). */
    private static final int ATTRIBUTED_WORDS = 5;

    /** Whether the words are an article and one describing word, a copula before them or not ("is the biggest", "the overall"). */
    private boolean describedAfterAnArticle(List<String> between) {
        List<String> rest = copulas.contains(between.get(0)) ? between.subList(1, between.size()) : between;
        return rest.size() == 2 && fillers.contains(rest.get(0)) && !yesNo.contains(List.of(rest.get(1)))
                && !copulas.contains(rest.get(1)) && !fillers.contains(rest.get(1));
    }

    @Override
    public boolean askedAsSubject(List<String> terms, int from) {
        return lang == Lang.JA && from < terms.size() && terms.get(from).equals("が");
    }

    /**
     * Whether a word of circumstance stands right before the term, or before it and one filler or pronoun ("before the",
     * "before his"), or a word making it what was spoken of right before it ("о встрече").
     */
    /** Whether a Japanese verb ending just before {@code at} is wished ("書きたい", "引用したい"): "たい" after it, or after "する". */
    private static boolean writersWish(List<String> terms, int at) {
        int next = at < terms.size() && terms.get(at).equals("する") ? at + 1 : at;
        return next < terms.size() && terms.get(next).equals("たい");
    }

    /** Whether a word opening a relative clause stands just before the words at {@code at} ("на который все ссылаются"). */
    private boolean inARelativeClause(List<String> terms, int at) {
        for (int i = Math.max(0, at - 3); i < at; i++) {
            if (relatives.contains(terms.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean circumstance(List<String> terms, int at) {
        if (at >= 1 && spokenOf.contains(terms.get(at - 1))) {
            return true; // "о встрече объявил": the meeting is what was announced
        }
        for (List<String> phrase : circumstances) {
            int n = phrase.size();
            if (at >= n && terms.subList(at - n, at).equals(phrase)
                    || at >= n + 1 && terms.subList(at - n - 1, at - 1).equals(phrase)
                            && (fillers.contains(terms.get(at - 1)) || refersBack(List.of(terms.get(at - 1))))) { // "before his meeting"
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> attributes(List<String> terms) {
        return attributes(terms, List.of());
    }

    /**
     * The attributes asked in the words without the names ({@code terms}), and those whose phrase holds a name, in the
     * words with each name as {@link #NAME} ({@code named}): "When will the next Russia-Japan Cross Years be held?" asks
     * the next edition by "next NAME".
     */
    @Override
    public List<String> attributes(List<String> terms, List<String> named) {
        List<String> asked = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> e : attributes.entrySet()) {
            if (e.getValue().stream().anyMatch(phrase -> phrase.contains(NAME)
                    ? occurrences(named, phrase).stream().anyMatch(at -> !beforeAnOccasion(named, at, phrase))
                    : occurrences(terms, phrase).stream().anyMatch(at -> (askedForAPurpose.contains(e.getKey()) || !purpose(terms, at, phrase.size()))
                            && !insideADuration(terms, at, phrase.size()) // "на сколько времени": for how long
                            // "any other health project": a word describing a project, event or field, no attribute asked
                            && !(at + phrase.size() < terms.size() && countedAlike.containsKey(terms.get(at + phrase.size())))
                            // "in the capital of Japan", "日本の首都で": where something happened, not the place asked
                            && !(PLACES_TOLD_WHERE.contains(e.getKey()) && whereSomethingHappened(terms, at, phrase.size())))
                            // "о росте товарооборота… этот рост": a word once of a change is so wherever it recurs
                            && occurrences(terms, phrase).stream().noneMatch(at -> changeOf(terms, at, phrase)))) {
                asked.add(e.getKey());
            }
        }
        // "на сколько процентов подрос объём торговли": its growth, not the total (unless asked in money: "what was the
        // total value in US dollars, given the 17 per cent growth?")
        if (anyStands(shareAsks, terms) && terms.stream().noneMatch(money::contains)) {
            asked.removeAll(TOTALS);
        }
        if (!asked.contains("successor") && becameAfter(terms)) {
            asked.add("successor");
        }
        return asked;
    }

    /**
     * Whether a phrase holding a name is followed by a word of an occasion that its last word tells of: "プーチン大統領の次の
     * 会談" asks of the next meeting, not of the one after Putin ("NAMEの次の").
     */
    private boolean beforeAnOccasion(List<String> named, int at, List<String> phrase) {
        int after = at + phrase.size();
        return !phrase.get(phrase.size() - 1).equals(NAME) && after < named.size() && headNounTypes.get(named.get(after)) == AnswerType.OCCASION;
    }

    /** The attributes that are a total, whose growth or share a question may ask instead ("how much did the trade volume grow"). */
    private static final Set<String> TOTALS = Set.of("trade_total");

    /** The attributes whose value is a place a question may tell as where something happened ("in the capital"). */
    private static final Set<String> PLACES_TOLD_WHERE = Set.of("capital");

    /** Whether the words at {@code at} stand as a venue: after "in", "в" (and a filler), or before "で". */
    private boolean whereSomethingHappened(List<String> terms, int at, int length) {
        boolean before = at >= 1 && (venueBefore.contains(terms.get(at - 1))
                || at >= 2 && fillers.contains(terms.get(at - 1)) && venueBefore.contains(terms.get(at - 2)));
        return before || at + length < terms.size() && venueAfter.contains(terms.get(at + length));
    }

    /** Whether the words at {@code at} are inside a phrase asking a duration ("на сколько времени продлили"). */
    private boolean insideADuration(List<String> terms, int at, int length) {
        for (List<String> duration : durations) {
            for (int start : occurrences(terms, duration)) {
                if (start <= at && at + length <= start + duration.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Who became foreign minister after Kono?", "Кто стал министром после Орешкина?": a verb of taking a post and, last
     * of the words without the names, a word of following one. The words are read with the names taken out, so the word
     * of following ends them when a name follows it ("after he became president" does not).
     */
    private boolean becameAfter(List<String> terms) {
        if (lang == Lang.JA) { // "NAMEさんのあとに経済産業大臣になったのは誰": the word of following right after the name
            for (int i = 0; i < Math.min(terms.size(), 3); i++) {
                if (followingWords.contains(terms.get(i))) {
                    return terms.subList(i + 1, terms.size()).stream().anyMatch(becameWords::contains);
                }
            }
            return false;
        }
        int last = terms.size() - 1;
        while (last >= 0 && enders.contains(terms.get(last))) {
            last--;
        }
        if (last < 1 || becameWords.isEmpty() || !followingWords.contains(terms.get(last))) {
            return false;
        }
        return terms.subList(0, last).stream().anyMatch(becameWords::contains);
    }

    /**
     * Whether the words at {@code at} name what something is for, not what is asked of someone: "for their health",
     * "для населения", "国民の健康のため" (a purpose word at most three words before, or two after).
     */
    private boolean purpose(List<String> terms, int at, int length) {
        for (int i = Math.max(0, at - 3); i < at; i++) {
            if (purposeBefore.contains(terms.get(i))) {
                return true;
            }
        }
        for (int i = at + length; i < Math.min(terms.size(), at + length + 3); i++) {
            if (purposeAfter.contains(terms.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "с ростом продолжительности жизни": a word of a change with a noun after it, which is what changes. */
    private boolean changeOf(List<String> terms, int at, List<String> phrase) {
        int next = at + phrase.size();
        return phrase.size() == 1 && changesOf.contains(phrase.get(0)) && next < terms.size()
                && !contentTerms(List.of(terms.get(next))).isEmpty() && !refersBack(List.of(terms.get(next)));
    }

    @Override
    public boolean linking(String term) {
        return fillers.contains(term) || copulas.contains(term);
    }

    @Override
    public boolean venueBefore(String term) {
        return venueBefore.contains(term);
    }

    @Override
    public boolean venueAfter(String textAfter) {
        return venueAfter.stream().anyMatch(textAfter::startsWith);
    }

    @Override
    public boolean asksDay(List<String> terms) {
        return dayAsked.stream().anyMatch(phrase -> !occurrences(terms, phrase).isEmpty());
    }

    /**
     * {@inheritDoc} Hesitations go ("um", "ну", "えっと"), a self-correction replaces what it takes back ("in march no I
     * mean april": "in april", "三月じゃなくて十一月": "十一月"), and numbers said in words are written in digits
     * ("twenty eighteen": "2018", "в две тысячи семнадцатом году": "в 2017 году", "二千十七年": "2017年"). Japanese words
     * the lexicon writes in kanji and a speech recogniser left in kana are written in kanji ("ってだれ": "って誰").
     */
    @Override
    public String asWritten(String spoken) {
        String text = hesitations == null ? spoken : hesitations.matcher(spoken).replaceAll(" ");
        text = hesitationsFirst == null ? text : hesitationsFirst.matcher(text).replaceFirst("");
        text = SpokenNumbers.inDigits(SPACES.matcher(text.strip()).replaceAll(" "), lang);
        text = selfCorrected(text);
        return kanaSpellings == null ? text : kanaSpellings.respelled(text);
    }

    /** The text with each self-correction applied, at most a few: a question says what it means in a breath or two. */
    private String selfCorrected(String text) {
        if (selfCorrections == null) {
            return text;
        }
        for (int round = 0; round < 3; round++) {
            Matcher m = selfCorrections.matcher(text);
            Optional<String> fixed = Optional.empty();
            while (fixed.isEmpty() && m.find()) {
                boolean weak = weakCorrections.contains(m.group().toLowerCase(Locale.ROOT));
                String before = text.substring(0, m.start());
                String after = text.substring(m.end()).replaceFirst("^[\\s,、，.…\u2013\u2014-]+", "");
                // a whole question taken back: "who met Lavrov? sorry, I meant when did he meet Kono"
                // (not a remark saying which one was meant: "…? I mean the Russian one, not the Japanese minister")
                // (nor one referring back to it: "…whose idea was it? I mean, who put it forward?")
                // (or, unpunctuated as dictated, one begun and said again whole: "what day did the um who met in
                // vladivostok no i mean when did putin and abe meet in vladivostok")
                List<String> afterTerms = terms(after);
                boolean askedAgain = !frames(terms(before)).isEmpty() && frames(afterTerms).stream().anyMatch(f -> f.start() == 0)
                        && contentTerms(afterTerms).size() >= ASKED_AGAIN_WORDS;
                fixed = !weak && (questionEnds.matcher(before).find() || askedAgain) && !frames(afterTerms).isEmpty() && !refersBack(afterTerms)
                        ? Optional.of(after)
                        : lang == Lang.JA ? japaneseCorrection(before, after) : correction(before, after, weak);
            }
            if (fixed.isEmpty()) {
                return text;
            }
            text = fixed.get().strip();
        }
        return text;
    }

    /** The fewest content words of a question said again whole after a correction: enough to ask on its own. */
    private static final int ASKED_AGAIN_WORDS = 3;

    /** The spaces a dropped hesitation leaves. */
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern WORD_SAID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
    /** A verb in the past tense ("signed", "подписал", "объявила"): one takes back another ("who signed, sorry, proposed"). */
    private static final Pattern PAST_VERB = Pattern.compile("(?iu)\\p{L}{3,}(?:ed|[аяеиыу]л|[аяеиыу]ла|[аяеиыу]ли|[аяеиыу]ло)");
    /** A word asking which one ("which", "какой", "каком"), which a correction may ask anew after a preposition. */
    private static final Pattern QUESTION_WORD = Pattern.compile("(?iu)which|what|как(?:ой|ая|ое|ие|ого|ому|ом|ой|ую|их|им|ими)|котор\\p{L}*");
    private static final Pattern MONTH_WORD = Pattern.compile("(?iu)january|february|march|april|may|june|july|august|september"
            + "|october|november|december|(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*");

    /**
     * What a correction leaves: from the nearest of the last few words before it that is alike the first word after it
     * (the same word, both months, both numbers) the words give way to those after it ("in march no I mean in april",
     * "в марте нет в апреле"). With none alike a correction takes back the last word ("lavrov sorry seko"), and "no"
     * takes back nothing: "was it 2017 or not, no idea" corrects nothing.
     */
    private Optional<String> correction(String before, String after, boolean weak) {
        List<MatchResult> words = WORD_SAID.matcher(before).results().toList();
        Matcher next = WORD_SAID.matcher(after);
        if (!next.lookingAt()) {
            return weak ? Optional.empty() : Optional.of(before.strip()); // a correction at the end takes nothing back
        }
        if (words.isEmpty()) {
            return Optional.of(after); // "sorry, who proposed it": nothing said before to take back
        }
        String said = next.group();
        // "на каком заседании, ой, не так — в какой день": a question word after a preposition asks anew from the one before
        String asked = said.length() <= 2 && next.find() ? next.group() : "";
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 4); i--) {
            String word = words.get(i).group();
            if (QUESTION_WORD.matcher(word).matches() && QUESTION_WORD.matcher(asked).matches()) {
                int from = i > 0 && words.get(i - 1).group().length() <= 2 ? i - 1 : i;
                return Optional.of(before.substring(0, words.get(from).start()) + after);
            }
            boolean numbers = word.chars().allMatch(Character::isDigit) && said.chars().allMatch(Character::isDigit);
            if (numbers && word.length() == 4 && said.length() == 2) {
                return Optional.of(before.substring(0, words.get(i).start()) + word.substring(0, 2) + after); // "2017 no 18": 2018
            }
            if (word.equalsIgnoreCase(said) || numbers || MONTH_WORD.matcher(word).matches() && MONTH_WORD.matcher(said).matches()
                    || PAST_VERB.matcher(word).matches() && PAST_VERB.matcher(said).matches()) {
                return Optional.of(before.substring(0, words.get(i).start()) + after);
            }
        }
        return weak ? Optional.empty() : Optional.of(before.substring(0, words.get(words.size() - 1).start()) + after);
    }

    /** The word a Japanese correction follows, with its particle: "三月 じゃなくて 十一月に" → "十一月に". */
    private static final Pattern JAPANESE_CORRECTED = Pattern.compile(
            "[\\p{IsHan}\\p{IsKatakana}ー0-9０-９A-Za-z]+[はがをにでのとへも]?[\\s、，,]*$");

    private static Optional<String> japaneseCorrection(String before, String after) {
        Matcher m = JAPANESE_CORRECTED.matcher(before);
        return Optional.of((m.find() ? before.substring(0, m.start()) : before) + after);
    }

    @Override
    public Optional<List<String>> titled(List<String> terms, String title, String by) {
        List<String> out = new ArrayList<>(terms);
        boolean found = false;
        for (List<String> phrase : titles.getOrDefault(title, List.of())) { // "foreign minister" before "minister"
            for (int i = 0; i + phrase.size() <= out.size(); i++) {
                if (out.subList(i, i + phrase.size()).equals(phrase)) {
                    out.subList(i, i + phrase.size()).clear();
                    out.add(i, by);
                    found = true;
                }
            }
        }
        return found ? Optional.of(out) : Optional.empty();
    }

    @Override
    public Optional<String> titleBeside(List<String> terms, String name, String other, boolean apposed) {
        return beside(terms, titles, name, other, apposed);
    }

    @Override
    public Optional<String> beside(List<String> terms, Map<String, List<List<String>>> phrases, String name, String other, boolean apposed) {
        int at = terms.indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        String title = null;
        int longest = 0;
        for (Map.Entry<String, List<List<String>>> e : phrases.entrySet()) {
            for (List<String> phrase : e.getValue()) {
                for (int i : exactOccurrences(terms, phrase)) {
                    int end = i + phrase.size();
                    boolean before = end <= at && at - end <= 2 && onlyOthersOrNationalities(terms.subList(end, at), other);
                    boolean after = i > at && (lang == Lang.JA ? i == at + 1 : apposed && i - at - 1 <= 2
                            && onlyOthersOrNationalities(terms.subList(at + 1, i), other));
                    if ((before || after) && phrase.size() > longest) {
                        title = e.getKey();
                        longest = phrase.size();
                    }
                }
            }
        }
        return Optional.ofNullable(title);
    }

    private boolean onlyOthersOrNationalities(List<String> between, String other) {
        return between.stream().allMatch(t -> t.equals(other) || (lang == Lang.JA && t.equals("の")) || !nationalities(List.of(t)).isEmpty());
    }

    @Override
    public String afterAskers(String question) {
        if (askers == null) {
            return question;
        }
        Matcher m = askers.matcher(question);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 0 ? question : question.substring(end);
    }

    /** A few words before a colon or a dash that open a question: "For my slides: who is Oreshkin?". */
    private static final Pattern LEAD_IN = Pattern.compile("^([^:：?？。.!]{1,60}?)(?:\\s*[:：]|\\s+[-–—]\\s)\\s*(\\S.*)$", Pattern.DOTALL);

    /** The most content words of a lead-in telling what the writer asks for. */
    private static final int LEAD_IN_WORDS = 5;

    /**
     * The question without a lead-in telling what the writer asks for, does or who wants to know, when a question with a
     * question word or a question mark follows it: "For my slides: who is Oreshkin?", "My boss asks - when was the plan
     * proposed?", "Перевожу статью ТАСС, хочу сверить: план выдвинул Абэ или Путин?". It names nothing asked about: the
     * lead-in of a topic ("Lavrov-Kono talks: venue?") stays.
     */
    public String withoutWritersLeadIn(String question) {
        return withoutWritersLeadIn(question, LEAD_IN, LEAD_IN_WORDS);
    }

    /** A lead-in of any length before a colon: the writer's context ("I'm drafting a brief on Japanese capital … : how much…"). */
    private static final Pattern CONTEXT_BEFORE_COLON = Pattern.compile("^([^:：?？。.!]{1,400}?)\\s*[:：]\\s*(\\S.*)$", Pattern.DOTALL);

    @Override
    public String withoutWritersContext(String question) {
        return withoutWritersLeadIn(question, CONTEXT_BEFORE_COLON, Integer.MAX_VALUE);
    }

    private String withoutWritersLeadIn(String question, Pattern leadInPattern, int mostWords) {
        Matcher m = leadInPattern.matcher(question.strip());
        if (!m.matches()) {
            return question;
        }
        List<String> leadIn = terms(m.group(1));
        boolean writers = leadIn.stream().anyMatch(t -> writer.contains(t) || leadInPurposes.contains(t))
                || !leadIn.isEmpty() && leadInOpeners.contains(leadIn.get(0)) // not "Tokio projects for interregional yr:"
                || askers != null && askers.matcher(m.group(1)).find();
        // a question follows: one with a question word, or one asked by its mark alone ("…выдвинул Абэ или Путин?")
        boolean asks = !frames(terms(m.group(2))).isEmpty() || m.group(2).strip().matches("(?s).*[?？]$");
        if (leadIn.isEmpty() || contentTerms(leadIn).size() > mostWords || !writers || !frames(leadIn).isEmpty() || !asks) {
            return question;
        }
        return m.group(2);
    }

    /**
     * The question without the request wrapped around it: "Could you tell me when they met?" asks "when they met?",
     * and its "tell" names no act of a speaker. A request goes where a question word follows it, or the end of the
     * sentence ("…どこだったか、教えていただけますか", "Подкомитета какой комиссии, не подскажете?"); before "the" it
     * is a question word itself ("tell me the date": "what is the date"), before "about" it asks what a thing is ("could you
     * tell me about the plan": "tell me about the plan"). Elsewhere it stays. The writer's lead-in goes too
     * ({@link #withoutWritersLeadIn}: "For my slides: who is Oreshkin?").
     */
    public String withoutRequests(String question) {
        if (requests == null) {
            return question;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = requests.matcher(question);
        int kept = 0;
        while (m.find()) {
            String rest = question.substring(m.end());
            String replacement;
            if (rest.isBlank() || rest.matches("(?s)^[?？.。!！].*") || CLOSING_ASIDE.matcher(rest.strip()).replaceFirst("").isEmpty()
                    || opensWithAsk(rest)) {
                replacement = "";
            } else if (lang == Lang.EN && rest.regionMatches(true, 0, "the ", 0, 4)) {
                replacement = "what is ";
            } else if (lang == Lang.EN && rest.regionMatches(true, 0, "about ", 0, 6)) {
                replacement = "tell me "; // "could you tell me about the plan": what the plan is
            } else if (lang == Lang.RU && rest.matches("(?isu)^(о|об|про)\\s.*")) {
                replacement = "расскажите ";
            } else {
                continue;
            }
            out.append(question, kept, m.start()).append(replacement);
            kept = m.end();
        }
        if (kept == 0) {
            return withoutWritersLeadIn(question);
        }
        String unwrapped = withoutWritersLeadIn(out.append(question.substring(kept)).toString().strip());
        // "Подскажите, пожалуйста, кто…": what is left opens the question, its case as it was
        return unwrapped.replaceFirst("^[\\s,、:：]+", "");
    }

    /**
     * The most words of a remark after a question that asks by naming a motive: "The real motive.", "本音のところが（知りたい）".
     * (A remark naming another attribute tells what the writer does: "Хочу процитировать в речи губернатора".)
     */
    private static final int MOTIVE_REMARK_WORDS = 5;

    /** The attribute of what someone hoped to get or meant: "motives", "本音". */
    public static final String MOTIVE = "motive";

    /**
     * The question without a statement after its last question mark: "Who announced it? I'd like to cite her
     * correctly" asks who announced it; the statement asks nothing, and its words ("cite") name no act asked about.
     * A statement with a question word of its own ("…? Tell me which year"), asking someone's job ("…? чем рулил") or
     * searching by a noun ("…？発言者を正確に"), still asks, and stays.
     */
    public String withoutAfterthought(String question) {
        int mark = Math.max(question.lastIndexOf('?'), question.lastIndexOf('？'));
        if (mark < 0) {
            return question;
        }
        String after = question.substring(mark + 1).toLowerCase(Locale.ROOT);
        for (String phrase : publication) { // "one line for the post pls": the writer's post, no post of a person asked
            after = after.replace(phrase, " ");
        }
        if (answerForms != null) { // "…? One word, no explanations.": how the answer is wanted, nothing asked
            after = answerForms.matcher(after).replaceAll(" ");
        }
        if (after.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return question.substring(0, mark + 1);
        }
        List<String> remark = terms(after);
        // a few words naming the motive asked ask too: "…持ちかけたんですか？本音のところが（知りたい）", "…? The real motive."
        if (!frames(remark).isEmpty() || asksPosition(remark) || nounAsk(after).isPresent() || namesMotive(remark)) {
            return question;
        }
        return question.substring(0, mark + 1);
    }

    /**
     * The time a remark after the question narrows it to: "…? Just the year is fine.", "…? Нужен месяц.", "…？年だけでいい".
     * Empty when the remark says more than that.
     */
    public Optional<AnswerType> granularityAfter(String question) {
        int mark = Math.max(question.lastIndexOf('?'), question.lastIndexOf('？'));
        if (mark < 0) {
            return Optional.empty();
        }
        List<String> remark = terms(question.substring(mark + 1)).stream()
                .filter(t -> !granularityWords.contains(t) && !fillers.contains(t) && t.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        if (remark.isEmpty()) {
            return Optional.empty();
        }
        return granularities.entrySet().stream().filter(g -> g.getValue().containsAll(remark)).map(java.util.Map.Entry::getKey).findFirst();
    }

    @Override
    public boolean namesMotive(List<String> remark) {
        return remark.size() <= MOTIVE_REMARK_WORDS && attributes(remark).contains(MOTIVE);
    }

    /** The words a last part may add after the noun it opens with: "— month per Zakharova", "— exact date for the timeline box". */
    private static final int LAST_PART_QUALIFIER = 4;
    /** The kinds a last part asks by the noun it opens with (a person only in Japanese: "名前カナで"). */
    private static final Set<AnswerType> OPENING_ASKS = java.util.EnumSet.of(AnswerType.DATE, AnswerType.YEAR, AnswerType.MONTH,
            AnswerType.PLACE, AnswerType.PERSON);

    /**
     * What a question without a question word asks by its noun, as users type a search: a noun of a kind first, before
     * what it is of ("Date of the Oreshkin–Seko talks", "Дата встречи", "Initiator of the plan"), or last, after a colon,
     * a comma or a dash ("Lavrov–Kono talks: venue?", "trade growth in 2018, percent"), or in Japanese after の
     * ("会談の日付", "プランの提案者"). A noun elsewhere names what the question is about, and asks nothing.
     *
     * @param question the question with its names taken out, so a name's words ("Year of …") are no noun
     */
    @Override
    public Optional<NounAsk> nounAsk(String question) {
        String text = CLOSING_ASIDE.matcher(question.strip()).replaceFirst(""); // "…予定地（州レベル）"
        List<String> all = terms(text);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int first = 0;
        while (first + 1 < all.size() && openers.contains(all.get(first))) {
            first++; // "And the region for the joint venture?", "А регион для СП?"
        }
        first += lang == Lang.EN && all.get(first).equals("the") ? 1 : 0;
        while (first + 1 < all.size() && countModifiers.contains(all.get(first))) {
            first++; // "Exact date of the talks", "Общее число мероприятий …"
        }
        for (Phrase noun : nounAsks) {
            List<String> p = noun.terms();
            boolean opens = lang != Lang.JA && !p.isEmpty() && first + p.size() < all.size()
                    && all.subList(first, first + p.size()).equals(p)
                    // an English noun asks before "of" ("Date of"); a Russian one before what it governs ("Дата встречи")
                    && (lang == Lang.RU || OF.contains(all.get(first + p.size()))
                            // "Year the plan was proposed", "Month the exchanges year started", "Year in which Abe put it forward"
                            || TIMES.contains(noun.type()) && WHEN.contains(all.get(first + p.size())));
            if (opens) {
                return Optional.of(new NounAsk(new Frame(noun.type(), noun.placeType(), first, p.size()), firstPart(text)));
            }
        }
        // a part after a separator is the noun asked, with what it describes before it in English and Japanese
        // ("launch month", "開催都市") or after it in Russian ("город проведения"); the last such part, as a search
        // may add where it read it ("— общее число мероприятий, со слов президента?")
        List<String> parts = partsAfterSeparators(text);
        for (int i = parts.size() - 1; i >= 0; i--) {
            List<String> closing = terms(parts.get(i)).stream().filter(t -> !enders.contains(t) && !fillers.contains(t)).toList();
            // people alone after a separator count them, as last in a search: "rehab centre vladivostok - patients so far?"
            List<String> counting = closing.stream().filter(t -> !toDate.contains(t) && !countModifiers.contains(t)).toList();
            if (counting.size() == 1 && people.contains(counting.get(0))) {
                return Optional.of(new NounAsk(new Frame(AnswerType.NUMBER, Optional.empty(), all.lastIndexOf(counting.get(0)), 1), parts.get(i)));
            }
            for (Phrase noun : nounAsks) {
                List<String> p = noun.terms();
                if (p.isEmpty() || closing.size() < p.size()) {
                    continue;
                }
                boolean ends = closing.subList(closing.size() - p.size(), closing.size()).equals(p)
                        // "…вырос на 15% в 2018 году": a year given, not asked
                        && !(closing.size() > p.size() && closing.get(closing.size() - p.size() - 1).chars().allMatch(Character::isDigit));
                // (the last part may open with the noun and say whose or what for after it: "— month per Zakharova",
                // "— exact date for the timeline box", "— yr proposed", "名前カナで")
                List<String> opened = closing.subList(closing.stream().takeWhile(countModifiers::contains).toList().size(), closing.size());
                boolean begins = lang == Lang.RU ? closing.subList(0, p.size()).equals(p)
                        : i == parts.size() - 1 && opened.size() >= p.size() && opened.size() - p.size() <= LAST_PART_QUALIFIER
                                && opened.subList(0, p.size()).equals(p) && OPENING_ASKS.contains(noun.type())
                                // (an English "name" opening a part is a verb: "… Name them.")
                                && (noun.type() != AnswerType.PERSON || lang == Lang.JA);
                if (ends || begins) {
                    int at = Math.max(0, all.indexOf(p.get(0)));
                    return Optional.of(new NounAsk(new Frame(noun.type(), noun.placeType(), at, p.size()), parts.get(i)));
                }
            }
        }
        // an English search of a few words: its first noun of a kind, after at most two words describing it ("osaka
        // twin city on the russian side", "japanese corporate partner equipping …"); a Russian one puts it first
        // ("Дата встречи"), a noun after is of what it governs ("проекты года регионов")
        List<String> opening = all.stream().filter(t -> !fillers.contains(t)).limit(4).toList();
        if (lang == Lang.EN) {
            for (Phrase noun : nounAsks) {
                List<String> p = noun.terms();
                if (noun.type() == AnswerType.YEAR) {
                    continue; // "year" is in the names of the programmes: "Russia-Japan cross year events"
                }
                // a lone first word may be a verb ("Name the areas"): a noun asks after a word describing it, or as a phrase
                if (!p.isEmpty() && exactOccurrences(opening, p).stream().anyMatch(at -> at <= 2 && at + p.size() >= 2)) {
                    return Optional.of(new NounAsk(new Frame(noun.type(), noun.placeType(), all.indexOf(p.get(0)), p.size()),
                            firstPart(text)));
                }
            }
        }
        return Optional.empty();
    }

    /** Where a part asking several things parts them: "and", "и", "と" and commas. */
    private static final Pattern JOINED_EN = Pattern.compile("(?i),?\\s+and\\s+|,\\s*");
    private static final Pattern JOINED_RU = Pattern.compile("(?iu),?\\s+и\\s+|,\\s*");
    private static final Pattern JOINED_JA = Pattern.compile("と(?=[^と]{2,})|、|及び|および");

    @Override
    public List<NounAsk> joinedNounAsks(String question) {
        String text = CLOSING_ASIDE.matcher(question.strip()).replaceFirst("");
        // (a Japanese part runs from its comma: spaces and の part the words of a search, not the asks)
        List<String> parts = lang == Lang.JA ? List.of(text.substring(text.lastIndexOf('、') + 1).replaceFirst("[?？.。!！\\s]+$", ""))
                : partsAfterSeparators(text);
        if (parts.isEmpty()) {
            return List.of();
        }
        String last = parts.get(parts.size() - 1);
        Pattern joined = switch (lang) {
            case EN -> JOINED_EN;
            case RU -> JOINED_RU;
            case JA -> JOINED_JA;
        };
        String[] pieces = joined.split(last);
        if (pieces.length < 2) {
            return List.of();
        }
        List<String> all = terms(question);
        List<NounAsk> asks = new ArrayList<>();
        // the pieces asking, from the last back: "ラブロフと河野の会談の場所と日付は" asks the place and the date
        for (int i = pieces.length - 1; i >= 0; i--) {
            String piece = pieces[i];
            List<String> words = terms(piece);
            List<String> closing = words.stream().filter(t -> !enders.contains(t) && !fillers.contains(t)).toList();
            Optional<NounAsk> ask = Optional.empty();
            for (Phrase noun : nounAsks) {
                List<String> p = noun.terms();
                if (p.isEmpty() || closing.size() < p.size()) {
                    continue;
                }
                boolean ends = closing.subList(closing.size() - p.size(), closing.size()).equals(p);
                // (Russian puts the noun first, "число проектов"; English before "of", "number of projects")
                boolean begins = lang == Lang.RU && closing.subList(0, p.size()).equals(p) || lang == Lang.EN && words.size() > p.size()
                        && words.subList(0, p.size()).equals(p) && OF.contains(words.get(p.size()));
                if (ends || begins) {
                    ask = Optional.of(new NounAsk(new Frame(noun.type(), noun.placeType(), Math.max(0, all.indexOf(p.get(0))), p.size()), piece));
                    break;
                }
            }
            if (ask.isEmpty()) {
                break; // a piece asking nothing: "Lavrov and Kono" are names
            }
            asks.add(0, ask.get());
        }
        // "day, month and year please", "число и месяц": the parts of one date, asked as one
        boolean oneTime = asks.stream().allMatch(a -> TIMES.contains(a.frame().type()));
        // "date and place", "число и месяц": a phrase of the lexicon asks as one noun
        List<String> lastTerms = terms(last).stream().filter(t -> !enders.contains(t) && !fillers.contains(t)).toList();
        boolean onePhrase = nounAsks.stream().map(n -> n.terms().stream().filter(t -> !enders.contains(t) && !fillers.contains(t)).toList())
                .anyMatch(n -> n.size() > 1 && lastTerms.equals(n));
        // (two counts of different things are two asks: "策定された総数と実施中の数", the projects drawn up and those under way)
        List<Set<String>> counts = asks.stream().map(a -> Set.copyOf(countedIn(a.part()))).toList();
        boolean twoCounts = asks.size() > 1 && asks.stream().allMatch(a -> a.frame().type() == AnswerType.NUMBER)
                && counts.stream().noneMatch(Set::isEmpty) && counts.stream().distinct().count() == asks.size();
        return oneTime || onePhrase || asks.stream().map(a -> a.frame().type()).distinct().count() < 2 && !twoCounts ? List.of() : asks;
    }

    /**
     * What a search of keywords alone asks by its last noun of a kind: "lavrov kono meeting 2017 city", "продление года
     * обменов дата", "2017年11月に外相会談が行われた都市". A search types no question mark and no separator (a search in
     * parts says in which part it asks: see {@link #nounAsk}); a question that ends with a question mark and names a kind
     * last speaks of it ("На результаты чего опирался раунд переговоров министров?"). A figure before a
     * noun of time gives the time ("в 2018 году"), but a year before a date or a month only bounds it ("путин абэ владивосток
     * 2017 дата"); "no" before it denies it ("the page has no year").
     *
     * @param question the question with its names taken out
     */
    @Override
    public Optional<NounAsk> keywordAsk(String question) {
        String text = question.strip();
        if (text.endsWith("?") || text.endsWith("？") || lang != Lang.JA && SEPARATOR.matcher(text).find()) {
            return Optional.empty(); // a question, or a search in parts: its parts tell what it asks
        }
        List<String> all = terms(text);
        // a filler that is a noun of a kind stays after a verb: "発表した人" asks the person ("ロシア人" does not)
        int last = all.size() - 1;
        boolean relative = last > 0 && enders.contains(all.get(last - 1));
        List<String> keywords = new ArrayList<>(all.stream().filter(t -> !enders.contains(t) && !fillers.contains(t)).toList());
        if (relative && fillers.contains(all.get(last)) && nounAsks.stream().anyMatch(n -> n.terms().equals(List.of(all.get(last))))) {
            keywords.add(all.get(last));
        }
        // the year or figure a search ends with bounds what it asks: "deputy fm talks month 2018"
        while (keywords.size() > 1 && keywords.get(keywords.size() - 1).chars().allMatch(Character::isDigit)) {
            keywords.remove(keywords.size() - 1);
        }
        for (Phrase noun : nounAsks) {
            List<String> p = noun.terms();
            int at = keywords.size() - p.size();
            if (p.isEmpty() || at < 1 || !keywords.subList(at, keywords.size()).equals(p)
                    // (a year before a finer time bounds it: "putin abe vladivostok 2017 date" asks the date)
                    || TIMES.contains(noun.type()) && keywords.get(at - 1).chars().allMatch(Character::isDigit)
                            && (noun.type() == AnswerType.YEAR || !YEAR_WRITTEN.matcher(keywords.get(at - 1)).matches())
                    // "zakharova 2018 special year": a search giving the year does not ask it
                    || noun.type() == AnswerType.YEAR && keywords.stream().anyMatch(k -> YEAR_WRITTEN.matcher(k).matches())
                    || NEGATIONS.contains(keywords.get(at - 1))) {
                continue;
            }
            int start = all.lastIndexOf(p.get(0));
            if (start > 0 && conjunctions.stream().anyMatch(c -> c.equals(List.of(all.get(start - 1))))) {
                return Optional.empty(); // "date and venue": two asks, read as a question in parts
            }
            return Optional.of(new NounAsk(new Frame(noun.type(), noun.placeType(), start, p.size()), text));
        }
        // people last count them: "2020 exchanges participants", "rehab centre patients"
        String closing = keywords.isEmpty() ? "" : keywords.get(keywords.size() - 1);
        if (keywords.size() > 1 && people.contains(closing)) {
            return Optional.of(new NounAsk(new Frame(AnswerType.NUMBER, Optional.empty(), all.lastIndexOf(closing), 1), text));
        }
        return Optional.empty();
    }

    /** The text before its first separator. */
    private String firstPart(String text) {
        Matcher m = SEPARATOR.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /**
     * What a searched count counts: the words of the part that asks, but for the nouns of a count themselves
     * ("number", "tally", "число", "数") and numbers ("2020 participation figure": participants).
     */
    @Override
    public List<String> countedIn(String part) {
        List<String> counted = new ArrayList<>();
        for (String t : contentTerms(terms(part))) {
            if (!countNouns.contains(t) && !countModifiers.contains(t) && !toDate.contains(t) && !t.chars().allMatch(Character::isDigit) && !counted.contains(t)
                    && !writersWord(t)) { // "the other count I saw": the writer's words count nothing
                counted.add(t); // "exact figure" counts nothing exact
            }
        }
        // "exchange events turnout": the people counted, whichever word of the search names them
        counted.sort(Comparator.comparing(t -> !people.contains(t)));
        return counted;
    }

    private static final Pattern YEAR_WRITTEN = Pattern.compile("(?:19|20)\\d\\d");
    private static final Set<AnswerType> QUANTITIES = Set.of(AnswerType.NUMBER, AnswerType.AMOUNT);
    private static final Set<String> OF = Set.of("of", "for");
    /**
     * An aside in brackets closing a question ("…予定地（州レベル）"), which asks nothing; alone after a request, it closes
     * the question the request wraps ("…確認したい（1月の発言ベース）。").
     */
    private static final Pattern CLOSING_ASIDE = Pattern.compile("\\s*[(（][^()（）]*[)）]\\s*[?？.。!！]*$");
    private static final Set<String> WHEN = Set.of("the", "when", "in", "on", "that");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "нет", "не", "без");
    private static final Set<AnswerType> TIMES = Set.of(AnswerType.DATE, AnswerType.MONTH, AnswerType.YEAR);

    /**
     * The parts after each colon, comma, dash or full stop, the first part not among them (after each の, space or
     * comma in Japanese), without the closing marks.
     */
    private List<String> partsAfterSeparators(String question) {
        String text = question.strip().replaceFirst("[?？.。!！\\s]+$", "");
        List<int[]> separators = new ArrayList<>(); // start and end of each
        if (lang == Lang.JA) {
            // "会談の日付", "2018年 日ロ貿易 伸び率"
            for (int i = 0; i < text.length(); i++) {
                if ("の \u3000、。".indexOf(text.charAt(i)) >= 0) {
                    separators.add(new int[] {i, i + 1});
                }
            }
        } else {
            Matcher m = SEPARATOR.matcher(text);
            while (m.find()) {
                separators.add(new int[] {m.start(), m.end()});
            }
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < separators.size(); i++) {
            int end = i + 1 < separators.size() ? separators.get(i + 1)[0] : text.length();
            parts.add(text.substring(separators.get(i)[1], Math.max(separators.get(i)[1], end)));
        }
        return parts;
    }

    private static final Pattern SEPARATOR = Pattern.compile("[:：,;]|[.?!](?=\\s)|\\s[-–—]\\s?|\\s?[-–—]\\s");

    /** Whether the text opens with a question word, after at most one word ("in which year", "на какое время"). */
    private boolean opensWithAsk(String text) {
        List<String> opening = terms(text.length() > 60 ? text.substring(0, 60) : text);
        if (opening.isEmpty()) {
            return false;
        }
        if (frames(opening).stream().anyMatch(f -> f.start() <= 1)) {
            return true;
        }
        // a noun of a kind first asks it as a question word would: "Уточните дату встречи…" asks the date
        if (lang == Lang.RU && nounAsk(text).filter(n -> n.frame().start() == 0).isPresent()) {
            return true;
        }
        return describe.stream().anyMatch(phrase -> exactOccurrences(opening, phrase).stream().anyMatch(at -> at <= 1));
    }

    @Override
    public String respell(String question) {
        String plain = TITLE_STOP.matcher(HONORIFIC.matcher(question).replaceAll("")).replaceAll("$1"); // "Mr. Putin": no sentence ends
        return misspelt == null ? plain : misspelt.matcher(plain).replaceAll(m ->
                Matcher.quoteReplacement(respellings.get(m.group(1).toLowerCase(Locale.ROOT))));
    }

    /** The stop after a title before a name ("Mr. Putin", "Dr. Galushka"), which ends no sentence. */
    private static final Pattern TITLE_STOP = Pattern.compile("\\b(Mr|Mrs|Ms|Dr|Prof|Messrs)\\.(?=\\s+\\p{Lu})");

    /** A Japanese honorific or title joined to a name in Latin or Cyrillic letters: "Abe-san", "Seko-daijin", "Лавров-сан" are Abe, Seko and Лавров. */
    private static final Pattern HONORIFIC = Pattern.compile(
            "(?iu)(?<=[\\p{IsLatin}\\p{IsCyrillic}])[-‐‑–](?:san|sama|shi|kun|chan|dono|sensei|daijin|shusho|shushou|gaisho|gaishou|сан|сама|си|кун|тян|сэнсэй|сенсей|дайдзин)(?![\\p{L}])");

    @Override
    public Set<String> nationalities(List<String> terms) {
        Set<String> countries = new java.util.LinkedHashSet<>();
        nationalities.forEach((country, phrases) -> {
            if (phrases.stream().anyMatch(phrase -> !occurrences(terms, phrase).isEmpty())) {
                countries.add(country);
            }
        });
        return countries;
    }

    @Override
    public Set<String> sidesNamed(List<String> terms) {
        Set<String> countries = new java.util.TreeSet<>();
        nationalities.forEach((country, phrases) -> phrases.forEach(phrase -> occurrences(terms, phrase).forEach(start -> {
            int after = start + phrase.size();
            if (sides.contains(phrase.get(phrase.size() - 1)) || after < terms.size() && sides.contains(terms.get(after))) {
                countries.add(country);
            }
        })));
        return countries;
    }

    @Override
    public Map<String, Set<String>> nationalThings(List<String> terms) {
        Map<Integer, Map.Entry<String, Integer>> at = new java.util.HashMap<>(); // start -> country, length
        // "ロシアの" is a possessive as much as an adjective (ロシアの極東, Russia's Far East): only an adjective gives a nationality
        nationalities.forEach((country, phrases) -> phrases.stream().filter(phrase -> !phrase.contains("の")).forEach(phrase -> occurrences(terms, phrase)
                .forEach(start -> at.merge(start, Map.entry(country, phrase.size()), (a, b) -> a.getValue() >= b.getValue() ? a : b))));
        Map<String, Set<String>> things = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Set<String> countries = new java.util.TreeSet<>();
            int next = i;
            while (at.containsKey(next)) { // "Japanese and Russian committees": both give the committees
                countries.add(at.get(next).getKey());
                next += at.get(next).getValue();
                final int after = next;
                boolean joined = conjunctions.stream().anyMatch(c -> c.size() == 1 && after < terms.size() && c.get(0).equals(terms.get(after)));
                if (joined && at.containsKey(next + 1)) {
                    next++;
                }
            }
            if (!countries.isEmpty() && next < terms.size()) {
                things.computeIfAbsent(terms.get(next), k -> new java.util.TreeSet<>()).addAll(countries);
            }
            i = Math.max(i, next - 1);
        }
        return things;
    }

    @Override
    public boolean opposes(List<String> question, List<String> text) {
        for (List<List<List<String>>> pair : opposites) {
            boolean[] asked = sides(pair, question);
            boolean[] said = sides(pair, text);
            if (asked[0] != asked[1] && said[0] != said[1] && asked[0] != said[0]) {
                return true;
            }
        }
        return false;
    }

    private boolean[] sides(List<List<List<String>>> pair, List<String> terms) {
        boolean[] found = new boolean[2];
        for (int side = 0; side < 2; side++) {
            found[side] = standsUndenied(pair.get(side), terms);
        }
        return found;
    }

    @Override
    public boolean speaksOfReversal(List<String> terms) {
        // "обмены не прекратились даже в ковид", "didn't stop", "止まらなかった": said not to have happened
        return standsUndenied(reversals, terms);
    }

    /** Whether a phrase stands in the terms and is not denied there: "stopped", not "did not stop". */
    private boolean standsUndenied(List<List<String>> phrases, List<String> terms) {
        return phrases.stream().anyMatch(p -> occurrences(terms, p).stream().anyMatch(at -> !negated(terms, at, p.size())));
    }

    /** Words denying the verb after them ("not", "не", "never"), or in Japanese after it ("ない", "ず"). */
    private static final Set<String> DENIALS_BEFORE = Set.of("not", "never", "didn't", "don't", "doesn't", "wasn't", "weren't",
            "hasn't", "haven't", "hadn't", "won't", "isn't", "aren't", "не", "ни");
    private static final Set<String> DENIALS_AFTER = Set.of("ない", "ぬ", "ず");

    /** Words making a denial a question that presumes it: "Разве товарооборот не упал?", "не упал ли". */
    private static final Set<String> PRESUMING = Set.of("разв", "неужел", "ли");

    /**
     * Whether the phrase at a place in the terms is denied: "did not stop", "не прекратились", "止まらなかった"; not in
     * a question presuming it ("Didn't trade fall?", "Разве не упал?").
     */
    private static boolean negated(List<String> terms, int at, int length) {
        if (terms.stream().anyMatch(PRESUMING::contains)) {
            return false;
        }
        if (at > 0 && DENIALS_BEFORE.contains(terms.get(at - 1))) {
            return true;
        }
        for (int i = at + length; i < Math.min(terms.size(), at + length + 3); i++) {
            if (DENIALS_AFTER.contains(terms.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean asksSpan(List<String> terms) {
        return anyStands(spanAsks, terms);
    }

    @Override
    public boolean speaksOfExtension(List<String> terms) {
        return anyStands(extensions, terms);
    }

    @Override
    public boolean opensWithMany(List<String> terms) {
        return !terms.isEmpty() && manyFirst.contains(terms.get(0));
    }

    @Override
    public boolean opensSubordinateClause(List<String> clauseTerms) {
        for (List<String> opener : subordinateOpeners) {
            int n = opener.size();
            List<String> rest = clauseTerms.subList(Math.min(n, clauseTerms.size()), clauseTerms.size());
            if (clauseTerms.size() > n + 1 && clauseTerms.subList(0, n).equals(opener)
                    && yesNo.stream().noneMatch(aux -> rest.size() >= aux.size() && rest.subList(0, aux.size()).equals(aux))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean namesWhatWasSaid(String term) {
        return saidThings.contains(term);
    }

    @Override
    public boolean speaksOfInvesting(List<String> terms) {
        return anyStands(investing, terms);
    }

    @Override
    public boolean asksTotal(java.util.Collection<String> terms) {
        return totals.stream().anyMatch(terms::containsAll);
    }

    @Override
    public boolean speaksOfStart(List<String> terms) {
        return anyStands(starts, terms);
    }

    @Override
    public List<List<String>> outcomes(List<String> terms) {
        return outcomes.stream().filter(phrase -> !occurrences(terms, phrase).isEmpty()).toList();
    }

    @Override
    public List<List<String>> attributeTerms(String attribute) {
        return attributes.getOrDefault(attribute, List.of());
    }

    @Override
    public boolean attributeNear(List<String> terms, String attribute, String name) {
        boolean found = false;
        for (List<String> phrase : attributes.getOrDefault(attribute, List.of())) {
            for (int at : exactOccurrences(terms, phrase)) {
                found = true;
                if (phrase.contains(NAME) && name.equals(NAME)) {
                    return true; // "next NAME": the name is in the phrase
                }
                int end = at + phrase.size();
                if (lang != Lang.JA && at > 0 && end == terms.size() && !terms.get(at - 1).equals(name)
                        && !contentTerms(List.of(terms.get(at - 1))).isEmpty() && !anaphora.contains(List.of(terms.get(at - 1)))) {
                    continue; // a search's last word, of the thing named just before it: "орешкин товарооборот рост" is the trade's growth
                }
                // Japanese asks of the topic, however far before ("東芝はロシアとの取引でいくら稼いでる")
                int from = lang == Lang.JA ? 0 : Math.max(0, at - 4);
                List<String> around = terms.subList(from, Math.min(terms.size(), at + phrase.size() + 4));
                if (around.contains(name) || refersBack(around)) {
                    return true;
                }
            }
        }
        return !found; // the name stands inside the phrase ("where is Putin from"): as near as a name can be
    }

    @Override
    public List<Integer> attributeAt(List<String> terms, String attribute) {
        return attributes.getOrDefault(attribute, List.of()).stream().flatMap(p -> exactOccurrences(terms, p).stream()).sorted().toList();
    }

    @Override
    public boolean speaksOfRelations(java.util.Collection<String> terms) {
        return relations.stream().anyMatch(phrase -> terms.containsAll(phrase));
    }

    @Override
    public boolean asksRole(List<String> terms) {
        return anyStands(roles, terms);
    }

    @Override
    public boolean asksNow(List<String> terms) {
        return anyStands(now, terms);
    }

    @Override
    public boolean namesSum(List<String> terms) {
        return anyStands(sums, terms);
    }

    @Override
    public boolean asksStill(List<String> terms) {
        return anyStands(still, terms);
    }

    @Override
    public boolean asksEvery(List<String> terms) {
        return anyStands(every, terms);
    }

    @Override
    public boolean speaksOfReport(List<String> terms) {
        return anyStands(reports, terms);
    }

    @Override
    public boolean asksDateline(List<String> terms) {
        return anyStands(datelines, terms);
    }

    @Override
    public boolean refersBackAsWritten(String question) {
        return !writtenAnaphora.isEmpty() && java.util.Arrays.stream(question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(writtenAnaphora::contains);
    }

    @Override
    public boolean countNoun(String term) {
        return countNouns.contains(term);
    }

    @Override
    public boolean countAdverb(String term) {
        return countAdverbs.contains(term);
    }

    @Override
    public boolean asksOthers(List<String> terms) {
        return anyStands(others, terms);
    }

    @Override
    public boolean asksCounterpart(List<String> terms) {
        return anyStands(counterparts, terms);
    }

    @Override
    public boolean asksAnother(List<String> terms) {
        return anyStands(asksAnother, terms);
    }

    @Override
    public boolean possessive(String term) {
        return possessives.contains(term);
    }

    @Override
    public boolean asksWhichOnes(List<String> terms) {
        return anyStands(whichOnes, terms);
    }

    @Override
    public boolean pointsAtTheEventTold(List<String> terms) {
        return anyStands(thatEvent, terms);
    }

    @Override
    public boolean asksWhy(List<String> terms) {
        return asks(why, terms);
    }

    @Override
    public boolean asksPurpose(List<String> terms) {
        return asks(purposes, terms);
    }

    /** Whether one of the phrases stands, not made indefinite: "зачем-то продлили" is extended for some reason, not asked why. */
    private boolean asks(List<List<String>> phrases, List<String> terms) {
        return phrases.stream().anyMatch(p -> occurrences(terms, p).stream()
                .anyMatch(at -> at + p.size() >= terms.size() || !indefinite.contains(terms.get(at + p.size()))));
    }

    @Override
    public boolean money(java.util.Collection<String> terms) {
        return terms.stream().anyMatch(money::contains);
    }

    @Override
    public boolean growth(java.util.Collection<String> terms) {
        return terms.stream().anyMatch(growth::contains);
    }

    @Override
    public boolean cites(List<String> terms) {
        return anyStands(cites, terms);
    }

    @Override
    public boolean asksSource(List<String> terms) {
        return anyStands(sourceAsks, terms);
    }

    @Override
    public boolean sourceOrDoubt(String term) {
        return sourceWords.contains(term);
    }

    @Override
    public boolean onlySmallTalk(String message) {
        if (smallTalk == null) {
            return false;
        }
        Matcher m = smallTalk.matcher(message);
        return m.find() && m.reset().replaceAll(" ").codePoints().noneMatch(Character::isLetterOrDigit);
    }

    @Override
    public boolean doubtsTheAnswer(List<String> terms) {
        return anyStands(doubting, terms);
    }

    @Override
    public boolean asksHuman(List<String> terms) {
        return anyStands(humans, terms);
    }

    @Override
    public boolean asksPosition(List<String> terms) {
        return anyStands(position, terms);
    }

    @Override
    public boolean conjunctionBetween(List<String> terms, int from, int to) {
        return conjunctions.stream().anyMatch(c -> occurrences(terms, c).stream().anyMatch(at -> at > from && at < to));
    }

    @Override
    public boolean hasConjunction(List<String> terms) {
        return anyStands(conjunctions, terms);
    }

    /** The words of the attributes' phrases, as written in lower case: what no fact states ("погода", "возраст"). */
    public Set<String> attributeWords() {
        return java.util.Collections.unmodifiableSet(attributeWords);
    }

    /** The words of every phrase of the lexicon, in lower case: the words its rules read. */
    public Set<String> words() {
        return words;
    }

    @Override
    public boolean speaksOfWriter(List<String> terms) {
        return namesWriter(terms) && writerSaw.stream().allMatch(verb -> occurrences(terms, verb).isEmpty());
    }

    @Override
    public boolean salutes(String clause) {
        return salutations != null && salutations.matcher(clause).find() && frames(terms(clause)).isEmpty();
    }

    @Override
    public boolean writersVerbIn(String clause) {
        return !writerVerbs.isEmpty() && java.util.Arrays.stream(clause.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(writerVerbs::contains);
    }

    @Override
    public boolean asksOfWritersOwn(List<String> terms) {
        return writersOwn.stream().anyMatch(phrase -> !occurrences(terms, phrase).isEmpty());
    }

    @Override
    public boolean speaksOfWritersGroup(List<String> terms) {
        return (namesWriter(terms) || terms.stream().anyMatch(writersGroup::contains))
                && writerSaw.stream().allMatch(verb -> occurrences(terms, verb).isEmpty());
    }

    @Override
    public boolean tellsWritersPurpose(List<String> terms) {
        return terms.stream().anyMatch(leadInPurposes::contains);
    }

    @Override
    public Optional<AnswerType> headNounType(String term) {
        return Optional.ofNullable(headNounTypes.get(term));
    }

    @Override
    public boolean relaysAQuestion(List<String> terms) {
        return anyStands(relays, terms);
    }

    @Override
    public boolean namesWriter(List<String> terms) {
        return terms.stream().anyMatch(writer::contains);
    }

    @Override
    public boolean writersWord(String term) {
        return writer.contains(term) || writerSaw.stream().anyMatch(p -> p.size() == 1 && p.get(0).equals(term));
    }

    @Override
    public boolean refersBack(List<String> terms) {
        return anyStands(anaphora, terms);
    }

    @Override
    public boolean mentions(List<String> terms, Slots.Actor.Part part) {
        return parts.getOrDefault(part, List.of()).stream().anyMatch(p -> !occurrences(terms, p).isEmpty());
    }

    @Override
    public boolean contains(List<String> terms, List<String> phrase) {
        return !occurrences(terms, phrase).isEmpty();
    }

    /**
     * Where a phrase's terms occur in order in the terms; a Japanese phrase may also match inside one term, or across
     * terms from the start of one: "この" is not in "どこ" + "の".
     */
    List<Integer> occurrences(List<String> terms, List<String> phrase) {
        List<Integer> at = exactOccurrences(terms, phrase);
        if (at.isEmpty() && lang == Lang.JA && !phrase.isEmpty()) {
            String joined = String.join("", phrase);
            if (joined.length() >= 2) {
                for (int i = 0; i < terms.size(); i++) {
                    StringBuilder run = new StringBuilder();
                    for (int j = i; j < terms.size() && run.length() < joined.length() + 8; j++) {
                        run.append(terms.get(j));
                        int found = run.indexOf(joined);
                        if (found == 0 || found > 0 && found + joined.length() <= terms.get(i).length()) {
                            at.add(i);
                            break;
                        }
                    }
                    if (!at.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return at;
    }

    private static List<Integer> exactOccurrences(List<String> terms, List<String> phrase) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; !phrase.isEmpty() && i + phrase.size() <= terms.size(); i++) {
            if (terms.subList(i, i + phrase.size()).equals(phrase)) {
                at.add(i);
            }
        }
        return at;
    }

    /** The language's Lucene stop words, which carry no content either. */
    private static List<String> stopWords(Lang lang) {
        org.apache.lucene.analysis.CharArraySet set = switch (lang) {
            case EN -> org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case RU -> org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet();
            case JA -> org.apache.lucene.analysis.ja.JapaneseAnalyzer.getDefaultStopSet();
        };
        List<String> words = new ArrayList<>();
        set.forEach(o -> words.add(new String((char[]) o)));
        return words;
    }

    /**
     * The Japanese question phrases of the lexicon, kept whole by the tokenizer: without them Kuromoji may cut
     * "のはいつですか" as の|は|い|つ and lose いつ.
     */
    private static List<String> questionWords(YamlNode lexicon) {
        java.util.Set<String> words = new java.util.TreeSet<>(); // sorted and once each, as the dictionary needs
        for (YamlNode frame : lexicon.require("frames").items()) {
            String phrase = frame.items().get(0).nonBlank();
            if (!phrase.endsWith("$") // a frame that must end the question stays in its words: どこ may still ask a place
                    && phrase.codePointCount(0, phrase.length()) >= 2 && !phrase.contains(" ") && !phrase.contains(",")) {
                words.add(phrase);
            }
        }
        return List.copyOf(words);
    }

    private static org.apache.lucene.analysis.ja.dict.UserDictionary userDictionary(List<String> words) {
        StringBuilder csv = new StringBuilder();
        for (String w : words) {
            csv.append(w).append(',').append(w).append(',').append(w).append(",疑問詞\n");
        }
        try {
            return org.apache.lucene.analysis.ja.dict.UserDictionary.open(new java.io.StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words the stemmer must leave whole because their stem is another word's: "proposer" and "proposal" are both
     * "propos", so a noun asking a person would be read in "abe proposal".
     */
    private static Set<String> keptWhole(YamlNode lexicon) {
        return Set.copyOf(optionalStrings(lexicon, "kept_whole")); // as written: they are read before the stemmer
    }

    private static Analyzer analyzer(Lang lang, List<String> questionWords, Set<String> keptWhole) {
        org.apache.lucene.analysis.ja.dict.UserDictionary dictionary = lang == Lang.JA ? userDictionary(questionWords) : null;
        return switch (lang) {
            case EN -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream chain = new PorterStemFilter(new KeptWhole(new LowerCaseFilter(new EnglishPossessiveFilter(source)), keptWhole));
                    return new TokenStreamComponents(source, chain);
                }
            };
            case RU -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream marked = new org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter(new HowWord(new LowerCaseFilter(source)),
                            new org.apache.lucene.analysis.CharArraySet(keptWhole, false));
                    return new TokenStreamComponents(source, new SnowballFilter(marked, new RussianStemmer()));
                }
            };
            case JA -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new JapaneseTokenizer(dictionary, false, JapaneseTokenizer.Mode.NORMAL);
                    TokenStream chain = new LowerCaseFilter(new CJKWidthFilter(new JapaneseBaseFormFilter(source)));
                    return new TokenStreamComponents(source, chain);
                }
            };
        };
    }

    private static YamlNode lexicon(Lang lang) {
        return YamlNode.resource("lexicon/" + lang.code() + ".yaml");
    }
}
