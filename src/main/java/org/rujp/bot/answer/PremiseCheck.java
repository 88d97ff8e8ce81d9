package org.rujp.bot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.answer.analysis.AnswerType;
import org.rujp.bot.answer.analysis.InformationNeed;
import org.rujp.bot.answer.analysis.LanguageRules;
import org.rujp.bot.answer.analysis.LexiconRules;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EntityCard;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;
import org.rujp.bot.retrieval.AliasExpander;

/**
 * What a question takes for granted, checked against a candidate fact before the fact may answer it. A fact
 * answering "Why did trade fall by 25% in Tokyo?" must speak of everyone and everything the question names, state
 * its numbers and not move the other way; otherwise it is about something else, or the question's premise is
 * not what the articles say, and stating the fact as the answer would confirm it.
 * <ul>
 *   <li><b>names</b>: every person, organisation, city and region the question names is one the fact speaks of
 *       (a place also when the fact's place lies in it or holds it: "the Far East" for Vladivostok);</li>
 *   <li><b>numbers</b>: every number of 10 or more the question states (not a year: years have their own check),
 *       and every share, is one the fact states, in any of its languages;</li>
 *   <li><b>parts</b>: a person the question gives the part its verb names ("why did Putin propose") holds that part
 *       in the fact, when the fact names who holds it;</li>
 *   <li><b>direction</b>: a question of a fall is not answered by a fact of a rise, nor the other way round.</li>
 * </ul>
 */
