package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rujp.bot.answer.analysis.AnswerType;
import org.rujp.bot.answer.analysis.InformationNeed;
import org.rujp.bot.answer.analysis.LanguageRules;
import org.rujp.bot.answer.analysis.Sentences;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EntityCard;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;

/**
 * The value a fact gives for one kind of answer, read from its typed slots: the actor in the part the
 * question asks about (never the publisher, unless the question asks who reported), the event date or the
 * report date, the finest place of the event at the granularity asked, the quantity of what the question
 * counts. Facts without slots fall back to reading the text ({@link LeadExtractor}), and so does an ingested passage
 * whose slots, read by rule, lack the value asked.
 */
final class SlotLeads {
    /** Without a verb in the question, the actor most likely meant comes first. */
    private static final List<Slots.Actor.Part> PART_ORDER = List.of(Slots.Actor.Part.PROPOSER, Slots.Actor.Part.SPEAKER,
            Slots.Actor.Part.HOST, Slots.Actor.Part.PARTICIPANT, Slots.Actor.Part.ORGANISER, Slots.Actor.Part.SUBJECT,
            Slots.Actor.Part.REPORTER);

    private final KnowledgeBase kb;
    private final LeadExtractor text;
    private final org.rujp.bot.answer.analysis.CountriesServed served;