final class PremiseCheck {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{IsLatin}\\p{IsCyrillic}\\d.,])(\\d{1,3}(?:[ ,\u00a0]\\d{3})+|\\d+)(?:[.,](\\d+))?"
            + "\\s*(%|％|процент|percent|per cent)?\\s*(万|億|thousand|million|billion|тыс|млн|млрд|миллион|миллиард|тысяч|k(?!\\p{L})|bn(?!\\p{L})|mln(?!\\p{L}))?");
    /** The word after a number and its scale: what it counts ("events", "мероприятий", the 件 of "600件"). */
    private static final Pattern COUNTED = Pattern.compile("\\s*(\\p{IsHan}|[\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]{3,})"
            + "(?:\\s+([\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]{3,}))?");
    /** Marks a share among a fact's stated numbers: "%17" beside "17". */
    private static final String SHARE = "%";
    /** A bound before or after a figure: "more than", "больше чем на", "以上", "を超え"; "less than", "меньше", "未満". */
    private static final Pattern MORE_BEFORE = Pattern.compile("(?iu)(?:more than|over|at least|above|upwards of|больше|более|свыше|не менее|минимум)(?:\\s+чем)?(?:\\s+(?:на|в|by))?\\s*$");
    private static final Pattern LESS_BEFORE = Pattern.compile("(?iu)(?:less than|fewer than|under|below|at most|меньше|менее|не более|максимум)(?:\\s+чем)?(?:\\s+(?:на|в|by))?\\s*$");
    private static final Pattern MORE_AFTER = Pattern.compile("^\\s*(?:[%％]|人|件|名|社|回|ドル|円)?(?:以上|超|を超え|より多|強)");
    private static final Pattern LESS_AFTER = Pattern.compile("^\\s*(?:[%％]|人|件|名|社|回|ドル|円)?(?:未満|以下|より少|弱)");
    /** Two figures given as the bounds of a guess: "на 15-20%", "15–20 percent", "от 15 до 20", "15〜20%". */
    private static final Pattern RANGE = Pattern.compile("(?iu)(\\d+(?:[.,]\\d+)?)\\s*(?:%|％|процент\\p{L}*|percent)?\\s*(?:-|–|—|~|〜|～|до|to)\\s*(\\d+(?:[.,]\\d+)?)");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d.])(?:\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}"
            // a day and a month alone: "с Сэко 10.06" (not "16.05 млрд", "1.5 million")
            + "|\\d{1,2}\\.(?:0[1-9]|1[0-2])(?![.,]?\\d|\\s*(?:%|млн|млрд|тыс|трлн|million|billion|thousand|万|億)))(?![\\d])");
    /** A day of a month written with the month's name: "10 июня", "June 10", "10th of June", "6月10日" (checked as a date, no figure). */
    private static final String MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\\p{L}])|(?:январ|феврал|март|апрел|ма[яе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*";
    private static final Pattern WORDED_DAY = Pattern.compile("(?iu)(?<![\\d.,])(?:[1-3]?\\d(?:-?(?:го|е|ое|st|nd|rd|th))?\\s+(?:of\\s+)?(?:"
            + MONTH_NAME + ")|(?:" + MONTH_NAME + ")\\.?\\s+[1-3]?\\d(?:st|nd|rd|th)?(?![\\d%]|[.,]\\d)|(?:1[0-2]|0?[1-9])月[1-3]?\\d日)");
    /** A year in two digits: "17年", "'17", "в 21-м", "ноябре 21-го". */
    private static final Pattern SHORT_YEAR_AFTER = Pattern.compile("^(?:年|-?(?:го|м|й|ом)(?!\\p{L}))");

    private final KnowledgeBase kb;
    private final AliasExpander aliases;
    /** Per language, the words of each ministry's minister ("経済発展相"), by the ministry's id. */
    private final java.util.Map<Lang, java.util.Map<String, List<List<String>>>> ministers;
    private final Set<String> sides;
    /** Per fact, the numbers it states, and per fact and language its analysed terms: read for every candidate. */
    private final java.util.Map<String, Set<String>> statedNumbers = new java.util.concurrent.ConcurrentHashMap<>();
    /** A fact's numbers by the things they count ({@link #countedAfter}), in any of its languages. */
    private final java.util.Map<String, java.util.Map<String, Set<String>>> countedNumbers = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, List<String>> factTerms = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per article, its facts: read for the place and the people of a fact its article's other facts give. */
    private final java.util.Map<String, List<Fact>> articleFacts = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per topic and language, what its facts count and how many. */
    private final java.util.Map<String, java.util.Map<String, Counted>> topicCounts = new java.util.concurrent.ConcurrentHashMap<>();

    PremiseCheck(KnowledgeBase kb, AliasExpander aliases) {
        this.kb = kb;
        this.aliases = aliases;
        this.ministers = ministers(kb);
        this.sides = sides(kb);
        this.served = new org.rujp.bot.answer.analysis.CountriesServed(kb.entities());
    }

    /** The country each person serves, by their posts. */
    private final org.rujp.bot.answer.analysis.CountriesServed served;

    /** The countries a quarter of the facts or more speak of: the sides whose exchanges the knowledge tells of. */
    private static Set<String> sides(KnowledgeBase kb) {
        java.util.Map<String, Long> speaking = kb.facts().stream().flatMap(f -> spokenOf(f).stream())
                .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting()));
        return speaking.entrySet().stream().filter(e -> 4 * e.getValue() >= kb.facts().size())
                .filter(e -> kb.entity(e.getKey()).filter(x -> x.card().placeTypeIn(EntityCard.PlaceType.COUNTRY)).isPresent())
                .map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * What in the question the fact contradicts or does not speak of, for the logs; empty when the fact may answer.
     *
     * @param asked the question as read against the fact (rendered in the fact's language when it has no other)
     * @param rules the rules of the language the fact is read in
     */
    Optional<String> conflict(InformationNeed need, String question, String asked, Fact fact, LanguageRules rules) {
        return conflict(need, question, asked, fact, rules, true);
    }

    /** {@link #conflict}, with or without the check of the figures the question states. */
    private Optional<String> conflict(InformationNeed need, String question, String asked, Fact fact, LanguageRules rules,
                                      boolean figures) {
        List<String> askedTerms = rules.terms(asked);
        List<String> claimedTerms = claimed(need, asked, askedTerms, rules);
        return unspoken(need, fact).or(() -> miscast(need, fact)).or(() -> figures ? unstatedNumber(question, fact) : Optional.empty())
                .or(() -> opposite(claimedTerms, !asked.equals(question), fact, rules))
                .or(() -> otherNationality(askedTerms, fact, rules)).or(() -> otherSide(askedTerms, fact, rules));
    }

    /** The parts of those who do what a fact tells, whose country is the side that did it. */
    private static final Set<Slots.Actor.Part> DOERS = Set.of(Slots.Actor.Part.ORGANISER, Slots.Actor.Part.HOST, Slots.Actor.Part.PROPOSER);

    /**
     * "How many projects did the Russian side hold?" of a fact whose projects Tokyo and Japan organised: a side the
     * question names that is not the country of those who did it, nor a side the fact names.
     */
    Optional<String> otherSide(List<String> asked, Fact fact, LanguageRules rules) {
        Set<String> question = rules.sidesNamed(asked);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        Set<String> doers = new java.util.TreeSet<>(rules.sidesNamed(said(fact, rules)));
        fact.slots().actors().stream().filter(a -> DOERS.contains(a.part())).map(Slots.Actor::entity)
                .filter(id -> kb.entity(id).filter(e -> e.card().placeTypeIn(org.rujp.bot.knowledge.EntityCard.PlaceType.COUNTRY)).isPresent())
                .forEach(doers::add);
        if (doers.isEmpty() || question.stream().anyMatch(doers::contains)) {
            return Optional.empty();
        }
        return Optional.of("the question's side is " + question + ", the fact's " + doers);
    }

    /**
     * "Did Russian investors put $16 billion into Japan?" of a fact whose investors are Japanese: a thing the question
     * gives one country that the fact gives only another.
     */
    Optional<String> otherNationality(List<String> asked, Fact fact, LanguageRules rules) {
        java.util.Map<String, Set<String>> question = rules.nationalThings(asked);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<String, Set<String>> stated = rules.nationalThings(said(fact, rules));
        for (java.util.Map.Entry<String, Set<String>> e : question.entrySet()) {
            Set<String> countries = stated.getOrDefault(e.getKey(), Set.of());
            if (!countries.isEmpty() && e.getValue().stream().noneMatch(countries::contains)) {
                return Optional.of("the question's " + e.getKey() + " are of " + e.getValue() + ", the fact's of " + countries);
            }
        }
        return Optional.empty();
    }

    /**
     * "Why did Putin propose the eight-point plan?", "When did Oreshkin put the plan forward?": the question gives the
     * part its verb names (proposer, speaker, host, organiser, participant) to people the question names, and the fact
     * gives that part to others only. A "who" question asks for the holder, so it is not checked here.
     */
    /** A head post of a country, written with the country: "Russia's prime minister", "президент Японии", "日本の大統領". */
    private static final java.util.Map<Lang, List<java.util.regex.Pattern>> POSTS = java.util.Map.of(
            Lang.EN, List.of(java.util.regex.Pattern.compile("(?iu)\\b(?<country>russia|japan)(?:'s|\u2019s|n|ese) (?<post>prime minister|premier|president)\\b"),
                    java.util.regex.Pattern.compile("(?iu)\\b(?<post>prime minister|premier|president) of (?<country>russia|japan)\\b")),
            Lang.RU, List.of(java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?<country>росси|японск|япони|российск)\\p{L}* (?<post>премьер|президент)"),
                    java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?<post>премьер-министр|премьер|президент)\\p{L}* (?<country>росси|япони)")),
            Lang.JA, List.of(java.util.regex.Pattern.compile("(?<country>ロシア|日本)の?(?<post>首相|総理|大統領)")));

    /**
     * A head post the question gives a country that no person of the knowledge holds: "Russia's prime minister" (Putin
     * is its president), "the Japanese president", "日本の大統領". The premise, as a reason; none when every post it
     * names is held, or it names none.
     */
    Optional<String> unheldPost(String question, Lang lang) {
        for (java.util.regex.Pattern post : POSTS.get(lang)) {
            java.util.regex.Matcher m = post.matcher(question);
            while (m.find()) {
                String country = m.group("country").toLowerCase(java.util.Locale.ROOT);
                String inCountry = country.startsWith("росси") || country.startsWith("российск") || country.startsWith("ロシア")
                        || country.startsWith("russia") ? "russia" : "japan";
                String title = m.group("post").toLowerCase(java.util.Locale.ROOT);
                String english = title.startsWith("прем") || title.equals("首相") || title.equals("総理") || title.equals("premier")
                        || title.equals("prime minister") ? "prime minister" : "president";
                boolean held = kb.entities().stream().filter(e -> e.kind() == Entity.Kind.PERSON)
                        .map(e -> e.role().toLowerCase(java.util.Locale.ROOT))
                        .anyMatch(r -> r.startsWith(english + " of " + inCountry));
                if (!held) {
                    return Optional.of("the question names a " + english + " of " + inCountry + ", a post no one the articles name holds");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Per language, the words of each ministry's minister, by the ministry's id, made from its names: "Ministry of Economic
     * Development" gives "Minister of Economic Development", "Министерство экономического развития" "министр
     * экономического развития", "経済発展省" "経済発展相" and "経済発展大臣".
     */
    private static java.util.Map<Lang, java.util.Map<String, List<List<String>>>> ministers(KnowledgeBase kb) {
        java.util.Map<Lang, java.util.Map<String, List<List<String>>>> byLang = new java.util.EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            LanguageRules rules = LexiconRules.of(lang);
            java.util.Map<String, List<List<String>>> phrases = new java.util.LinkedHashMap<>();
            for (Entity e : kb.entities()) {
                if (e.kind() != Entity.Kind.ORGANISATION) {
                    continue;
                }
                List<List<String>> minister = e.names().getOrDefault(lang, List.of()).stream()
                        .flatMap(n -> ministerOf(n, lang).stream()).map(rules::terms).filter(t -> !t.isEmpty()).distinct().toList();
                if (!minister.isEmpty()) {
                    phrases.put(e.id(), minister);
                }
            }
            byLang.put(lang, phrases);
        }
        return byLang;
    }

    /** The minister's words made from a ministry's name; none when it is no ministry's name. */
    private static List<String> ministerOf(String name, Lang lang) {
        return switch (lang) {
            case EN -> name.contains("Ministry") ? List.of(name.replace("Ministry", "Minister")) : List.of();
            // (and without the country after it: "министр экономического развития" of "… развития России")
            case RU -> name.startsWith("Министерство") ? java.util.stream.Stream.of("министр" + name.substring("Министерство".length()))
                    .flatMap(m -> java.util.stream.Stream.of(m, m.replaceFirst(" (?:России|Японии)$", ""))).distinct().toList() : List.of();
            case JA -> name.endsWith("省") ? List.of(name.substring(0, name.length() - 1) + "相", name.substring(0, name.length() - 1) + "大臣")
                    : List.of();
        };
    }

    /** The word that stands for the names of others when a question is read for the title given one person. */
    private static final String OTHER = "xother";

    /**
     * "Deputy Foreign Minister Maria Zakharova", "министр иностранных дел Японии Хиросигэ Сэко": a title the question
     * gives a person right beside their name that none of the roles their card gives holds (Zakharova speaks for the
     * ministry; Seko is Minister of Economy, Trade and Industry). The person, as a reason; none when every title given
     * is held, or the one given is a head's of any body ("глава МИД"), which each minister is too.
     */
    Optional<Titled> otherTitle(InformationNeed need, String question) {
        if (need.entities().stream().noneMatch(e -> e.kind() == Entity.Kind.PERSON && !e.card().positions().isEmpty())) {
            return Optional.empty(); // no one with a post named: the names are not read again
        }
        Lang lang = need.lang();
        LanguageRules rules = LexiconRules.of(lang);
        List<AliasExpander.Mention> mentions = aliases.mentions(question);
        for (AliasExpander.Mention person : mentions) {
            List<EntityCard.Position> roles = person.entity().card().positions();
            if (person.entity().kind() != Entity.Kind.PERSON || roles.isEmpty()
                    || lang == Lang.EN && CONTACT_CLAUSE.matcher(question.substring(person.end())).lookingAt()) {
                continue; // "the Japanese foreign minister Lavrov was to meet": the title is of the one he met
            }
            StringBuilder named = new StringBuilder();
            int at = 0;
            for (AliasExpander.Mention m : mentions) {
                if (m.start() < at) {
                    continue; // another entity of the same name
                }
                named.append(question, at, m.start()).append(' ').append(m == person ? LexiconRules.NAME : OTHER).append(' ');
                at = POSSESSIVE.matcher(question).region(m.end(), question.length()).lookingAt() ? m.end() + 2 : m.end(); // "Japan's"
            }
            named.append(question.substring(at));
            boolean apposed = APPOSED.matcher(question.substring(person.end())).lookingAt();
            List<String> terms = rules.terms(named.toString());
            Optional<String> title = rules.titleBeside(terms, LexiconRules.NAME, OTHER, apposed);
            if (title.isPresent() && !holds(roles, title.get())) {
                return Optional.of(new Titled(person.entity(), title.get()));
            }
            // "ガルーシカ経済発展相", "Economic Development Minister Galushka": a minister of a ministry not theirs
            // (of every ministry whose minister is so called: "министр иностранных дел" is Russia's and Japan's)
            List<String> ministries = ministers.get(lang).entrySet().stream()
                    .filter(e -> rules.beside(terms, java.util.Map.of(e.getKey(), e.getValue()), LexiconRules.NAME, OTHER, apposed).isPresent())
                    .map(java.util.Map.Entry::getKey).toList();
            if (!ministries.isEmpty() && roles.stream().noneMatch(r -> r.of().filter(ministries::contains).isPresent())) {
                String ministry = ministries.get(0);
                return Optional.of(new Titled(person.entity(), "minister of " + kb.entity(ministry).map(e -> e.name(Lang.EN)).orElse(ministry)));
            }
            Optional<String> field = ministerOfAField(question, person, lang);
            if (field.isPresent()) {
                return Optional.of(new Titled(person.entity(), field.get()));
            }
        }
        return Optional.empty();
    }

    /** The words that join two names as doing one thing together: "Oreshkin and Abe", "Орешкин и Абэ", "オレシキンと安倍". */
    private static final Pattern JOINED = Pattern.compile("(?iu)\\s*(?:and|и|с|со|with|と|や|、|,)\\s*");

    /**
     * "What did Oreshkin and Abe discuss at the G20?", "オレシキン大臣が安倍さんと会談したとき…": two people the question has
     * meet, or speak with each other, whom no fact has together, taking part in one event or speaking at it. None when
     * fewer than two people are named, or the question does not have them meet (a verb of taking part) or speak side by
     * side ("Oreshkin and Abe said").
     */
    Optional<String> neverTogether(InformationNeed need, String question) {
        List<Entity> people = need.entities().stream().filter(e -> e.kind() == Entity.Kind.PERSON).distinct().toList();
        if (people.size() < 2 || need.refersBack()) {
            return Optional.empty();
        }
        LanguageRules rules = LexiconRules.of(need.lang());
        List<String> terms = rules.terms(question);
        List<AliasExpander.Mention> named = aliases.mentions(question).stream().filter(m -> people.contains(m.entity())).toList();
        boolean joined = false;
        for (int i = 1; i < named.size(); i++) {
            AliasExpander.Mention a = named.get(i - 1);
            AliasExpander.Mention b = named.get(i);
            joined |= a.entity() != b.entity() && a.end() <= b.start()
                    && JOINED.matcher(question.substring(a.end(), b.start()).replaceAll("(?iu)^(?:さん|大臣|首相|外相|氏)", "")).matches();
        }
        // (what two people came to, discussed or agreed, is what they did together too)
        if (!rules.mentions(terms, Slots.Actor.Part.PARTICIPANT)
                && !(joined && (rules.mentions(terms, Slots.Actor.Part.SPEAKER) || !rules.outcomes(terms).isEmpty()))) {
            return Optional.empty();
        }
        Entity one = people.get(0);
        Entity other = people.get(1);
        boolean together = kb.facts().stream().anyMatch(f -> together(f, one.id()) && together(f, other.id()));
        return together ? Optional.empty()
                : Optional.of("the question has " + one.name(Lang.EN) + " and " + other.name(Lang.EN) + " together, which no fact does");
    }

    /** Whether the person takes part in what the fact tells or speaks at it. */
    private static boolean together(Fact fact, String person) {
        return fact.slots().actors().stream().anyMatch(a -> a.entity().equals(person)
                && (a.part() == Slots.Actor.Part.PARTICIPANT || a.part() == Slots.Actor.Part.HOST || a.part() == Slots.Actor.Part.SPEAKER));
    }

    /** A preposition after a minister's title opens no field: "министр перед встречей с Сэко". */
    private static final String RU_PREPOSITION = "(?:перед|после|через|между|около|для|без|при|над|под|про|вместе)(?!\\p{L})";
    /** A verb after a minister's title opens no field either: "с каким министром встречался Орешкин". */
    private static final String RU_VERB = "\\p{Ll}+(?:тся|ться|лся|лась|лось|лись|ал|ял|ел|ил|ыл|ала|яла|ела|ила|ыла|али|яли|ели|или|ыли|ает|яет|ет|ит|ут|ют|ят)(?!\\p{L})";
    /** "министр финансов Максим Орешкин", "Орешкин, министр финансов": the word after a minister's title, beside a name. */
    private static final Pattern RU_MINISTER_BEFORE = Pattern.compile("(?u)(?<![\\p{L}-])([Мм]инистр(?:а|у|ом|е)?\\s+(?!" + RU_PREPOSITION + "|" + RU_VERB + ")(\\p{Ll}{3,}))"
            + "(?:\\s+(?!" + RU_PREPOSITION + ")\\p{Ll}{3,}){0,2}(?:\\s+(?:России|Японии|РФ))?\\s*$");
    private static final Pattern RU_MINISTER_AFTER = Pattern.compile("(?u)^\\s*[,(\u2014\u2013-]\\s*([Мм]инистр(?:а|у|ом|е)?\\s+(?!" + RU_PREPOSITION + "|" + RU_VERB + ")(\\p{Ll}{3,}))");
    /** "Finance Minister Oreshkin", "Minister of Finance Oreshkin", "Oreshkin, the finance minister": the word of its field. */
    private static final Pattern EN_MINISTER_BEFORE = Pattern.compile("(?u)(?:\\b(\\p{Lu}\\p{L}{3,})\\s+[Mm]inister|\\b[Mm]inister\\s+(?:of|for)\\s+(?:the\\s+)?(\\p{L}{4,}))\\s*$");
    private static final Pattern EN_MINISTER_AFTER = Pattern.compile("(?u)^\\s*[,(\u2014\u2013-]\\s*(?:the\\s+)?(?:\\p{Lu}\\p{L}+\\s+)?(?:(\\p{L}{4,})\\s+minister\\b|minister\\s+(?:of|for)\\s+(?:the\\s+)?(\\p{L}{4,}))");

    /**
     * The title a question gives a person beside their name as minister of a field that their post, as the articles
     * give it, does not name: "министр финансов России Максим Орешкин" (he is minister of economic development),
     * "Oreshkin, the finance minister"; the knowledge need not know the ministry. Compared by the field word's first five
     * letters in the post and description of the person's card. Not in Japanese, whose titles take modifiers and
     * shortenings in one word ("両外相", "露外相", "内閣総理大臣"): the ministries the knowledge knows are checked there.
     */
    private static Optional<String> ministerOfAField(String question, AliasExpander.Mention person, Lang lang) {
        String before = question.substring(0, person.start());
        String after = question.substring(person.end());
        Matcher m = switch (lang) {
            case RU -> firstOf(RU_MINISTER_BEFORE.matcher(before), RU_MINISTER_AFTER.matcher(after));
            case EN -> firstOf(EN_MINISTER_BEFORE.matcher(before), EN_MINISTER_AFTER.matcher(after));
            case JA -> null;
        };
        if (m == null) {
            return Optional.empty();
        }
        String field = lang == Lang.RU ? m.group(2) : m.group(1) != null ? m.group(1) : m.group(2);
        EntityCard card = person.entity().card();
        String known = (card.post(lang).orElse("") + " " + card.description(lang).orElse("") + " " + person.entity().role())
                .toLowerCase(java.util.Locale.ROOT);
        String stem = field.toLowerCase(java.util.Locale.ROOT).substring(0, Math.min(field.length(), 5));
        if (card.post(lang).isEmpty() || known.contains(stem)) {
            return Optional.empty(); // a card without a post tells too little to deny a title
        }
        return Optional.of(lang == Lang.RU ? m.group(1) : field.toLowerCase(java.util.Locale.ROOT) + " minister");
    }

    /** The first of the matchers that finds, or null. */
    private static Matcher firstOf(Matcher... matchers) {
        for (Matcher m : matchers) {
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");

    /** A finite verb right after a name, which opens a relative clause without "whom" in English. */
    private static final Pattern CONTACT_CLAUSE = Pattern.compile("(?i)\\s+(?:was|were|is|are|had|has|have|met|meets|would|will|could|"
            + "should|did|does|do|visited|talked|spoke|held|hosted|invited|saw|called)\\b");

    /** A comma or a dash right after a name: a title after it is the name's ("Seko, Japan's foreign minister"). */
    private static final Pattern APPOSED = Pattern.compile("\\s*[,(\u2014\u2013-]");

    /** A person and the title the question gives them that none of their roles holds. */
    record Titled(Entity person, String title) {
        String describe() {
            return "the question calls " + person.name(Lang.EN) + " " + title + ", a title none of their roles (" + person.role() + ") holds";
        }
    }

    /**
     * Whether one of the roles holds the title: the same title; any minister's for "minister"; a minister's of a foreign
     * ministry for "foreign minister"; any for a head's ("ceo": "глава", "トップ").
     */
    private static boolean holds(List<EntityCard.Position> roles, String title) {
        return switch (title) {
            case "ceo" -> true;
            case "minister" -> roles.stream().anyMatch(r -> r.title().endsWith("minister"));
            case "foreign minister" -> roles.stream().anyMatch(r -> r.title().equals(title)
                    || r.title().equals("minister") && r.of().filter(of -> of.endsWith("foreign-ministry")).isPresent());
            default -> roles.stream().anyMatch(r -> r.title().equals(title));
        };
    }

    Optional<String> miscast(InformationNeed need, Fact fact) {
        if (need.refersBack() || need.type() == AnswerType.PERSON || need.type() == AnswerType.ORGANISATION || need.part().isEmpty()) {
            return Optional.empty();
        }
        Slots.Actor.Part part = need.part().get();
        if (part == Slots.Actor.Part.REPORTER || part == Slots.Actor.Part.SUBJECT) {
            return Optional.empty();
        }
        List<String> holders = fact.slots().actors(part);
        List<Entity> persons = need.entities().stream().filter(e -> e.kind() == Entity.Kind.PERSON).toList();
        if (holders.isEmpty() || persons.isEmpty() || persons.stream().anyMatch(p -> holders.contains(p.id()))) {
            return Optional.empty();
        }
        // the verb may belong to another clause ("what did Seko want to discuss before the leaders met"): only a
        // proposal is a part no one else's words can hold; for the other parts, only people the fact casts in none
        boolean actorsOfTheirOwn = persons.stream().anyMatch(p -> fact.slots().actors().stream().anyMatch(a -> a.entity().equals(p.id())));
        if (part != Slots.Actor.Part.PROPOSER && actorsOfTheirOwn) {
            return Optional.empty();
        }
        String named = String.join(", ", holders.stream().map(id -> kb.entity(id).map(e -> e.name(Lang.EN)).orElse(id)).toList());
        return Optional.of("the fact gives the part of " + part.name().toLowerCase(java.util.Locale.ROOT) + " to " + named + ", not to whom the question names");
    }

    /**
     * The opposite of what the fact says, or a share other than the one it states ("grew by 45%" where it says 17%):
     * the fact rules the question's premise out, rather than being about something else.
     */
    Optional<String> contradiction(InformationNeed need, String question, String asked, Fact fact, LanguageRules rules) {
        boolean statesAShare = fact.texts().values().stream().anyMatch(t -> t.contains("%") || t.contains("％"));
        Optional<String> number = unstatedNumber(question, fact).filter(why -> statesAShare && why.contains("%"));
        boolean rendered = !asked.equals(question);
        List<String> askedTerms = rules.terms(asked); // read once for both checks
        List<String> claimedTerms = claimed(need, asked, askedTerms, rules);
        return number.or(() -> opposite(claimedTerms, rendered, fact, rules)).or(() -> rendered ? Optional.empty() : otherCount(askedTerms, fact, rules));
    }

    /** Words for the numbers one to twelve, as the analysers leave them (English stems, Russian Snowball stems). */
    private static final java.util.Map<String, Integer> NUMBER_WORDS = numberWords();

    private static java.util.Map<String, Integer> numberWords() {
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        String[][] byValue = {
                {"one", "single", "один", "одн", "одного", "одному"},
                {"two", "twice", "два", "две", "двух", "двум", "двумя"},
                {"three", "три", "трех", "трем", "тремя"},
                {"four", "четыр", "четырех"},
                {"five", "пять", "пят", "пяти"},
                {"six", "шесть", "шест", "шести"},
                {"seven", "семь", "сем", "семи"},
                {"eight", "восемь", "восьм", "восьми"},
                {"nine", "девять", "девят", "девяти"},
                {"ten", "десять", "десят", "десяти"},
                {"eleven", "одиннадцать", "одиннадцат"},
                {"twelve", "двенадцать", "двенадцат"},
        };
        for (int i = 0; i < byValue.length; i++) {
            for (String w : byValue[i]) {
                words.put(w, i + 1);
            }
        }
        String kanji = "一二三四五六七八九十";
        for (int i = 0; i < kanji.length(); i++) {
            words.put(kanji.substring(i, i + 1), i + 1);
        }
        return words;
    }

    /** Requests to name some of a kind, as the analysers leave them: "name two areas", "назовите два направления". */
    private static final Set<String> NAMING = Set.of("name", "list", "give", "mention", "назов", "назват", "перечисл", "привед",
            "укаж", "напиш");

    /** Words between a number and what it counts: "1 more year", "ещё на 1 год", "3つの作業部会". */
    private static final Set<String> COUNT_FILLERS = Set.of("more", "addit", "extra", "another", "ещ", "еще", "つ", "の", "個", "-");

    /**
     * A count from one to twelve (in words or digits) the question gives a thing ("three working groups", "a 5-point plan", "продлили на два
     * года", "2年延長") where the fact gives the same thing another count and never that one.
     */
    Optional<String> otherCount(List<String> asked, Fact fact, LanguageRules rules) {
        return countGivenOtherwise(asked, fact, rules).map(OtherCount::describe);
    }

    /** Who gives the count when the fact itself does (else the ids of its topic's facts that do). */
    private static final String THE_FACT = "the fact";

    /** A count the question gives a thing, and the counts the fact (or its topic's facts) give it instead. */
    record OtherCount(String thing, Set<Integer> asked, Set<Integer> stated, String whose) {
        String describe() {
            return "the question counts " + asked + " " + thing + ", " + whose + " " + stated;
        }

        /** Whether the fact itself gives the count, not only other facts on its topic. */
        boolean byTheFact() {
            return whose.equals(THE_FACT);
        }
    }

    /** {@link #otherCount}, as the counts. */
    Optional<OtherCount> countGivenOtherwise(List<String> asked, Fact fact, LanguageRules rules) {
        java.util.Map<String, Set<Integer>> question = counts(asked);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<String, Set<Integer>> stated = counts(said(fact, rules));
        for (java.util.Map.Entry<String, Set<Integer>> e : question.entrySet()) {
            Set<Integer> said = stated.getOrDefault(e.getKey(), Set.of());
            String whose = THE_FACT;
            if (said.isEmpty()) { // "the ten points of the plan" of a fact about the plan that does not count them: as its topic's facts do
                Counted counted = topicCounts(fact, rules).get(e.getKey());
                if (counted != null) {
                    said = counted.values();
                    whose = String.join(", ", counted.facts());
                }
            }
            if (!said.isEmpty() && e.getValue().stream().noneMatch(said::contains)) {
                return Optional.of(new OtherCount(e.getKey(), e.getValue(), said, whose));
            }
        }
        return Optional.empty();
    }

    /** How many of a thing the facts about a topic count, and which facts count it. */
    private record Counted(Set<Integer> values, Set<String> facts) {
    }

    /** What the facts about the fact's topic count, and how many: the plan's points wherever a fact about the plan counts them. */
    private java.util.Map<String, Counted> topicCounts(Fact fact, LanguageRules rules) {
        return fact.slots().topic().map(topic -> topicCounts.computeIfAbsent(topic + "/" + rules.lang().code(), k -> {
            java.util.Map<String, Counted> all = new java.util.HashMap<>();
            kb.facts().stream()
                    .filter(f -> f.slots().topic().filter(topic::equals).isPresent())
                    .forEach(f -> counts(said(f, rules)).forEach((thing, values) -> {
                        Counted counted = all.computeIfAbsent(thing, t -> new Counted(new java.util.TreeSet<>(), new java.util.TreeSet<>()));
                        counted.values().addAll(values);
                        counted.facts().add(f.id());
                    }));
            return all;
        })).orElse(java.util.Map.of());
    }

    /** A Japanese counter of a span of time: "年間", "か月間", "日間". */
    private static final java.util.regex.Pattern SPAN = java.util.regex.Pattern.compile("^(\\p{IsHan}|[かカヶケ]月)間$");

    /** Japanese counters that name a month or a day of a date, not a count: 7月 is July (seven months is 7か月). */
    private static final Set<String> DATE_COUNTERS = Set.of("月", "日");

    /** Each counted thing of the terms with the counts from one to nine given it; a month or a number is no thing. */
    private static java.util.Map<String, Set<Integer>> counts(List<String> terms) {
        java.util.Map<String, Set<Integer>> counts = new java.util.HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Integer value = countOf(terms.get(i));
            if (value == null || i > 0 && NAMING.contains(terms.get(i - 1))) { // "name two areas": how many to name
                continue;
            }
            for (int j = i + 1; j < terms.size() && j <= i + 3; j++) {
                // a Japanese span counts as its counter does: "2年間の延長" is of two years, as "1年" is of one
                String next = SPAN.matcher(terms.get(j)).replaceFirst("$1");
                if (COUNT_FILLERS.contains(next)) {
                    continue;
                }
                if (countOf(next) == null && !next.chars().allMatch(Character::isDigit) && Months.named(next).isEmpty()
                        && !DATE_COUNTERS.contains(next)) {
                    counts.computeIfAbsent(next, k -> new HashSet<>()).add(value);
                }
                break;
            }
        }
        return counts;
    }

    private static Integer countOf(String term) {
        if (term.matches("[1-9]|1[0-2]")) {
            return Integer.parseInt(term);
        }
        return NUMBER_WORDS.get(term);
    }

    /**
     * Whether the place is islands or a region the fact speaks of: "projects on the Southern Kurils" chosen at a meeting
     * in Vladivostok are of the islands, though the meeting was not. (A city the fact names only as its dateline is no
     * such place.)
     */
    private static boolean territorySpokenOf(Entity place, Fact fact) {
        return fact.entities().contains(place.id()) && place.card().placeTypeIn(EntityCard.PlaceType.ISLAND, EntityCard.PlaceType.REGION);
    }

    /** How a conflict of the event's place ends: the fact places the event asked at another place than the question. */
    static final String PLACED_ELSEWHERE = ", the fact elsewhere";

    /** A person, organisation, city or region the question names and the fact does not speak of. */
    Optional<String> unspoken(InformationNeed need, Fact fact) {
        if (need.refersBack() || need.type() == AnswerType.DESCRIPTION) {
            return Optional.empty(); // "what did he say": the conversation's entity, not the question's
        }
        Set<String> spoken = spokenOf(fact);
        boolean asksWho = need.type() == AnswerType.PERSON || need.type() == AnswerType.ORGANISATION;
        for (Entity e : need.entities()) {
            // "встретятся в Москве": the venue is where the fact places the event, not a place it names otherwise (a
            // dateline "from Moscow")
            // (of several venues, each may be another thing's: "what will be made in the Yaroslavl and Moscow regions")
            if (e.kind() == Entity.Kind.PLACE && need.venues().contains(e.id()) && need.type() != AnswerType.PLACE
                    && !fact.slots().places().isEmpty() && !fact.slots().places().contains(e.id())
                    && !anotherVenueIn(e, new HashSet<>(fact.slots().places()), need)
                    && !related(e, new HashSet<>(fact.slots().places()), true) && !territorySpokenOf(e, fact)
                    && !saidWhereAnotherFactPlacesTheDay(e, fact, fact.slots().actors(Slots.Actor.Part.SPEAKER), need)) {
                return Optional.of("the question places it in " + e.name(Lang.EN) + PLACED_ELSEWHERE);
            }
            boolean checked = switch (e.kind()) {
                case PERSON -> true;
                case ORGANISATION -> !asksWho; // "the head of the Japanese foreign ministry": its minister speaks for it
                // "where in Osaka" asks within it; a country is checked only as the venue of an event the fact places
                case PLACE -> (e.card().placeType().filter(t -> t != EntityCard.PlaceType.COUNTRY).isPresent()
                        || need.venues().contains(e.id()) && !fact.slots().places().isEmpty() || thirdCountry(e))
                        && need.type() != AnswerType.PLACE;
                case PROGRAMME, EVENT, OTHER -> true; // "the peace treaty", "the eight-point plan": the fact must speak of it too
                default -> false;
            };
            if (checked && !spoken.contains(e.id()) && !named(e, fact) && !heldThereThen(e, fact) && !describesTheProposed(e, fact, need)
                    && (e.kind() != Entity.Kind.PERSON || !throughCard(e, spoken, fact) && !metInArticle(e, fact, need) && !proposedTo(e, fact, need))
                    && (e.kind() != Entity.Kind.ORGANISATION || !speaksFor(e, spoken))
                    && (e.kind() != Entity.Kind.PLACE || !related(e, spoken, need.venues().contains(e.id())) && !placedByArticle(e, fact, need)
                            && !anotherVenueIn(e, spoken, need)
                            && !inTheNameOfOneSpoken(e, spoken)
                            && !standsForItsCountry(e, spoken, need))) {
                return Optional.of("the question names " + e.name(Lang.EN) + ", of whom the fact does not speak");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the place is one of several cities or regions named as venues and another of them is among the places
     * given (the fact's, or those it speaks of): each may be another thing's ("in Moscow Region and in Yaroslavl Region";
     * not countries, "the Russia in Japan thing").
     */
    private boolean anotherVenueIn(Entity place, Set<String> places, InformationNeed need) {
        return need.venues().contains(place.id()) && place.card().cityOrRegion()
                && need.venues().stream().filter(v -> !v.equals(place.id()) && places.contains(v))
                        .flatMap(v -> kb.entity(v).stream()).anyMatch(v -> v.card().cityOrRegion());
    }

    /**
     * Whether the place is a country other than the two whose exchanges the knowledge tells of: "the rehabilitation
     * centre South Korea opened in Vladivostok" names a country the fact must speak of, where "Russian patients" need not.
     */
    private boolean thirdCountry(Entity place) {
        return place.card().placeTypeIn(EntityCard.PlaceType.COUNTRY) && !sides.contains(place.id());
    }

    /**
     * Whether the fact tells of something in the city and the year an event was held: Putin's announcement after meeting
     * Abe "in Osaka in June 2019" is of the Osaka summit, though the fact does not name it.
     */
    private static boolean heldThereThen(Entity event, Fact fact) {
        return event.kind() == Entity.Kind.EVENT && event.card().within().filter(fact.slots().places()::contains).isPresent()
                && event.card().held().flatMap(held -> fact.date().filter(org.rujp.bot.knowledge.EventDate::hasYear)
                        .map(d -> held.covers(d.year()))).orElse(false);
    }

    /** Whether one of the entity's names stands in one of the fact's texts (the fact's entity list may leave it out). */
    private static boolean named(Entity entity, Fact fact) {
        // the occasion too: Toshiba named "at the talks with Hiroshige Seko in Tokyo" is of those talks
        List<String> texts = new java.util.ArrayList<>(fact.texts().values());
        java.util.Arrays.stream(Lang.values()).forEach(lang -> fact.slots().occasion(lang).ifPresent(texts::add));
        for (String text : texts) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            for (String name : entity.allNames()) {
                if (name.length() >= 2 && startsAWord(lower, name.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the name stands in the text at the start of a word (its ending may be the text's case: "Коно" in "Коно",
     * "Коно,", never in "экономического"); a name in Japanese, written without spaces, anywhere.
     */
    private static boolean startsAWord(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (at == 0 || !Character.isLetter(text.charAt(at - 1)) || !Character.isLetter(name.charAt(0))
                    || org.rujp.bot.knowledge.Scripts.isJapanese(name.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether someone the fact speaks of holds a position of the body: "what did the Russian Foreign Ministry say"
     * of what its spokeswoman said.
     */
    private boolean speaksFor(Entity body, Set<String> spoken) {
        return spoken.stream().map(kb::entity).flatMap(Optional::stream).filter(p -> p.kind() == Entity.Kind.PERSON)
                .anyMatch(p -> p.card().positions().stream().anyMatch(position -> position.of().filter(body.id()::equals).isPresent()));
    }

    /** Whether the card of something the fact speaks of names the entity: "Abe's proposals" for a fact on his eight-point plan. */
    private boolean throughCard(Entity entity, Set<String> spoken, Fact fact) {
        List<String> reporters = fact.slots().actors(Slots.Actor.Part.REPORTER);
        for (String id : spoken) {
            if (reporters.contains(id)) {
                continue; // the agency that reported it stands for no one its card says it reported of another time
            }
            Optional<Entity> other = kb.entity(id);
            // a programme or a body stands for who made it; a person's card names whom they met, not what the fact says
            if (other.isEmpty() || other.get().kind() == Entity.Kind.PLACE || other.get().kind() == Entity.Kind.PERSON) {
                continue;
            }
            String card = other.get().role() + " " + other.get().card().description(Lang.EN).orElse("");
            if (entity.names().getOrDefault(Lang.EN, List.of()).stream().anyMatch(n -> n.length() > 2 && card.contains(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the fact says nowhere its event happened and another fact of its article places there the same
     * speaking (the same speaker; for a fact without one, the same topic): "what did Oreshkin say in Tokyo about
     * trade" of the trade figure he cited at the meeting another fact of the article places in Tokyo. Not a place
     * the article names for someone else ("Noskov in Osaka" of an article placing Seko's remarks there).
     */
    private boolean placedByArticle(Entity place, Fact fact, InformationNeed need) {
        List<String> speakers = fact.slots().actors(Slots.Actor.Part.SPEAKER);
        if (saidWhereAnotherFactPlacesTheDay(place, fact, speakers, need) || metWhereAnotherFactPlacesTheMeeting(place, fact)) {
            return true;
        }
        if (!fact.slots().places().isEmpty()) {
            return false;
        }
        return articleFacts(fact).stream()
                .filter(f -> f.slots().places().contains(place.id()))
                .anyMatch(f -> speakers.isEmpty() ? fact.slots().topic().isPresent() && f.slots().topic().equals(fact.slots().topic())
                        : f.slots().actors(Slots.Actor.Part.SPEAKER).stream().anyMatch(speakers::contains));
    }

    /**
     * "東京 会談 ノスコフ 郵便": the fact has Noskov at the talks with Seko on 10 June 2019, and another fact of the article
     * places a meeting of Seko's on that very day in Tokyo.
     */
    private boolean metWhereAnotherFactPlacesTheMeeting(Entity place, Fact fact) {
        List<String> participants = fact.slots().actors(Slots.Actor.Part.PARTICIPANT);
        if (participants.isEmpty() || fact.date().filter(d -> d.day() > 0).isEmpty()) {
            return false;
        }
        return articleFacts(fact).stream()
                .filter(f -> f.date().equals(fact.date()) && f.slots().places().contains(place.id()))
                .anyMatch(f -> f.slots().actors(Slots.Actor.Part.PARTICIPANT).stream().anyMatch(participants::contains));
    }

    /**
     * "At the June 2019 Tokyo sit-down, who said he wanted to go through the plan before the Osaka summit?": the fact
     * places the summit it speaks of, and another fact of the article has its speaker in Tokyo on that very day. Only
     * of a question about what was said.
     */
    private boolean saidWhereAnotherFactPlacesTheDay(Entity place, Fact fact, List<String> speakers, InformationNeed need) {
        // only of what was said: "what did Putin and Abe agree at the summit in Tokyo" places the summit itself
        boolean asksWhatWasSaid = need.part().filter(p -> p == Slots.Actor.Part.SPEAKER).isPresent();
        if (!asksWhatWasSaid || speakers.isEmpty() || fact.date().filter(d -> d.day() > 0).isEmpty()) {
            return false;
        }
        return articleFacts(fact).stream()
                .filter(f -> f != fact && f.date().equals(fact.date()) && f.slots().places().contains(place.id()))
                .anyMatch(f -> f.slots().actors().stream().anyMatch(a -> speakers.contains(a.entity())));
    }

    /**
     * A capital named in the ties between countries stands for its country: "the minister responsible for ties with
     * Moscow" of a fact about Russia, even when the fact names a city where it was said; and so do two capitals named
     * together ("Moscow and Tokyo decided"), of a fact naming the country or one who serves it.
     */
    private boolean standsForItsCountry(Entity place, Set<String> spoken, InformationNeed need) {
        Optional<String> country = place.card().within();
        // ("Moscow and Tokyo decided…": two capitals named together are the two governments, whose leaders the fact names)
        // (both venues, or neither: "the authorities in Moscow and Tokyo"; not "in Tokyo, the twin city of his home town Moscow")
        boolean paired = need.entities().stream().anyMatch(other -> !other.id().equals(place.id()) && other.role().startsWith("capital of")
                && need.venues().contains(other.id()) == need.venues().contains(place.id()));
        boolean countrySpoken = country.filter(spoken::contains).isPresent() || paired && spoken.stream().map(kb::entity)
                .flatMap(Optional::stream).filter(e -> e.kind() == Entity.Kind.PERSON).anyMatch(e -> served.of(e).equals(country));
        return place.role().startsWith("capital of") && (paired || !need.venues().contains(place.id())) && countrySpoken
                && (paired || org.rujp.bot.answer.analysis.LexiconRules.of(need.lang()).speaksOfRelations(need.terms()));
    }

    /**
     * Whether the question asks who said something, or who proposed what was spoken of, and another fact of the article
     * has the fact's speaker with the person: "which of our ministers said, before meeting Seko, that the plan bears
     * fruit" of Oreshkin's words, which the article says he spoke before meeting Seko; "who proposed the plan Oreshkin
     * praised before meeting Seko" of the plan in those words.
     */
    /** The values asked of what someone said that a person met at the same time does not rule out. */
    private static final Set<AnswerType> OF_WHAT_WAS_SAID = java.util.EnumSet.of(AnswerType.PLACE, AnswerType.DATE, AnswerType.YEAR,
            AnswerType.MONTH, AnswerType.NUMBER, AnswerType.AMOUNT);

    private boolean metInArticle(Entity person, Fact fact, InformationNeed need) {
        List<String> speakers = fact.slots().actors(Slots.Actor.Part.SPEAKER);
        // not of the meeting itself ("which minister met Noskov in Osaka"): of what was said, or of what the speaker's
        // words were about ("who proposed the plan that Oreshkin praised before meeting Seko")
        // (nor of a place, a time or a figure asked of what the speaker said near the meeting: "Seko thanked Russia for a G20
        // meeting just before his talks with Oreshkin. Which city hosted it?")
        boolean asksWhatWasSaid = need.part().filter(p -> p == Slots.Actor.Part.SPEAKER || p == Slots.Actor.Part.PROPOSER).isPresent()
                || OF_WHAT_WAS_SAID.contains(need.type());
        return asksWhatWasSaid && !speakers.isEmpty() && articleFacts(fact).stream()
                .filter(f -> f != fact && spokenOf(f).contains(person.id()))
                .anyMatch(f -> f.slots().actors().stream().anyMatch(a -> speakers.contains(a.entity())))
                || tookPartTogether(person, fact, need);
    }

    /**
     * Whether the question asks who took part beside the person, and another fact of the article has the person take
     * part on the same day with someone this fact has take part: "who joined Oreshkin in the talks with Seko" of
     * Noskov's fact on those talks, which names Seko but not Oreshkin.
     */
    private boolean tookPartTogether(Entity person, Fact fact, InformationNeed need) {
        if (need.part().filter(p -> p == Slots.Actor.Part.PARTICIPANT).isEmpty() || fact.date().isEmpty()) {
            return false;
        }
        List<String> here = fact.slots().actors(Slots.Actor.Part.PARTICIPANT);
        return articleFacts(fact).stream().filter(f -> f != fact && f.date().equals(fact.date()))
                .filter(f -> f.slots().actors(Slots.Actor.Part.PARTICIPANT).contains(person.id()))
                .anyMatch(f -> f.slots().actors(Slots.Actor.Part.PARTICIPANT).stream().anyMatch(id -> !id.equals(person.id()) && here.contains(id)));
    }

    /**
     * Whether the person is whom a proposal was put to ("the plan Abe took to Putin"): the question asks of a proposal,
     * and the fact gives it to someone else the question names. Only the proposer is an actor of a proposal that the
     * fact must hold.
     */
    private static boolean proposedTo(Entity person, Fact fact, InformationNeed need) {
        List<String> proposers = fact.slots().actors(Slots.Actor.Part.PROPOSER);
        return need.part().filter(p -> p == Slots.Actor.Part.PROPOSER).isPresent() && !proposers.contains(person.id())
                && need.entities().stream().anyMatch(e -> proposers.contains(e.id()));
    }

    /**
     * Whether the name only describes the programme whose proposal is asked, by what another fact about it tells ("極東の
     * 産業振興を柱にした協力プランが打ち出されたのは何年": the Far East is in the plan's areas, not in its proposal).
     */
    private boolean describesTheProposed(Entity e, Fact fact, InformationNeed need) {
        Optional<String> topic = fact.slots().topic().filter(need::names);
        return need.part().filter(p -> p == Slots.Actor.Part.PROPOSER).isPresent() && topic.isPresent()
                && !fact.slots().actors(Slots.Actor.Part.PROPOSER).isEmpty()
                && kb.facts().stream().anyMatch(f -> f != fact && f.slots().topic().equals(topic) && spokenOf(f).contains(e.id()));
    }

    /** The facts of the fact's article, itself among them. */
    private List<Fact> articleFacts(Fact fact) {
        return articleFacts.computeIfAbsent(fact.sourceId(), source -> kb.facts().stream().filter(f -> f.sourceId().equals(source)).toList());
    }

    private static Set<String> spokenOf(Fact fact) {
        Set<String> ids = new HashSet<>(fact.entities());
        fact.slots().actors().forEach(a -> ids.add(a.entity()));
        ids.addAll(fact.slots().places());
        return ids;
    }

    /**
     * Whether a programme or body the fact speaks of is named after the place, a country aside: "the working groups on
     * the Kurils" of a fact on the joint economic activity on the Southern Kuril Islands are of the islands.
     */
    private boolean inTheNameOfOneSpoken(Entity place, Set<String> spoken) {
        if (place.card().placeTypeIn(EntityCard.PlaceType.COUNTRY)) {
            return false;
        }
        List<String> placeNames = place.names().values().stream().flatMap(List::stream).filter(n -> n.length() >= MIN_PLACE_NAME).toList();
        return spoken.stream().flatMap(id -> kb.entity(id).stream()).filter(s -> s.kind() != Entity.Kind.PLACE)
                .flatMap(s -> s.names().values().stream().flatMap(List::stream))
                .anyMatch(name -> placeNames.stream().anyMatch(p -> name.length() > p.length() && name.contains(p)));
    }

    /** The fewest characters of a place's name looked for in the name of another entity ("北方四島" counts, "露" does not). */
    private static final int MIN_PLACE_NAME = 4;

    /**
     * Whether a place lies in one the fact speaks of, or holds one (the question is coarser or finer than the fact).
     *
     * @param venue whether the question names the place as where the event happened ("in Moscow"): then a capital
     *              is the city, not its country's government
     */
    private boolean related(Entity place, Set<String> spoken, boolean venue) {
        Optional<String> countryOf = place.card().within();
        // any city or region of the fact's own: "met in Tokyo" against a fact placing the meeting in Vladivostok (islands
        // are where a project is, not a city speaking for a country: "Moscow and Tokyo hope the projects on the islands ...")
        boolean otherCity = spoken.stream().anyMatch(id -> !id.equals(place.id()) && kb.entity(id).flatMap(e -> e.card().placeType())
                .filter(t -> t != EntityCard.PlaceType.COUNTRY && t != EntityCard.PlaceType.ISLAND).isPresent());
        if (!venue && place.role().startsWith("capital of") && countryOf.filter(spoken::contains).isPresent() && !otherCity) {
            return true; // "Moscow and Tokyo agreed": the capitals stand for their countries, unless the fact names a city of its own
        }
        for (String id : spoken) {
            boolean country = kb.entity(id).flatMap(e -> e.card().placeType()).filter(t -> t == EntityCard.PlaceType.COUNTRY).isPresent();
            if (kb.within(id, place.id()) || !country && kb.within(place.id(), id)) { // a country holds too much to tell
                return true;
            }
        }
        return false;
    }

    /** A number the question states (10 or more, not a year; or a share) that the fact nowhere states. */
    Optional<String> unstatedNumber(String question, Fact fact) {
        return unstatedFigure(question, fact).map(figure -> "the question states " + figure + ", which the fact does not");
    }

    /**
     * What in the question the fact contradicts or does not speak of besides a figure it does not state: a question
     * giving a wrong figure to check ("I've got 15%, can you confirm?") is answered with the fact's.
     */
    Optional<String> conflictBesidesFigures(InformationNeed need, String question, String asked, Fact fact, LanguageRules rules) {
        return conflict(need, question, asked, fact, rules, false);
    }

    /** The first number the question gives that the fact does not state (years, small counts and dates aside), as written. */
    Optional<String> unstatedFigure(String question, Fact fact) {
        return figures(question, fact).stream().findFirst();
    }

    /**
     * Whether the question gives several figures, some the fact states and each of the others another of the facts
     * does: "some say more than 700 events, others more than 600" speaks of two facts, wrong of neither.
     */
    boolean figuresOfOthers(String question, Fact fact, List<Fact> others) {
        List<String> unstated = figures(question, fact);
        return !unstated.isEmpty() && figures(question, null).size() > unstated.size()
                && unstated.stream().allMatch(figure -> others.stream().anyMatch(o -> o != fact && !figures(question, o).contains(figure)));
    }

    /**
     * The numbers the question gives that the fact does not state (years, small counts and dates aside), as written;
     * of no fact, all it gives.
     */
    private List<String> figures(String question, Fact fact) {
        Set<String> stated = fact == null ? Set.of() : statedNumbers.computeIfAbsent(fact.id(), id -> {
            Set<String> numbers = numbers(String.join(" ", fact.texts().values()) + " " + String.join(" ", fact.tags()));
            fact.slots().quantities().forEach(q -> q.value().values().forEach(v -> numbers.addAll(numbers(v))));
            return Set.copyOf(numbers);
        });
        List<String> figures = new java.util.ArrayList<>();
        // a date written with dots or slashes ("10.06.2019", "2019/6/10") is a date, checked as one, no number
        // and so is a day written with its month's name ("10 июня 2019 года", "June 10")
        String undated = WORDED_DAY.matcher(NUMERIC_DATE.matcher(question).replaceAll(r -> " ".repeat(r.group().length())))
                .replaceAll(r -> " ".repeat(r.group().length()));
        Matcher m = NUMBER.matcher(undated);
        while (m.find()) {
            String number = plain(m.group(1), m.group(2));
            boolean share = m.group(3) != null;
            long whole = wholePart(number);
            boolean year = m.group(2) == null && m.group(4) == null && whole >= 1900 && whole <= 2100 && !share
                    && !org.rujp.bot.answer.analysis.CountsLikeYears.counts(question, m.start(1), m.end(1))
                    || number.length() == 2 && m.group(4) == null && !share && shortYear(question, m.start(1), m.end(1));
            // "spring 18", "by nov 21", "в 21м": two digits may be the year the fact states, written short
            boolean yearStated = number.length() == 2 && !share && m.group(4) == null && stated.contains("20" + number);
            if (year || yearStated || whole < 10 && !share && m.group(4) == null || stated.contains(number) || stated.contains(scaled(number, m.group(4)))
                    || inAStatedRange(question, m.start(1), stated)
                    || fact != null && withinBound(question, m, new java.math.BigDecimal(scaled(number, m.group(4))), share, boundBy(fact, stated, question, m))) {
                continue;
            }
            int end = m.end(); // as written, to the end of its last word: "4 миллиона", not "4 миллион"
            while (end < question.length() && Character.isLetter(question.charAt(end)) && Character.isLetter(question.charAt(end - 1))
                    && !japanese(question.charAt(end))) {
                end++;
            }
            if (end < question.length() && JAPANESE_COUNTERS.indexOf(question.charAt(end)) >= 0) {
                end++; // its Japanese counter alone: "4万人", not "4万人くらいしかいなかった"
            }
            // with its bound: "fewer than 500 events" is corrected as such, not as 500
            String before = question.substring(Math.max(0, m.start() - 24), m.start());
            Matcher bound = MORE_BEFORE.matcher(before);
            Matcher less = LESS_BEFORE.matcher(before);
            int start = bound.find() ? m.start() - before.length() + bound.start() : less.find() ? m.start() - before.length() + less.start() : m.start();
            figures.add(question.substring(start, end).strip());
        }
        return figures;
    }

    /** The Japanese counters written after a figure given: "4万人", "600件". */
    private static final String JAPANESE_COUNTERS = "人件社回名個点本台円";

    private static boolean japanese(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * The fact's numbers a bound in the question is kept by: those of the things it counts ("больше 1000 мероприятий"
     * of a fact of 600 events and 1.5 million people is kept by the 600 alone, "fewer than 500 events" by no count of
     * projects); of a figure that names nothing it counts, any of the fact's counts but its days and months.
     */
    private Set<String> boundBy(Fact fact, Set<String> stated, String question, Matcher figure) {
        // a share is of what the sentence says grew, not of the word after it ("more than 15% growth")
        List<String> counted = figure.group(3) != null ? List.of()
                : countedAfter(question, figure.end(), LanguageDetector.detect(question, Optional.empty()));
        java.util.Map<String, Set<String>> byCounted = countedNumbers.computeIfAbsent(fact.id(), id -> {
            java.util.Map<String, Set<String>> numbers = new java.util.HashMap<>();
            fact.texts().forEach((lang, text) -> {
                Matcher m = NUMBER.matcher(text);
                while (m.find()) {
                    String number = plain(m.group(1), m.group(2));
                    List<String> things = countedAfter(text, m.end(), lang);
                    for (String thing : things.isEmpty() ? List.of("") : things) {
                        Set<String> of = numbers.computeIfAbsent(thing, k -> new HashSet<>());
                        of.add(number);
                        of.add(scaled(number, m.group(4)));
                        if (m.group(3) != null) {
                            of.add(SHARE + number);
                        }
                    }
                }
            });
            return java.util.Map.copyOf(numbers);
        });
        Set<String> counts = new HashSet<>();
        if (!counted.isEmpty()) {
            counted.forEach(thing -> counts.addAll(byCounted.getOrDefault(thing, Set.of())));
            return counts;
        }
        byCounted.forEach((thing, numbers) -> {
            if (!TIME_COUNTED.contains(thing)) {
                counts.addAll(numbers);
            }
        });
        return counts;
    }

    /** What a number before it makes a time, by {@link #countedAfter}: a day, a month, a year. */
    private static final Set<String> TIME_COUNTED = Set.of("年", "月", "日", "時");

    /**
     * The things a number counts, by the one or two words after it, as terms ("events" and "event" alike), people by
     * any word for them ("visitors", "человек", 人, 名), or a Japanese counter: 件, 社; the terms of days and months
     * among them make it a time.
     */
    private static List<String> countedAfter(String text, int end, Lang lang) {
        Matcher m = COUNTED.matcher(text).region(end, text.length());
        if (!m.lookingAt()) {
            return List.of();
        }
        String first = m.group(1);
        if (Character.UnicodeScript.of(first.codePointAt(0)) == Character.UnicodeScript.HAN) {
            return List.of(first.equals("人") || first.equals("名") ? "people" : first);
        }
        LanguageRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
        List<String> things = new java.util.ArrayList<>();
        for (String word : m.group(2) == null ? List.of(first) : List.of(first, m.group(2))) {
            if (Months.isMonth(word)) {
                things.add("月");
                continue;
            }
            for (String term : rules.terms(word)) {
                things.add(rules.people(term) ? "people" : TIME_WORDS.contains(term) ? "月" : term);
            }
        }
        return things;
    }

    /** Terms of a time a number may count: it is then a time, as a month named after it is. */
    private static final Set<String> TIME_WORDS = Set.of("year", "month", "day", "год", "месяц", "день", "лет");

    /**
     * Whether the figure at {@code at} bounds a range the question guesses ("на 15-20% вырос вроде") and a figure the fact
     * states, years aside, is within it: the guess holds the fact's 17%, and is no figure of its own.
     */
    private static boolean inAStatedRange(String question, int at, Set<String> stated) {
        Matcher range = RANGE.matcher(question);
        while (range.find()) {
            if (at < range.start() || at >= range.end()) {
                continue;
            }
            java.math.BigDecimal low = new java.math.BigDecimal(range.group(1).replace(',', '.'));
            java.math.BigDecimal high = new java.math.BigDecimal(range.group(2).replace(',', '.'));
            return stated.stream().map(n -> n.startsWith(SHARE) ? n.substring(SHARE.length()) : n)
                    .filter(n -> n.matches("\\d+(?:\\.\\d+)?") && !n.matches("(?:19|20)\\d\\d")) // a year is no figure of it
                    .map(java.math.BigDecimal::new).anyMatch(n -> n.compareTo(low) >= 0 && n.compareTo(high) <= 0);
        }
        return false;
    }

    /**
     * Whether the figure is a bound the fact's figure keeps: "grew by more than 15%" of a growth of 17%, "больше двух
     * тысяч пациентов" of 2,500, "2000人以上". A share is compared with shares only.
     */
    private static boolean withinBound(String question, Matcher figure, java.math.BigDecimal asked, boolean share, Set<String> stated) {
        String before = question.substring(Math.max(0, figure.start() - 24), figure.start());
        String after = question.substring(figure.end(), Math.min(question.length(), figure.end() + 6));
        int sign = MORE_BEFORE.matcher(before).find() || MORE_AFTER.matcher(after).find() ? 1
                : LESS_BEFORE.matcher(before).find() || LESS_AFTER.matcher(after).find() ? -1 : 0;
        if (sign == 0) {
            return false;
        }
        return stated.stream().filter(n -> n.startsWith(SHARE) == share).map(n -> n.startsWith(SHARE) ? n.substring(SHARE.length()) : n)
                .filter(n -> share || n.length() != 4 || !n.matches("(?:19|20)\\d\\d")) // a year is no count
                .map(java.math.BigDecimal::new).anyMatch(n -> n.compareTo(asked) * sign > 0);
    }

    private static boolean shortYear(String text, int start, int end) {
        return start > 0 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '\u2019')
                || SHORT_YEAR_AFTER.matcher(text.substring(end)).find();
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String number = plain(m.group(1), m.group(2));
            numbers.add(number);
            numbers.add(scaled(number, m.group(4)));
            if (m.group(3) != null) {
                numbers.add(SHARE + number);
            }
        }
        return numbers;
    }

    /** The first figure a text states, times its scale word: "more than 1.5 million people" is 1,500,000. */
    static Optional<java.math.BigDecimal> figure(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Optional.of(new java.math.BigDecimal(scaled(plain(m.group(1), m.group(2)), m.group(4)))) : Optional.empty();
    }

    /** The number times its scale word, in plain digits: "40万" and "400,000" alike, "1,5 млн" and "1.5 million" too. */
    private static String scaled(String number, String scale) {
        if (scale == null) {
            return number;
        }
        long factor = switch (scale) {
            case "万" -> 10_000L;
            case "億" -> 100_000_000L;
            case "thousand", "тыс", "тысяч", "k" -> 1_000L;
            case "million", "млн", "миллион", "mln" -> 1_000_000L;
            default -> 1_000_000_000L;
        };
        return new java.math.BigDecimal(number).multiply(java.math.BigDecimal.valueOf(factor)).stripTrailingZeros().toPlainString();
    }

    /** The number without thousands separators, with its decimals when not zero: "38 000" and "38,000" alike. */
    private static String plain(String whole, String decimals) {
        String digits = whole.replaceAll("[ ,\u00a0]", "");
        return decimals == null || decimals.chars().allMatch(c -> c == '0') ? digits : digits + "." + decimals;
    }

    private static long wholePart(String number) {
        String whole = number.contains(".") ? number.substring(0, number.indexOf('.')) : number;
        return whole.length() > 12 ? Long.MAX_VALUE : Long.parseLong(whole);
    }

    /** The conflict of a question saying the opposite of what the fact says: trade fell, where it grew. */
    static final String OPPOSITE = "the question says the opposite of what the fact says";

    /**
     * A question of a fall answered by a fact of a rise, of a cancellation by a fact of an extension, and so on; or a
     * question of something stopped, refused or put off ("why did Toshiba stop supplying") by a fact saying nothing
     * of the kind.
     *
     * @param question the analysed terms of the question as read against the fact
     * @param rendered whether the question is read as the dictionaries render it in the fact's language
     */
    Optional<String> opposite(List<String> question, boolean rendered, Fact fact, LanguageRules rules) {
        List<String> said = said(fact, rules);
        if (rules.opposes(question, said)) {
            return Optional.of(OPPOSITE);
        }
        // not on a question rendered by the dictionaries: it holds every sense of every word ("стоит": cost, stand, stop)
        if (!rendered && rules.speaksOfReversal(question) && !rules.speaksOfReversal(said)) {
            return Optional.of("the question speaks of something stopped, refused or put off, which the fact does not");
        }
        return Optional.empty();
    }

    /** The terms of what the question claims: a question asking a value claims nothing by the doubts asked before it. */
    private static List<String> claimed(InformationNeed need, String asked, List<String> askedTerms, LanguageRules rules) {
        String claimed = need.type().wantsValue() ? withoutDoubts(asked, rules) : asked;
        return claimed.equals(asked) ? askedTerms : rules.terms(claimed);
    }

    /**
     * The question without the doubts asked before its last question: "The pandemic stopped it all, didn't it? How many
     * came all the same?" asks a value whose answer settles the doubt, so the doubt states nothing to be checked.
     */
    private static String withoutDoubts(String question, LanguageRules rules) {
        String[] asked = question.strip().split("(?<=[?？])\\s*");
        if (asked.length < 2) {
            return question;
        }
        for (int i = 0; i < asked.length - 1; i++) {
            if (!rules.asksConfirmation(rules.terms(asked[i]))) {
                return question;
            }
        }
        return asked[asked.length - 1];
    }

    /** The fact's analysed terms in the language it is read in, analysed once. */
    private List<String> said(Fact fact, LanguageRules rules) {
        return factTerms.computeIfAbsent(fact.id() + "/" + rules.lang().code(), k -> rules.terms(fact.text(rules.lang())));
    }
}