    SlotLeads(KnowledgeBase kb, LeadExtractor text, org.rujp.bot.retrieval.AliasExpander aliases) {
        this.kb = kb;
        this.text = text;
        this.served = new org.rujp.bot.answer.analysis.CountriesServed(kb.entities());
        this.aliases = aliases;
        this.toldOf = kb.facts().stream().flatMap(f -> java.util.stream.Stream.concat(f.entities().stream(), f.slots().places().stream()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private final org.rujp.bot.retrieval.AliasExpander aliases;

    /** The entities some fact speaks of or places something in: a region known only to recognise its cities is none. */
    private final java.util.Set<String> toldOf;

    /** As {@link LeadExtractor#holdersOfTheRoleAsked}: RDIF's CEO is no answer for the chief of a joint venture. */
    java.util.function.Predicate<Entity> holdersOfTheRoleAsked(String question, Lang lang) {
        return text.holdersOfTheRoleAsked(question, lang);
    }

    private static final java.util.Set<Slots.Quantity.Unit> MONEY = java.util.EnumSet.of(Slots.Quantity.Unit.USD, Slots.Quantity.Unit.RUB,
            Slots.Quantity.Unit.JPY, Slots.Quantity.Unit.EUR);

    /**
     * Whether "how much" asks a sum of money ("in dollars", "金額だと"), or "how many" counts money ("сколько долларов"),
     * not a growth or a share of it.
     */
    static boolean asksASum(InformationNeed need) {
        LanguageRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(need.lang());
        boolean counted = need.type() == AnswerType.NUMBER && !need.counted().isEmpty() && rules.money(need.counted().subList(0, 1));
        boolean money = need.type() == AnswerType.AMOUNT && asksMoney(need, rules) || counted;
        // "what did trade grow by?", "how much did trade in dollars grow?" ask the growth, a share; "by how many dollars did
        // it grow?" counts money, and "…17％伸びた貿易額は、金額にするといくら？" asks the sum by name
        return money && (!rules.growth(need.terms()) || counted || rules.namesSum(List.copyOf(need.terms())));
    }

    /**
     * Whether an amount asked is one of money: by a word of money ("how much money"), or of investing ("сколько
     * японцы инвестировали", "いくら投資した"), which puts in nothing but money.
     */
    static boolean asksMoney(InformationNeed need, LanguageRules rules) {
        return rules.money(need.terms()) || rules.speaksOfInvesting(List.copyOf(need.terms()));
    }

    /** Whether a fact states a sum of money among its typed quantities. */
    static boolean statesASum(Fact fact) {
        return fact.slots().quantities().stream().anyMatch(q -> MONEY.contains(q.unit()));
    }

    Optional<String> lead(AnswerType type, InformationNeed need, String question, Fact fact, LanguageRules rules) {
        Lang lang = CrossLanguageQuestions.readingLang(fact, need.lang()); // the text is read in its own language
        boolean typed = !fact.slots().isEmpty();
        Optional<String> value = fromSlots(type, need, question, fact, rules, typed);
        if (value.isEmpty() && typed && fact.kind() == Fact.Kind.PASSAGE) {
            // a passage's slots are read by rule at ingestion, not written by an editor: what they lack, its text may say
            return fromSlots(type, need, question, fact, rules, false);
        }
        return value;
    }

    private Optional<String> fromSlots(AnswerType type, InformationNeed need, String question, Fact fact, LanguageRules rules,
                                       boolean typed) {
        Lang lang = need.lang();
        return switch (type) {
            case PERSON -> typed ? actor(need, question, fact, Entity.Kind.PERSON, rules)
                    .or(() -> text.requiredRole(Sentences.asking(question), lang).isPresent()
                            || rules.asksHuman(rules.terms(Sentences.asking(question))) ? Optional.empty()
                            : actor(need, question, fact, Entity.Kind.ORGANISATION, rules)) // "who will sing": a choir
                    : text.lead(QuestionType.WHO, question, fact, lang);
            case ORGANISATION -> typed ? actor(need, question, fact, Entity.Kind.ORGANISATION, rules).or(() -> body(need, question, fact, rules))
                    .or(() -> speakersBody(need, question, fact, rules))
                    : text.lead(QuestionType.WHO, question, fact, lang);
            // "where was the extension discussed?": at a meeting, when the fact names no place
            case PLACE -> typed ? place(need, fact, rules.nationalities(rules.terms(Sentences.asking(question))), framed(rules, Sentences.asking(question)))
                    .or(() -> need.placeType().isEmpty() ? occasionAsPlace(need, question, fact, lang, rules) : Optional.empty())
                    : text.lead(QuestionType.WHERE, question, fact, lang);
            case OCCASION -> fact.slots().occasion(lang);
            case DATE -> date(need, fact).map(d -> dateLead(fact, d, need.lang()));
            case YEAR -> date(need, fact).filter(EventDate::hasYear).map(d -> Messages.date(new EventDate(d.year(), 0, 0), need.lang()));
            case MONTH -> date(need, fact).filter(d -> d.month() > 0).map(d -> Messages.date(new EventDate(d.year(), d.month(), 0), need.lang()));
            case WEEKDAY -> date(need, fact).filter(d -> d.day() > 0 && d.hasYear()).map(d -> Messages.weekday(d, need.lang()));
            case NUMBER, AMOUNT -> typed && !fact.slots().quantities().isEmpty() ? quantity(type, need, question, fact, rules)
                    : typed ? Optional.empty() : text.quantity(question, fact.text(lang), lang, false);
            case DESCRIPTION, YES_NO, LIST, FACT -> Optional.empty();
        };
    }

    /**
     * The occasion of a fact that names no place, as where it happened ("where was the extension discussed?": at a
     * meeting of a subcommittee …); not when the question names that occasion itself ("where will the closing concert
     * be?" asks a place the concert has), by its words or as the event the fact is about ("閉幕コンサート…会場はどこで").
     */
    private static Optional<String> occasionAsPlace(InformationNeed need, String question, Fact fact, Lang lang, LanguageRules rules) {
        boolean eventNamed = fact.slots().topic().filter(topic -> need.entities().stream()
                .anyMatch(e -> e.id().equals(topic) && e.kind() == Entity.Kind.EVENT)).isPresent();
        return eventNamed ? Optional.empty() : fact.slots().occasion(lang).filter(occasion -> java.util.Collections.disjoint(
                rules.contentTerms(rules.terms(Sentences.asking(question))), rules.contentTerms(rules.terms(occasion))));
    }

    /**
     * The event date, or the date it was said when the question asks when someone said or reported it ("when did Putin
     * say…"), or when it was reported and the fact dates only the report ("when was the closing concert reported?"),
     * or said and the fact names nobody but its reporter ("何年って言ってた？" asks the year said, "誰が何年に出した" the year
     * proposed).
     */
    Optional<EventDate> date(InformationNeed need, Fact fact) {
        boolean aboutTheReport = need.part().filter(p -> p == Slots.Actor.Part.SPEAKER || p == Slots.Actor.Part.REPORTER).isPresent()
                && (fact.slots().actors().stream().anyMatch(a -> need.names(a.entity()) && need.part().get() == a.part())
                    || fact.date().isEmpty() && (need.part().get() == Slots.Actor.Part.REPORTER
                            || fact.slots().actors().stream().allMatch(a -> a.part() == Slots.Actor.Part.REPORTER)));
        if (aboutTheReport && fact.slots().reported().isPresent()) {
            return fact.slots().reported();
        }
        return fact.date();
    }

    private Optional<String> actor(InformationNeed need, String question, Fact fact, Entity.Kind kind, LanguageRules rules) {
        Optional<String> title = kind == Entity.Kind.PERSON ? text.requiredRole(Sentences.asking(question), need.lang()) : Optional.empty();
        Optional<String> body = kind == Entity.Kind.PERSON ? bodyOfThePost(need, Sentences.asking(question)) : Optional.empty();
        List<Slots.Actor> actors = new ArrayList<>(fact.slots().actors());
        Optional<Slots.Actor.Part> part = askedPart(need, actors);
        actors.sort(Comparator.comparingInt(a -> part.filter(p -> p == a.part()).isPresent() ? -1 : PART_ORDER.indexOf(a.part())));
        // "Lavrov's Japanese counterpart", "which Russian minister": a person of a country the question names comes first
        // ("the Japanese minister for Russia ties": the adjective says whose, the country named after it says about what)
        java.util.Set<String> countries = new java.util.HashSet<>(rules.nationalities(rules.terms(Sentences.asking(question))));
        Optional<Whose> post = whose(Sentences.asking(question), need.lang());
        Optional<String> whose = post.filter(Whose::asked).map(Whose::country);
        if (countries.isEmpty() && whose.isPresent()) {
            countries.add(whose.get()); // "Who was Japan's top diplomat in 2018?": only Japan's
        }
        // "who was Japan's foreign minister supposed to sit down with?": the one holding that post is described, not asked
        Optional<String> describedCountry = post.filter(w -> !w.asked()).map(Whose::country);
        if (countries.isEmpty() && rules.refersBack(rules.terms(Sentences.asking(question)))) {
            // "Тот японский министр … Как его фамилия?": the adjective of the sentence the asking one refers back to
            countries.addAll(rules.nationalities(rules.terms(question)));
        }
        boolean byAdjective = !countries.isEmpty(); // only an adjective rules out the others; a named country may be a place
        // the adjective inside the frame asking for the person ("which Russian minister"), not describing someone
        // else ("whom did the Japanese minister meet")
        java.util.Set<String> framed = whose.isPresent() ? java.util.Set.of(whose.get())
                : byAdjective ? framed(rules, Sentences.asking(question)) : java.util.Set.of();
        if (countries.isEmpty()) {
            need.entities().forEach(e -> countries.add(e.id()));
        }
        // the part asked first, then, within it, those of the country ("which minister said the Japanese plan works":
        // the one who said it, whatever plan's adjective)
        actors.sort(Comparator.comparing((Slots.Actor a) -> part.isPresent() && part.get() != a.part())
                .thenComparing(a -> !ofCountry(countries, need, a.entity())));
        List<String> names = new ArrayList<>();
        Slots.Actor.Part chosenPart = null;
        boolean ofNation = false;
        // "at which meeting did Seko speak": the part the verb names is held by someone the question names, so it is
        // not the part of the one asked for (unless that one shares it: "who met Putin")
        boolean partTaken = part.isPresent() && part.get() != Slots.Actor.Part.PARTICIPANT
                && actors.stream().anyMatch(a -> a.part() == part.get() && need.names(a.entity()));
        // (not asked who else: "кто ещё, кроме Абэ, предложил план?" names no one to confirm, and whoever else answers
        // holds the part too)
        boolean others = rules.asksOthers(rules.terms(question));
        if (partTaken && part.get() == Slots.Actor.Part.PROPOSER && !others) {
            // a plan has one proposer: "who proposed the plan, Abe?" names him to be confirmed, not someone else
            return actors.stream().filter(a -> a.part() == Slots.Actor.Part.PROPOSER).map(a -> kb.entity(a.entity()))
                    .flatMap(Optional::stream).filter(e -> e.kind() == kind).map(e -> name(e, need.lang())).findFirst();
        }
        for (Slots.Actor a : actors) {
            Entity e = kb.entity(a.entity()).orElse(null);
            if (e == null || e.kind() != kind || need.names(e.id())) {
                continue;
            }
            if (!ofTheNounAsked(rules, question, e)) {
                continue; // "which choir": no summit, however it took part
            }
            if (part.isPresent() && (!partTaken || others) && !fits(part.get(), a.part())) {
                continue; // "who proposed" is not answered by whoever else the fact names
            }
            if (a.part() == Slots.Actor.Part.REPORTER && !need.asksReporter()) {
                continue;
            }
            if (title.isPresent() && !e.role().toLowerCase(java.util.Locale.ROOT).contains(title.get())) {
                continue;
            }
            if (body.isPresent() && e.card().positions().stream().noneMatch(p -> p.of().filter(body.get()::equals).isPresent())) {
                continue; // "日本の外務省の報道官": a spokeswoman of the Russian ministry is none
            }
            if (describedCountry.isPresent() && countryServed(e).filter(describedCountry.get()::equals).isPresent()) {
                continue; // the one the question describes by that post
            }
            if (!names.isEmpty() && byAdjective && ofNation && !ofCountry(countries, need, a.entity())) {
                continue; // "the Japanese minister": not the Russian one beside him in the same part
            }
            if (ofAnotherCountry(framed, e)) {
                continue; // "which Russian minister spoke in Tokyo": never the Japanese minister the fact names alone;
                // "which Russian firm": never the Japanese company
            }
            if (chosenPart == null) {
                chosenPart = a.part();
                ofNation = ofCountry(countries, need, a.entity());
            }
            if (a.part() == chosenPart && names.size() < 3 && !names.contains(name(e, need.lang()))) {
                names.add(name(e, need.lang())); // "which choirs": every actor in the part asked, not only the first
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(need.lang() == Lang.JA ? "、" : ", ", names));
    }

    /**
     * An organisation the fact speaks of without giving it a part in the event ("at a joint meeting of the two
     * economic committees"): the one answer to "which body" when no actor is one. Never the publisher, never one the
     * question names, and none when the fact speaks of several.
     */
    private Optional<String> body(InformationNeed need, String question, Fact fact, LanguageRules rules) {
        if (need.part().filter(p -> p != Slots.Actor.Part.PARTICIPANT).isPresent()) {
            return Optional.empty(); // "which agency reported", "which company supplies": only an actor in that part
        }
        java.util.Set<String> reporters = new java.util.HashSet<>(fact.slots().actors(Slots.Actor.Part.REPORTER));
        List<Entity> bodies = fact.entities().stream().filter(id -> !reporters.contains(id) && !need.names(id)).map(kb::entity)
                .flatMap(Optional::stream).filter(e -> e.kind() == Entity.Kind.ORGANISATION).toList();
        bodies = bodies.stream().filter(e -> ofTheNounAsked(rules, question, e)).toList();
        java.util.Set<String> framed = framed(rules, Sentences.asking(question)); // "which Japanese choir": not the Russian one
        bodies = bodies.stream().filter(e -> !ofAnotherCountry(framed, e)).toList();
        return bodies.size() == 1 ? Optional.of(bodies.get(0).name(need.lang())) : Optional.empty();
    }

    /**
     * The organisation whose head or officer holds the part asked ("which fund says its partners are ready to invest":
     * the fund whose chief said so): one the fact speaks of, of the kind the question's noun names, not one it names.
     */
    private Optional<String> speakersBody(InformationNeed need, String question, Fact fact, LanguageRules rules) {
        Optional<Slots.Actor.Part> part = need.part().filter(p -> p != Slots.Actor.Part.PARTICIPANT && p != Slots.Actor.Part.REPORTER);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> framed = framed(rules, Sentences.asking(question));
        List<Entity> bodies = fact.slots().actors().stream().filter(a -> fits(part.get(), a.part())).map(a -> kb.entity(a.entity()))
                .flatMap(Optional::stream).filter(e -> e.kind() == Entity.Kind.PERSON)
                .flatMap(e -> e.card().positions().stream()).flatMap(p -> p.of().stream())
                .filter(id -> fact.entities().contains(id) && !need.names(id)).distinct().map(kb::entity).flatMap(Optional::stream)
                .filter(e -> e.kind() == Entity.Kind.ORGANISATION && ofTheNounAsked(rules, question, e) && !ofAnotherCountry(framed, e))
                .toList();
        return bodies.size() == 1 ? Optional.of(bodies.get(0).name(need.lang())) : Optional.empty();
    }

    /** Whether the question's frame names countries and the entity serves another. */
    private boolean ofAnotherCountry(java.util.Set<String> framed, Entity e) {
        return !framed.isEmpty() && countryServed(e).filter(c -> !framed.contains(c)).isPresent();
    }

    private final java.util.Map<String, java.util.Set<String>> kindWords = new java.util.concurrent.ConcurrentHashMap<>();

    /** The words that say what an entity is, in a language: its names, its description, and for English its role. */
    private java.util.Set<String> kindWords(LanguageRules rules, Entity e) {
        Lang lang = rules.lang();
        return kindWords.computeIfAbsent(e.id() + "/" + lang.code(), k -> new java.util.HashSet<>(rules.terms(
                String.join(" ", e.names().getOrDefault(lang, List.of())) + " " + (lang == Lang.EN ? e.role() : "") + " "
                        + e.card().description(lang).orElse(""))));
    }

    /**
     * Whether an organisation is one of the kind the question's frame names ("which <b>choir</b>", "какое
     * <b>агентство</b>", "どの<b>通信社</b>"): when the knowledge calls some organisation by that noun, the answer must be
     * one it calls so. A noun no organisation is called by ("which firm") rules nothing out.
     */
    private boolean ofTheNounAsked(LanguageRules rules, String question, Entity e) {
        if (e.kind() != Entity.Kind.ORGANISATION) {
            return true; // a person's title is read by its role ("which minister"), in whatever word a card gives it
        }
        String noun = nounAsked(rules, Sentences.asking(question));
        return noun.isEmpty() || kindWords(rules, e).containsAll(List.of(noun.split(" ")));
    }

    /** Per language and question, the noun of its organisation frame that the knowledge calls some organisation by. */
    private final java.util.Map<String, String> nounsAsked = new java.util.concurrent.ConcurrentHashMap<>();

    private String nounAsked(LanguageRules rules, String sentence) {
        return perQuestion(nounsAsked, rules, sentence, terms -> {
            for (LanguageRules.Frame f : rules.frames(terms)) {
                if (f.noun() >= 0 && f.noun() + f.nounTerms() <= terms.size() && f.type() == org.rujp.bot.answer.analysis.AnswerType.ORGANISATION) {
                    // every word of the noun: "会議体" is no "会議" (the meeting a body held)
                    List<String> noun = terms.subList(f.noun(), f.noun() + Math.max(1, f.nounTerms()));
                    boolean known = kb.entities().stream()
                            .anyMatch(o -> o.kind() == Entity.Kind.ORGANISATION && kindWords(rules, o).containsAll(noun));
                    return known ? String.join(" ", noun) : "";
                }
            }
            return "";
        });
    }

    /** A post right after a body's name ("…の報道官", "'s spokeswoman") or right before it ("представитель МИД Японии"). */
    private static final java.util.Map<Lang, java.util.regex.Pattern> POST_AFTER = java.util.Map.of(
            Lang.EN, java.util.regex.Pattern.compile("(?iu)^(?:'s|\u2019s)?\\s*(?:spokeswoman|spokesperson|spokesman|press secretary|head|chief|minister|representative)\\b"),
            Lang.RU, java.util.regex.Pattern.compile("(?!)"),
            Lang.JA, java.util.regex.Pattern.compile("^の?(?:報道官|報道担当|広報担当|トップ|長官|代表|大臣|誰|だれ|どなた)"));
    private static final java.util.Map<Lang, java.util.regex.Pattern> POST_BEFORE = java.util.Map.of(
            Lang.EN, java.util.regex.Pattern.compile("(?iu)\\b(?:spokeswoman|spokesperson|spokesman|press secretary|head|chief|representative) (?:of|for|at|from) (?:the )?$|\\b(?:who|someone|anyone) (?:at|from|in) (?:the )?$"),
            Lang.RU, java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?:представител\\p{L}*|спикер\\p{L}*|пресс-секретар\\p{L}*|глав\\p{L}*|руководител\\p{L}*)\\s+$|(?<!\\p{L})кто\\s+(?:из|от)\\s+$"),
            Lang.JA, java.util.regex.Pattern.compile("(?!)"));

    /**
     * The body whose post the person asked holds, as the question writes it beside the post: "日本の外務省の報道官",
     * "Japan's foreign ministry spokeswoman", "официальный представитель МИД Японии"; the answer must be someone of
     * it. None when no body's name stands beside a post.
     */
    private Optional<String> bodyOfThePost(InformationNeed need, String question) {
        if (need.entities().stream().noneMatch(e -> e.kind() == Entity.Kind.ORGANISATION)) {
            return Optional.empty(); // no body named: the names are not read again
        }
        for (org.rujp.bot.retrieval.AliasExpander.Mention m : aliases.mentions(question)) {
            if (m.entity().kind() == Entity.Kind.ORGANISATION && need.names(m.entity().id())
                    && (POST_AFTER.get(need.lang()).matcher(question.substring(m.end())).find()
                            || POST_BEFORE.get(need.lang()).matcher(question.substring(0, m.start())).find())) {
                return Optional.of(m.entity().id());
            }
        }
        return Optional.empty();
    }

    /** Per language and question, whether a frame holds a nationality: read once per question, not per candidate. */
    private final java.util.Map<String, java.util.Set<String>> framedNationality = new java.util.concurrent.ConcurrentHashMap<>();

    private java.util.Set<String> framed(LanguageRules rules, String sentence) {
        return perQuestion(framedNationality, rules, sentence, terms -> framesANationality(rules, terms));
    }

    /** What a question's terms give, read once per language and question (a bounded cache: cleared when full). */
    private static <V> V perQuestion(java.util.Map<String, V> cache, LanguageRules rules, String sentence,
                                     java.util.function.Function<List<String>, V> read) {
        if (cache.size() > 1000) {
            cache.clear();
        }
        return cache.computeIfAbsent(rules.lang().code() + "|" + sentence, k -> read.apply(rules.terms(sentence)));
    }

    /**
     * The countries of the nationality inside the frame asking for the person, body or place ("which Russian minister",
     * "which Japanese company", "which Japanese city"), or right
     * after the person question word ("who's the Russian economy minister that ...", "кто из российских министров";
     * not "who did the Japanese minister meet"): none when the adjectives describe someone else.
     */
    private static java.util.Set<String> framesANationality(LanguageRules rules, List<String> terms) {
        for (int i = 1; i < terms.size() && i <= 3; i++) {
            java.util.Set<String> countries = rules.nationalities(terms.subList(i, i + 1));
            if (!countries.isEmpty()) {
                boolean asksWho = rules.frames(terms.subList(0, 1)).stream()
                        .anyMatch(f -> f.type() == org.rujp.bot.answer.analysis.AnswerType.PERSON && f.length() == 1);
                // a verb of an act between ("кто сказал, что японские партнёры…") makes the nationality another's
                if (asksWho && terms.subList(1, i).stream().allMatch(t -> rules.linking(t) && !rules.namesAnAct(t))) {
                    return countries;
                }
                break;
            }
        }
        for (LanguageRules.Frame f : rules.frames(terms)) {
            // Japanese puts the nationality before the noun the frame ends with: "ロシアの合唱団の名前は"
            int from = rules.lang() == Lang.JA ? Math.max(0, f.start() - 2) : f.start();
            java.util.Set<String> countries = rules.nationalities(terms.subList(from, f.start() + f.length()));
            if ((f.type() == org.rujp.bot.answer.analysis.AnswerType.PERSON || f.type() == org.rujp.bot.answer.analysis.AnswerType.ORGANISATION
                    || f.type() == org.rujp.bot.answer.analysis.AnswerType.PLACE) && !countries.isEmpty()) {
                return countries;
            }
        }
        return java.util.Set.of();
    }

    /** A season next to a year, the year as group {@code y}. */
    private static final java.util.Map<Lang, java.util.regex.Pattern> SEASONS = java.util.Map.of(
            Lang.EN, java.util.regex.Pattern.compile("(?i)(?:spring|summer|autumn|fall|winter)(?: of)? (?<y>\\d{4})"),
            Lang.RU, java.util.regex.Pattern.compile(
                    "(?iu)(?:весной|летом|осенью|зимой|весна|весну|лето|осень|зима|зиму)(?: \\p{IsCyrillic}+)? (?<y>\\d{4})(?: года| г\\.)?"),
            Lang.JA, java.util.regex.Pattern.compile("(?<y>\\d{4})年(?:の)?[春夏秋冬]"));

    /**
     * The time a fact dated by someone's words gives for what they told of, as its text names it: "would meet in spring
     * 2018" said on 12 January 2018. Only a season with its year: a date in the text may be the words' own.
     */
    Optional<String> timeTold(Fact fact, Lang lang) {
        String text = fact.texts().containsKey(lang) ? fact.text(lang) : "";
        java.util.regex.Matcher m = SEASONS.get(lang).matcher(text);
        return m.find() ? Optional.of(seasonAsNamed(m.group())) : Optional.empty();
    }

    /** A season as named, not as the object of a preposition: "на весну 2018" is "весна 2018". */
    private static String seasonAsNamed(String season) {
        return season.replace("весну", "весна").replace("зиму", "зима");
    }

    /** Whether a fact's date is that of someone's words (a speaker, no later report date to tell them apart). */
    static boolean datedByWords(Fact fact) {
        return !fact.slots().actors(Slots.Actor.Part.SPEAKER).isEmpty() && fact.slots().reported().isEmpty();
    }

    /**
     * A day of the date's month the fact's text gives, as written ("8-9 June 2019", "8–9 июня 2019"), when its
     * date has the month only: the text may date another event of that month than the fact's own.
     */
    Optional<String> dayInText(Fact fact, EventDate date, Lang lang) {
        String text = fact.texts().containsKey(lang) ? fact.text(lang) : "";
        java.util.regex.Matcher days = JA_DAYS.matcher(text); // "2019年6月8-9日": two days of one meeting
        while (lang == Lang.JA && days.find()) {
            if (Integer.parseInt(days.group(2)) == date.month() && (days.group(1) == null || Integer.parseInt(days.group(1)) == date.year())) {
                return Optional.of(days.group());
            }
        }
        return org.rujp.bot.knowledge.DateFinder.find(text)
                .filter(f -> f.day() > 0 && f.month() == date.month() && (f.year() == 0 || f.year() == date.year()))
                .map(f -> {
                    java.util.regex.Matcher range = DAY_RANGE.matcher(text.substring(0, f.start()));
                    return (range.find() ? range.group() : "") + f.text();
                });
    }

    private static final java.util.regex.Pattern DAY_RANGE = java.util.regex.Pattern.compile("\\d{1,2}\\s*[-–]\\s*$");
    private static final java.util.regex.Pattern JA_DAYS = java.util.regex.Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月\\d{1,2}[-–〜~]\\d{1,2}日");

    /**
     * A date as the lead: with the season the fact's text gives when the date has no month ("spring 2018"), and with
     * the part of the month it gives when the date has no day ("late June 2019", "в конце июня 2019 г.", "2019年6月下旬").
     */
    String dateLead(Fact fact, EventDate date, Lang lang) {
        if (date.month() == 0) {
            return season(fact, date, lang).orElse(Messages.date(date, lang));
        }
        return date.day() == 0 && date.hasYear() ? partOfMonth(fact, date, lang).orElse(Messages.date(date, lang)) : Messages.date(date, lang);
    }

    /** "late June 2019", "в конце июня 2019", "2019年6月下旬": the part of the month the fact's text dates it by. */
    private static Optional<String> partOfMonth(Fact fact, EventDate date, Lang lang) {
        String text = fact.texts().containsKey(lang) ? fact.text(lang) : "";
        String year = Integer.toString(date.year());
        java.util.regex.Pattern part = switch (lang) {
            case EN -> java.util.regex.Pattern.compile("\\b(?:early|mid|late)[- ]" + Messages.get(lang, "month.nominative." + date.month())
                    + "\\s+" + year, java.util.regex.Pattern.CASE_INSENSITIVE);
            case RU -> java.util.regex.Pattern.compile("в (?:начале|середине|конце) " + Messages.get(lang, "month." + date.month()) + "\\s+" + year,
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
            case JA -> java.util.regex.Pattern.compile(year + "年" + date.month() + "月(?:上旬|中旬|下旬|末|初旬)");
        };
        java.util.regex.Matcher m = part.matcher(text);
        return m.find() ? Optional.of(lang == Lang.RU ? m.group() + " г." : m.group()) : Optional.empty();
    }

    /** "spring 2018", "весной 2018 года", "2018年春": a date the fact knows by its year alone, as its text gives the season. */
    private static Optional<String> season(Fact fact, EventDate date, Lang lang) {
        String text = fact.texts().containsKey(lang) ? fact.text(lang) : "";
        java.util.regex.Matcher m = SEASONS.get(lang).matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group("y")) == date.year()) {
                return Optional.of(seasonAsNamed(m.group()));
            }
        }
        return Optional.empty();
    }

    /** The country a person serves (see {@link org.rujp.bot.answer.analysis.CountriesServed}). */
    Optional<String> countryServed(Entity person) {
        return served.of(person);
    }

    /**
     * Whether the entity, not itself named, serves one of the countries the question names: by a position of that
     * country, or of one of its bodies (the Russian economy minister serves Russia through his ministry).
     */
    private boolean ofCountry(java.util.Set<String> countries, InformationNeed need, String entityId) {
        if (need.names(entityId)) {
            return false;
        }
        return kb.entity(entityId).flatMap(this::countryServed).filter(countries::contains).isPresent();
    }

    /**
     * The part of the one asked for. "Kono was to host his Russian counterpart: who?" names a participant of a meeting
     * whose fact gives no host: the named one hosts, and the one asked is the other participant.
     */
    private static Optional<Slots.Actor.Part> askedPart(InformationNeed need, List<Slots.Actor> actors) {
        boolean hostNamedAmongParticipants = need.part().filter(p -> p == Slots.Actor.Part.HOST).isPresent()
                && actors.stream().noneMatch(a -> a.part() == Slots.Actor.Part.HOST)
                && actors.stream().anyMatch(a -> a.part() == Slots.Actor.Part.PARTICIPANT && need.names(a.entity()));
        return hostNamedAmongParticipants ? Optional.of(Slots.Actor.Part.PARTICIPANT) : need.part();
    }

    /** Whether an actor's part answers the part asked: a host also took part, a proposer also spoke. */
    private static boolean fits(Slots.Actor.Part asked, Slots.Actor.Part actual) {
        return asked == actual
                || asked == Slots.Actor.Part.PARTICIPANT && actual == Slots.Actor.Part.HOST
                || asked == Slots.Actor.Part.SPEAKER && actual == Slots.Actor.Part.PROPOSER;
    }

    /** Whether the question itself states the quantity's figure ("of the 130 projects, how many…"). */
    private static boolean givenByTheQuestion(Slots.Quantity q, InformationNeed need) {
        java.util.regex.Matcher digits = FIGURE.matcher(q.value(Lang.EN).replace(",", ""));
        return digits.find() && need.terms().contains(digits.group());
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?");

    static String name(Entity e, Lang lang) {
        return e.kind() == Entity.Kind.PERSON && lang == Lang.EN && !e.role().isEmpty() ? e.name(lang) + " (" + e.role() + ")" : e.name(lang);
    }

    /**
     * The place of the event at the granularity asked; when the fact gives no place of the event (a relation
     * such as twin cities), the finest place it names that the question does not.
     *
     * @param countries the countries of the question's adjectives: "which Russian city" is one in Russia, if the fact has one
     */
    private Optional<String> place(InformationNeed need, Fact fact, java.util.Set<String> countries, java.util.Set<String> framed) {
        if (need.attribute().filter("birth"::equals).isPresent() && countries.isEmpty()) {
            // "where does Putin come from": not where the fact's event took place (but "Putin's hometown is twinned
            // with which Japanese city" asks for a Japanese city)
            return birthplace(need, fact);
        }
        // "Which country is Osaka in?", "大阪ってどこの国？": the country the card of the one place asked of lies within,
        // not a country the fact names beside it (the Russia of Osaka's twin city); none for a place no card puts in a
        // country ("北方領土って結局どこの国？": the articles do not say whose the islands are)
        List<Entity> askedOf = need.entities().stream().filter(e -> e.kind() == Entity.Kind.PLACE
                && !e.card().placeTypeIn(EntityCard.PlaceType.COUNTRY) && !need.venues().contains(e.id())).toList();
        if (need.placeType().filter(t -> t == EntityCard.PlaceType.COUNTRY).isPresent() && askedOf.size() == 1 && !need.multiPart()) {
            return countryOf(askedOf.get(0)).map(e -> e.name(need.lang()));
        }
        List<String> places = new ArrayList<>(fact.slots().places());
        places.sort(Comparator.comparing(id -> countries.stream().noneMatch(country -> kb.within(id, country))));
        // "where was the Russia-Japan ministers' meeting planned": the two countries named as a pair name no place
        boolean pairNamed = need.entities().stream().filter(e -> e.card().placeTypeIn(EntityCard.PlaceType.COUNTRY)).count() >= 2;
        for (String id : places) {
            if (!framed.isEmpty() && framed.stream().noneMatch(country -> kb.within(id, country))) {
                continue; // "which Japanese city", "日本のどの町": never Moscow
            }
            Optional<Entity> place = atGranularity(kb.entity(id).orElse(null), need.placeType());
            if (place.isPresent() && (!need.names(place.get().id()) || pairNamed && place.get().card().placeTypeIn(EntityCard.PlaceType.COUNTRY))) {
                return place.map(e -> e.name(need.lang()));
            }
        }
        if (!fact.slots().places().isEmpty()) {
            return Optional.empty();
        }
        return fact.entities().stream().map(kb::entity).flatMap(Optional::stream)
                .filter(e -> e.kind() == Entity.Kind.PLACE && !need.names(e.id()))
                // a place that acts stands for its government ("Tokyo (the Japanese side) organised 150 projects"): it
                // is where nothing happened, unless a place that acts is asked for ("which city organised them")
                .filter(e -> fact.slots().actors().stream().noneMatch(a -> a.entity().equals(e.id())) || need.part().isPresent())
                .filter(e -> framed.isEmpty() || framed.stream().anyMatch(country -> kb.within(e.id(), country)))
                // a country is named only when asked for: otherwise it is the speaker's, not the place asked about
                .filter(e -> need.placeType().isEmpty() && e.card().placeType().filter(t -> t != EntityCard.PlaceType.COUNTRY).isPresent()
                        || e.card().placeType().equals(need.placeType()))
                .min(Comparator.<Entity, Boolean>comparing(e -> countries.stream().noneMatch(country -> kb.within(e.id(), country)))
                        .thenComparingInt(e -> e.card().placeType().map(Enum::ordinal).orElse(9)))
                .map(e -> e.name(need.lang()));
    }

    /** The country a place lies within, through the regions between ("Vladivostok": the Russian Far East, Russia). */
    private Optional<Entity> countryOf(Entity place) {
        return kb.entities().stream().filter(e -> e.card().placeTypeIn(EntityCard.PlaceType.COUNTRY) && kb.within(place.id(), e.id()))
                .findFirst();
    }

    /**
     * The place a fact names as someone's origin: the place named nearest a birth word of the fact's text, before it
     * ("Saint Petersburg is Putin's native city", "Санкт-Петербург — родной город Путина", "…はプーチン大統領の出身地")
     * or after it ("自身の故郷サンクトペテルブルクの姉妹都市である大阪").
     */
    private Optional<String> birthplace(InformationNeed need, Fact fact) {
        Lang lang = CrossLanguageQuestions.readingLang(fact, need.lang());
        String text = fact.text(lang).toLowerCase(java.util.Locale.ROOT);
        LanguageRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
        int word = -1;
        for (List<String> phrase : rules.attributeTerms("birth")) {
            if (phrase.size() != 1) {
                continue; // "come from" says nothing in a fact's text
            }
            int at = text.indexOf(phrase.get(0)); // a stem or base form: "nativ", "родн", "出身"
            if (at >= 0 && (word < 0 || at < word)) {
                word = at;
            }
        }
        if (word < 0) {
            return Optional.empty();
        }
        Entity nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (Entity e : kb.entities()) {
            if (e.kind() != Entity.Kind.PLACE || need.names(e.id())) {
                continue;
            }
            for (String name : e.allNames()) {
                String written = name.toLowerCase(java.util.Locale.ROOT);
                if (name.length() <= 2) {
                    continue;
                }
                int before = text.lastIndexOf(written, word);
                int after = text.indexOf(written, word + 1);
                int distance = Math.min(before >= 0 ? word - before - written.length() : Integer.MAX_VALUE,
                        after >= 0 ? after - word : Integer.MAX_VALUE);
                if (distance < nearestDistance) {
                    nearest = e;
                    nearestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(nearest).map(e -> e.name(need.lang()));
    }

    /**
     * The country of a post written by its possessive or genitive right after "who is" ("Who was Japan's top diplomat in
     * 2018?", "Кто был министром иностранных дел Японии…"), as an entity id: its holder is asked for, unless a verb other
     * than "to be" stands between, or a verb follows in English; the holder is then described, and someone
     * else is asked for ("who was Japan's foreign minister supposed to sit down with?", "кто встречался с министром
     * Японии").
     */
    private static Optional<Whose> whose(String sentence, Lang lang) {
        java.util.regex.Matcher m = switch (lang) {
            case EN -> WHOSE_EN.matcher(sentence);
            case RU -> WHOSE_RU.matcher(sentence);
            case JA -> null;
        };
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        String country = m.group("country").toLowerCase(java.util.Locale.ROOT).matches("(?u)russia|росси\\p{L}*") ? "russia" : "japan";
        // (in English, up to a comma or a relative clause: "…chief diplomat back then, the one Kono was to meet?" asks him)
        boolean acts = lang == Lang.EN ? EN_ACT.matcher(CLAUSE_END.split(sentence.substring(m.end()), 2)[0]).find()
                : java.util.Arrays.stream(m.group("between").split("\\s+")).anyMatch(w -> RU_VERB.matcher(w).matches());
        return Optional.of(new Whose(country, !acts));
    }

    /** The country of a post written right after "who is", and whether its holder is the one asked for. */
    private record Whose(String country, boolean asked) {
    }

    private static final java.util.regex.Pattern WHOSE_EN = java.util.regex.Pattern.compile(
            "(?i)^\\s*who\\s+(?:is|was|were|are)\\s+(?:the\\s+)?(?<country>russia|japan)(?:'s|\u2019s)\\s");
    private static final java.util.regex.Pattern WHOSE_RU = java.util.regex.Pattern.compile(
            "(?iu)^\\s*кто\\s+(?<between>(?:\\S+\\s+){0,4}?(?:дел|мид|министр\\p{L}*|глав\\p{L}*|премьер\\p{L}*|президент\\p{L}*|правительства)\\s+)"
                    + "(?<country>россии|японии)(?!\\p{L})");
    /** Where the words of an English post end: a comma or a relative clause telling of the one asked for. */
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("(?i),|\\b(?:who|whom|that|the one)\\b");
    /**
     * A verb after the post whose other party is asked: what the one described did with someone ("…supposed to sit down
     * with"); not "due to travel to Japan", which tells of the one asked.
     */
    private static final java.util.regex.Pattern EN_ACT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:meet|met|meeting|sit|sat|talk|talked|speak|spoke|visit|visited|call|called|negotiat\\w*)\\b");
    /** A Russian verb in the past tense other than "был" or "являлся" ("встречался", "предложил"). */
    private static final java.util.regex.Pattern RU_VERB = java.util.regex.Pattern.compile("(?iu)(?!был[аио]?$|являл(?:ся|ась|ось|ись)$)\\p{L}{2,}[аяиеыу]л(?:а|и|о|ся|ась|ись)?");

    /**
     * The place itself, or the larger place holding it when a coarser one is asked ("which country": Japan for Osaka).
     * A region no fact speaks of is no answer: the knowledge holds Ibaraki to recognise Tsukuba by it, but no article
     * says Tsukuba lies there.
     */
    private Optional<Entity> atGranularity(Entity place, Optional<EntityCard.PlaceType> asked) {
        for (int hops = 0; place != null && hops < 4; hops++) {
            Optional<EntityCard.PlaceType> type = place.card().placeType();
            if (asked.isEmpty() || type.isEmpty() || type.get() == asked.get()) {
                return hops > 0 && type.filter(t -> t != EntityCard.PlaceType.COUNTRY).isPresent() && !toldOf.contains(place.id())
                        ? Optional.empty() : Optional.of(place);
            }
            if (type.get().compareTo(asked.get()) > 0) {
                return Optional.empty();
            }
            place = place.card().within().flatMap(kb::entity).orElse(null);
        }
        return Optional.empty();
    }

    /** Whether the text says the word, as a word of its own in any case. */
    private static boolean said(String text, String word) {
        return java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})" + java.util.regex.Pattern.quote(word) + "(?!\\p{L})").matcher(text).find();
    }

    private static final java.util.regex.Pattern SCALED_FIGURE = java.util.regex.Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(million|billion)?");

    /** The figure of a quantity as its English value writes it ("over 60": 60, "16 billion US dollars": 1.6e10); -1 for none. */
    private static double magnitude(Slots.Quantity q) {
        java.util.regex.Matcher m = SCALED_FIGURE.matcher(q.value(Lang.EN));
        if (!m.find()) {
            return -1;
        }
        double figure = Double.parseDouble(m.group(1).replace(",", ""));
        return m.group(2) == null ? figure : figure * (m.group(2).equals("million") ? 1e6 : 1e9);
    }

    private Optional<String> quantity(AnswerType type, InformationNeed need, String question, Fact fact, LanguageRules rules) {
        Slots.Quantity best = null;
        int bestScore = Integer.MIN_VALUE;
        java.util.Set<String> alike = rules.countedAlike(need.counted()); // "сколько событий": мероприятия too
        List<java.util.Set<String>> alikeEach = need.counted().stream().map(t -> rules.countedAlike(List.of(t))).toList();
        // "how many Russian tourists": tourists, of a nationality; "how many Russians attended", "сколько россиян
        // посетило" count people
        List<String> counted = need.counted();
        List<String> heads = counted.size() > 1 && !rules.nationalities(counted.subList(0, 1)).isEmpty() && !rules.namesAnAct(counted.get(1))
                && !(rules.people(counted.get(0)) && (need.lang() != Lang.EN || said(question, counted.get(0) + "s")))
                ? counted.subList(1, counted.size()) : counted;
        boolean total = rules.asksTotal(need.terms());
        // "how many of the projects drawn up were under way": of "over 60 of the 130 projects", the 60
        boolean part = !total && Claims.asksAPart(Sentences.asking(question));
        boolean sum = asksASum(need);
        java.util.Map<Slots.Quantity.Unit, Double> largest = new java.util.EnumMap<>(Slots.Quantity.Unit.class);
        java.util.Map<Slots.Quantity.Unit, Integer> ofUnit = new java.util.EnumMap<>(Slots.Quantity.Unit.class);
        if (total || part) { // read only for a total or a part: most counts compare no figures
            fact.slots().quantities().forEach(q -> largest.merge(q.unit(), magnitude(q), Math::max));
            fact.slots().quantities().forEach(q -> ofUnit.merge(q.unit(), 1, Integer::sum));
        }
        for (Slots.Quantity q : fact.slots().quantities()) {
            // what the question counts is in its own words; a passage read in another language cannot be matched to them
            boolean counting = type == AnswerType.NUMBER && !need.counted().isEmpty() && rules.lang() == need.lang();
            boolean countsIt = counting && (q.counts().stream().anyMatch(w -> rules.terms(w).stream().anyMatch(alike::contains))
                    // the word after "how many"; any of a Japanese question's nouns ("交流イベントの動員数")
                    || q.unit() == Slots.Quantity.Unit.PEOPLE
                            && heads.stream().limit(rules.earliestFrameDecides() ? 2 : Long.MAX_VALUE).anyMatch(rules::people));
            if (counting && !countsIt) {
                continue; // "how many tourists" is not answered by a number of events
            }
            if (counting && rules.people(heads.get(0)) && q.unit() != Slots.Quantity.Unit.PEOPLE) {
                continue; // "сколько человек побывало на мероприятиях": people, not the events they went to
            }
            int score = 0;
            if (counting) {
                // the word right after "how many" counts most: "how many people did the events bring"
                for (int i = 0; i < alikeEach.size(); i++) {
                    java.util.Set<String> term = alikeEach.get(i);
                    if (q.counts().stream().anyMatch(w -> rules.terms(w).stream().anyMatch(term::contains))) {
                        score += 100 - 10 * i;
                        break;
                    }
                }
            }
            // every word of the question the quantity counts ("projects ... developed": the 130 developed, not the 60 under way)
            score += 10 * (int) q.counts().stream().flatMap(w -> rules.terms(w).stream()).filter(need.terms()::contains).distinct().count();
            boolean measure = switch (q.unit()) {
                case PERCENT, USD, RUB, JPY, EUR, YEARS, MONTHS -> true;
                case COUNT, PEOPLE, POINTS -> false;
            };
            boolean named = q.counts().stream().anyMatch(w -> rules.terms(w).stream().anyMatch(need.terms()::contains))
                    // "動員数ってどれくらい", "what was the turnout like": a count of people, asked in words for people
                    || q.unit() == Slots.Quantity.Unit.PEOPLE && need.terms().stream().anyMatch(rules::people);
            if (type == AnswerType.AMOUNT && !measure && !named) {
                continue; // "how much" asks for money, a share or a time, not a count of something it does not name
            }
            if (type == AnswerType.AMOUNT && measure) {
                score += 20; // and money or a share before a count it names
            }
            if (sum && !MONEY.contains(q.unit())) {
                continue; // "how much was trade in dollars": a sum, which a growth of 17% is not
            }
            if (givenByTheQuestion(q, need)) {
                score -= 200; // "over 60 of the ___ projects", "из 130 проектов сколько": the other figure is asked
            }
            if (total && magnitude(q) == largest.getOrDefault(q.unit(), -1.0)) {
                score += 5; // "how many in total": of "over 60 of the 130 projects", the 130
            }
            if (part && ofUnit.getOrDefault(q.unit(), 0) > 1 && magnitude(q) == largest.getOrDefault(q.unit(), -1.0)) {
                score -= 50; // the whole, of which a part is asked
            }
            if (score > bestScore) {
                best = q;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(q -> q.value(need.lang()));
    }
}
