package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rujp.bot.answer.analysis.AnswerType;
import org.rujp.bot.answer.analysis.InformationNeed;
import org.rujp.bot.answer.analysis.LanguageRules;
import org.rujp.bot.answer.analysis.LexiconRules;
import org.rujp.bot.answer.analysis.Sentences;
import org.rujp.bot.config.AnswerSettings;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EntityCard;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;
import org.rujp.bot.retrieval.ScoredFact;

/**
 * The decide stage: matches the information need against the retrieved facts and the entity cards.
 * <ol>
 *   <li>a description of a known entity ("Who is X?", "What is X's job?") is answered from its card;</li>
 *   <li>otherwise the best fact must score at least the calibrated threshold, and the question must name
 *       nothing the knowledge base has never heard of;</li>
 *   <li>an attribute asked of known entities (weather, population, successor) must be stated by a close
 *       candidate fact or a card, else the bot says what it does know about them instead;</li>
 *   <li>among the candidates scoring close to the best, the first that passes the fact checks of
 *       {@link Answerability} and holds a value of the asked type answers; a "who", "which organisation"
 *       or "where" question that no candidate can fill is refused rather than answered with any name.</li>
 * </ol>
 */
final class NeedDecider implements Decider {
    /** How far below the best score a candidate may be and still answer a value the closer ones lack. */
    private static final double WIDE_SHARE = 0.7;
    /** Words asking who heads or leads something: "who heads", "leads", "возглавляет", "руководит", "トップ", "率いる". */
    private static final java.util.regex.Pattern HEADS_ASKED = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:head|heads|headed|lead|leads|led|leader|runs)\\b|(?<!\\p{L})(?:возглав|руковод|лидер|глава\\b)|トップ|率い|指導者");

    /** The titles of the alias table's positions that head a country, not one of its ministries. */
    private static final java.util.Set<String> COUNTRY_HEADS = java.util.Set.of("president", "prime minister");

    /** The titles of the alias table's positions that head what they are of. */
    private static final java.util.Set<String> HEAD_TITLES = java.util.Set.of("minister", "foreign minister", "prime minister",
            "president", "ceo", "director", "chairman", "head", "governor", "mayor");

    private final KnowledgeBase kb;
    /** The date of the latest article the knowledge holds: a year after it no fact can tell of, unless one names it. */
    private final Optional<java.time.LocalDate> latestArticle;
    private final AnswerSettings settings;
    private final Answerability answerability;
    private final SlotLeads leads;
    /** Per fact and language, its analysed terms: built on first use, read on every answer. */
    private final Map<String, List<String>> factTerms = new java.util.concurrent.ConcurrentHashMap<>();

    private final CrossLanguageQuestions crossing;
    private final PremiseCheck premises;

    NeedDecider(KnowledgeBase kb, AnswerSettings settings, Answerability answerability, SlotLeads leads, CrossLanguageQuestions crossing,
                org.rujp.bot.retrieval.AliasExpander aliases) {
        this.crossing = crossing;
        this.kb = kb;
        this.settings = settings;
        this.answerability = answerability;
        this.leads = leads;
        this.premises = new PremiseCheck(kb, aliases);
        this.latestArticle = kb.sources().stream().map(org.rujp.bot.knowledge.Source::published).max(java.util.Comparator.naturalOrder());
    }

    @Override
    public Decision decide(InformationNeed need, String question, String resolved, List<ScoredFact> retrieved) {
        Decision decision = decideOne(need, question, resolved, retrieved);
        // "Перечисли все 21 проект", "the complete list of all city pairs": a fact that lists none does not answer
        if (decision instanceof Decision.FromFact f && WHOLE_LISTED.contains(need.type())
                && WHOLE_LIST.get(need.lang()).matcher(question).find() && !listsShortItems(f.best().fact(), need.lang())) {
            return declined(new RefusalReason.CannotAnswer("the question asks for a whole list, and the fact found lists none"));
        }
        return decision;
    }

    /**
     * The needs a whole list is refused of when the fact found lists none: things (places asked so may be of several
     * facts: "где уже работают или скоро появятся японские проекты? Перечисли все места").
     */
    private static final Set<AnswerType> WHOLE_LISTED = java.util.EnumSet.of(AnswerType.LIST, AnswerType.FACT);

    /** Words asking for a whole list: "complete list", "list all", "перечисли все", "полный список", "全部教えて", "一覧". */
    private static final Map<Lang, java.util.regex.Pattern> WHOLE_LIST = Map.of(
            Lang.EN, java.util.regex.Pattern.compile("(?iu)\\b(?:complete|full|whole|entire) list\\b|\\blist (?:all|every)\\b|\\b(?:name|give me) all the\\b|\\bevery single\\b"),
            Lang.RU, java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?:перечисли(?:те)?|назови(?:те)?) (?:все|всех)(?!\\p{L})|(?:полный|весь) (?:список|перечень)"),
            Lang.JA, java.util.regex.Pattern.compile("(?:全部|すべて|全て)(?:を)?(?:教え|挙げ|書い|リスト|知り)|一覧"));

    private Decision decideOne(InformationNeed need, String question, String resolved, List<ScoredFact> retrieved) {
        Lang lang = need.lang();
        Optional<Entity> unnamed = need.entities().stream().filter(e -> e.card().unnamed() && asksItsName(question, lang, e)).findFirst();
        if (unnamed.isPresent()) { // "Как называется японский детский хор?": the articles give it none
            return new Decision.Declined(new RefusalReason.UnknownAttribute(unnamed.get().name(lang), "name"), unnamed);
        }
        Optional<Entity> officially = officialNameAsked(need, question);
        if (officially.isPresent()) {
            return new Decision.OfficialName(officially.get());
        }
        Optional<Entity> described = described(need, question);
        if (need.type() == AnswerType.DESCRIPTION && described.isPresent()) {
            return new Decision.FromCard(described.get());
        }
        Optional<RefusalReason> later = afterTheArticles(need);
        if (later.isPresent()) {
            return declined(later.get()); // "What events are planned for next year?": no article reaches it
        }
        if (asksPlacesTakingPart(need, question) && retrieved.stream().noneMatch(c -> takesPartAsAPlace(c.fact()))) {
            return declined(new RefusalReason.NoValue(need.type())); // "Which sister cities took part?": none is named
        }
        if (retrieved.isEmpty()) {
            return declined(new RefusalReason.NothingRetrieved());
        }
        Optional<Decision> span = heldSpan(need, question, retrieved);
        if (span.isPresent()) {
            return span.get();
        }
        Optional<Decision> dateline = dateline(need, question, retrieved);
        if (dateline.isPresent()) {
            return dateline.get();
        }
        Optional<Decision> compared = compared(need, question, retrieved);
        if (compared.isPresent()) {
            return compared.get();
        }
        ScoredFact top = retrieved.get(0);
        if (top.score() < settings.minScore(lang)) {
            return declined(new RefusalReason.BelowThreshold(top.score(), settings.minScore(lang)));
        }
        // a name in what the message tells of its writer ("My grandson Tom studies in Kyoto.") is not asked about
        // nor is a name the question denies ("it went to the Moscow region, not Siberia. Is he right?")
        // ... nor a word of another language in brackets that restates the one before it ("白血病（лейкемия）")
        String asserted = DENIED.matcher(Sentences.askingClauses(org.rujp.bot.answer.analysis.Glosses.without(question, lang),
                LexiconRules.of(lang))).replaceAll("");
        Optional<String> unknown = answerability.unknownName(asserted, lang,
                word -> crossing.namesSomethingKnown(word, lang, w -> answerability.knowsWord(w) && !answerability.onlyInRoles(w)),
                word -> crossing.loanword(word, lang));
        if (unknown.isPresent()) {
            return declined(new RefusalReason.UnknownName(unknown.get()));
        }
        // "Which Russian universities took part?": what it asks which of is nothing the articles tell of
        Optional<String> unknownNoun = answerability.unknownNounAsked(org.rujp.bot.answer.analysis.Sentences.asking(asserted), lang);
        if (unknownNoun.isPresent()) {
            return declined(new RefusalReason.UnknownName(unknownNoun.get()));
        }
        List<ScoredFact> close = new ArrayList<>();
        for (ScoredFact candidate : retrieved) {
            if (candidate == top || candidate.score() >= top.score() * settings.relativeScore()) {
                close.add(candidate);
            }
        }
        List<ScoredFact> aboveThreshold = retrieved.stream().filter(c -> c.score() >= settings.minScore(lang)).toList();
        List<ScoredFact> near = aboveThreshold.stream().filter(c -> c.score() >= top.score() * WIDE_SHARE).toList();
        Optional<String> attribute = need.attribute().filter(a -> !a.equals("position"));
        // stated by any candidate near the best (not only the closest): the knowledge base does know it
        // ... and of what it is asked of, when only some kinds have it: Osaka's sister city is no answer for Vladivostok's
        List<Entity> askedOf = attribute.filter(a -> org.rujp.bot.answer.analysis.AttributeKinds.standard().ambiguous(a))
                .map(a -> need.entities().stream().filter(e -> org.rujp.bot.answer.analysis.AttributeKinds.standard().askedOf(a, e)).toList())
                .orElse(List.of());
        // "when was Putin born?", "in what year did Osaka and Saint Petersburg become twins?": the articles speak of his
        // native city and of the twinning, never of when either began; a fact's date is that of someone's words about it
        // (a twinning is asked of the two cities named: "the sister cities year" of Osaka is the programme)
        long cities = askedOf.stream().filter(e -> e.card().placeTypeIn(EntityCard.PlaceType.CITY)).count();
        boolean undatedState = attribute.filter(a -> a.equals("birth") || a.equals("twin") && cities >= 2).isPresent()
                && TIMES.contains(need.type()) && need.parts().stream().allMatch(TIMES::contains) // "since which year? when did it begin?"
                && need.part().isEmpty(); // "when did Putin say … his native city": the time of his words
        if (attribute.isPresent() && (undatedState || near.stream().noneMatch(c -> states(c.fact(), attribute.get())
                        && (askedOf.isEmpty() || askedOf.stream().anyMatch(e -> speaksOf(c.fact(), e))))
                && need.entities().stream().noneMatch(e -> cardStates(e, attribute.get())))) {
            // of the names, those the attribute is of: "the successor of Kono", not of Japan the question also names
            List<Entity> named = askedOf.isEmpty() ? need.entities() : askedOf;
            Optional<Entity> card = named.stream().filter(e -> e.card().described()).findFirst().or(() -> described);
            return new Decision.Declined(new RefusalReason.UnknownAttribute(names(named, lang), attribute.get()), card);
        }
        // "When did Russia's prime minister announce the year?", "日本の大統領は…": a post of a country that no one the
        // knowledge knows holds (Putin is Russia's president; Japan has a prime minister)
        Optional<String> unheld = premises.unheldPost(question, lang);
        if (unheld.isPresent() && !aboveThreshold.isEmpty()) {
            return declined(new RefusalReason.FalsePremise(unheld.get(), aboveThreshold.get(0).fact()));
        }
        // "Deputy Foreign Minister Maria Zakharova": a title beside a name that the person's roles do not hold; the
        // fact said is one speaking of the person, who is what the articles give them as
        Optional<PremiseCheck.Titled> titled = premises.otherTitle(need, question);
        if (titled.isPresent() && !aboveThreshold.isEmpty()) {
            Fact said = aboveThreshold.stream().map(ScoredFact::fact).filter(f -> f.entities().contains(titled.get().person().id()))
                    .findFirst().orElse(aboveThreshold.get(0).fact());
            return declined(new RefusalReason.FalsePremise(titled.get().describe(), said));
        }
        // "What did Oreshkin and Abe discuss at the G20 in Osaka?": two people together whom no fact has together
        Optional<String> apart = aboveThreshold.isEmpty() ? Optional.empty() : premises.neverTogether(need, question);
        if (apart.isPresent()) {
            return declined(new RefusalReason.FalsePremise(apart.get(), aboveThreshold.get(0).fact()));
        }
        Optional<Decision> byRole = byRole(need, question, aboveThreshold);
        if (byRole.isPresent()) {
            return byRole.get();
        }
        Optional<Decision> yearCorrected = yearCorrected(need, question, near);
        if (yearCorrected.isPresent()) {
            return yearCorrected.get(); // "My student wrote that Abe proposed the plan in 2018. Is that right?": 2016 (not 2018)
        }
        // A close fact saying the opposite of the question ("extended" for "why was it cancelled", a share other than
        // the one asked): the premise is not what the articles say, whatever else the other facts speak of.
        for (ScoredFact candidate : close) {
            Lang reading = CrossLanguageQuestions.readingLang(candidate.fact(), lang);
            String asked = crossing.question(question, lang, need.type(), candidate.fact());
            LanguageRules readingRules = LexiconRules.of(reading);
            Optional<String> contradiction = premises.contradiction(need, question, asked, candidate.fact(), readingRules);
            Optional<Decision.Correction> corrects = contradiction.isPresent()
                    ? corrects(need, question, asked, candidate, readingRules) : Optional.empty();
            if (corrects.isPresent()) {
                return new Decision.FromFact(candidate, corrects); // "15%, is that right?": 17%
            }
            if (contradiction.filter(PremiseCheck.OPPOSITE::equals).isPresent() && judged(need, question)) {
                return new Decision.Contradicted(candidate); // "True or false: trade fell in 2018": false, it grew
            }
            if (contradiction.isPresent()) {
                return countCorrected(need, question, candidate, aboveThreshold)
                        .orElseGet(() -> declined(new RefusalReason.FalsePremise(contradiction.get(), candidate.fact())));
            }
        }
        // A fact about the programme the question names that gives its proposal to others: "why did Putin propose the
        // eight-point plan", wherever that fact ranks, tells that the premise is not what the articles say. (A programme
        // has one proposer; who spoke of it or took part differs from fact to fact.)
        boolean asksOfProposal = need.part().filter(p -> p == org.rujp.bot.knowledge.Slots.Actor.Part.PROPOSER).isPresent();
        for (ScoredFact candidate : asksOfProposal ? aboveThreshold : List.<ScoredFact>of()) {
            if (candidate.fact().slots().topic().filter(need::names).isPresent()) {
                Optional<String> miscast = premises.miscast(need, candidate.fact());
                if (miscast.isPresent()) {
                    return declined(new RefusalReason.FalsePremise(miscast.get(), candidate.fact()));
                }
            }
        }
        // A count the question gives something of the programme it names ("extended by three years") that a fact
        // about that programme gives otherwise, wherever that fact ranks: the programme has one such count.
        LanguageRules questionRules = LexiconRules.of(lang);
        List<String> questionTerms = questionRules.terms(question);
        for (ScoredFact candidate : aboveThreshold) {
            if (candidate.fact().slots().topic().filter(need::names).isPresent()
                    && crossing.question(question, lang, need.type(), candidate.fact()).equals(question)) {
                Optional<String> otherCount = premises.otherCount(questionTerms, candidate.fact(), questionRules);
                if (otherCount.isPresent()) {
                    return countCorrected(need, question, candidate, aboveThreshold)
                            .orElseGet(() -> declined(new RefusalReason.FalsePremise(otherCount.get(), candidate.fact())));
                }
            }
        }
        // The close candidates first; then any candidate above the threshold that fills every part asked for
        // ("who proposed it, and in which year?" is answered by the fact naming the proposer and the year, even
        // when a fact merely about the plan scores higher).
        // A name asked with its part in the event ("who announced", "кто предложил") is looked for in every
        // candidate above the threshold: only a fact naming someone in that part can answer it.
        // Not for a multi-part question: a fact far down that names the proposer may date only the later report.
        boolean partNamed = need.part().isPresent() && !need.multiPart()
                && (need.type() == AnswerType.PERSON || need.type() == AnswerType.ORGANISATION);
        // "what date exactly": a day of the month the best fact gives is looked for in every candidate above the threshold
        boolean dayAsked = need.type() == AnswerType.DATE && LexiconRules.of(lang).asksDay(LexiconRules.of(lang).terms(question));
        List<ScoredFact> wide = partNamed || asksWhenProposed(need) || asksWhoProposedAndWhen(need) || need.type() == AnswerType.LIST
                || dayAsked ? aboveThreshold : near;
        // "List the areas chosen for the islands": a candidate enumerating what it speaks of ("in 5 areas: aquaculture,
        // wind power, …", "5つの分野、すなわち養殖、風力発電、…") before one that only counts it ("in line with 5 areas"),
        // when it is near the best or about the programme the question names; it counts as close
        boolean asksAll = need.type() == AnswerType.LIST && ALL_ASKED.matcher(question).find();
        // ("What kind of projects were chosen?", "Какие проекты отобрали?", "どんなプロジェクトが選ばれた？": a near fact
        // enumerating the projects it names, before one that only speaks of projects)
        Optional<String> kindsOf = need.type() == AnswerType.FACT || need.type() == AnswerType.LIST ? kindsAsked(question, lang) : Optional.empty();
        java.util.function.Predicate<ScoredFact> listing = c -> (asksAll || kindsOf.isPresent() && near.contains(c) && holdsTheNoun(c.fact(), lang, kindsOf.get()))
                && enumerates(c.fact(), lang) && (near.contains(c) || c.fact().slots().topic().filter(need::names).isPresent());
        // "When were the Cross Years held?": when the best fact dates only someone's words about the programme asked of
        // (Putin praising it in June 2019), a fact above the threshold dating the programme itself answers, as closely
        boolean topDatesWords = asksWhenOf(need) && !aboveThreshold.isEmpty() && datesOnlyWords(aboveThreshold.get(0).fact())
                && aboveThreshold.get(0).fact().slots().topic().filter(need::names).isPresent();
        java.util.function.Predicate<ScoredFact> datingTopic = c -> topDatesWords && !datesOnlyWords(c.fact()) && c.fact().date().isPresent()
                && c.fact().slots().topic().filter(need::names).isPresent();
        wide = topDatesWords ? aboveThreshold : wide;
        // "where was the Russian president born?": a near fact stating the attribute asked (his native city) before one
        // that only speaks of him (a meeting in Vladivostok); it counts as close
        java.util.function.Predicate<ScoredFact> stating = c -> attribute.isPresent() && near.contains(c) && states(c.fact(), attribute.get())
                && (askedOf.isEmpty() || askedOf.stream().anyMatch(e -> speaksOf(c.fact(), e)));
        // "how many events did the whole programme have?": a near count of it that no place bounds before the best
        // fact's count of its events in one country; it counts as close
        boolean asksWhole = (need.type() == AnswerType.NUMBER || need.type() == AnswerType.AMOUNT) && !need.multiPart()
                // as the question itself asks: a follow-up read with the question before it ("and how many of those were
                // held in Russia? how many events did the whole programme run to?") asks the part, not the whole
                && need.venues().isEmpty() && LexiconRules.of(lang).asksTotal(LexiconRules.of(lang).terms(question));
        boolean topBounded = asksWhole && !aboveThreshold.isEmpty() && !aboveThreshold.get(0).fact().slots().places().isEmpty()
                && aboveThreshold.get(0).fact().slots().topic().isPresent();
        java.util.function.Predicate<ScoredFact> whole = c -> topBounded && near.contains(c) && c.fact().slots().places().isEmpty()
                && !c.fact().slots().quantities().isEmpty() && c.fact().slots().topic().equals(aboveThreshold.get(0).fact().slots().topic());
        // "is there anything for fisheries among the five island areas?": a near fact holding every word of the question
        // the best one holds, and more (its text or its topics: aquaculture, fish farming), before it; it counts as close
        java.util.function.Predicate<ScoredFact> covering = coversMore(need, questionTerms, near);
        // "Who met in Moscow in November 2017?": a near fact of an event at the place and in the time the question names,
        // where the best one is of neither and shares no topic word with the question (only the words of meeting are the
        // best one's); it counts as close
        boolean topOffTopic = !need.venues().isEmpty() && !answerability.namesWhereAndWhen(question, top.fact())
                && !answerability.sharesAWord(resolved, CrossLanguageQuestions.readingLang(top.fact(), lang), top.fact());
        java.util.function.Predicate<ScoredFact> atTheEvent = c -> topOffTopic && near.contains(c) && answerability.namesWhereAndWhen(question, c.fact());
        wide = venuesFirst(need, finerDatesFirst(need, question, proposalsFirst(need, beginningsFirst(need, question, wide))));
        wide = first(first(first(first(first(wide, listing), datingTopic), stating), whole), covering);
        RefusalReason first = null;
        ScoredFact fallback = null;
        ScoredFact partial = null;
        ScoredFact furtherFiller = null;
        boolean topFailsChecks = false;
        boolean topSpeaksOfOther = false; // the best fact is about something else: the next near ones count as close
        // the best fact places the event asked elsewhere ("the Tokyo summit" of an agreement made in Osaka): the premise is
        // wrong, and a further fact answers only of an event at the place the question gives
        boolean topPlacedElsewhere = false;
        boolean cardHolds = attribute.isPresent() && need.entities().stream().anyMatch(e -> cardStates(e, attribute.get()));
        for (ScoredFact candidate : wide) {
            boolean isClose = close.contains(candidate) || topSpeaksOfOther && near.contains(candidate) || listing.test(candidate)
                    || datingTopic.test(candidate) || stating.test(candidate) || whole.test(candidate) || covering.test(candidate)
                    || atTheEvent.test(candidate);
            if (attribute.isPresent() && !cardHolds && !states(candidate.fact(), attribute.get())) {
                // "what was the trade in dollars?": a fact near one stating a sum of something else states none of this
                first = first != null || !isClose ? first
                        : new RefusalReason.UnknownAttribute(names(askedOf.isEmpty() ? need.entities() : askedOf, lang), attribute.get());
                continue;
            }
            // a fact only in another language is read in it, against the question rendered in that language
            Lang reading = CrossLanguageQuestions.readingLang(candidate.fact(), lang);
            String asked = crossing.question(question, lang, need.type(), candidate.fact());
            LanguageRules rules = LexiconRules.of(reading);
            Optional<String> problem = answerability.problem(asked, asked.equals(question) ? resolved : asked, reading,
                    legacyType(need, candidate.fact()), candidate.fact(), kb.sourceOf(candidate.fact()), candidate == top)
                    // "which agency did Russkiy Mir quote about the agreement": the report asked of was made, whatever it planned
                    .filter(p -> !(p.equals(Answerability.ONLY_PLANNED) && need.part().filter(x -> x == Slots.Actor.Part.REPORTER).isPresent()));
            // a season asked ("that spring") outside the fact's month, in the question as written: a rendering in English
            // of a Russian or Japanese one may hold "spring" for "источник"
            // (a time asked is given by the fact: a season another sentence tells of is a belief it answers, "с какого месяца
            // стартовал год? свекровь уверена, что с весны")
            String seasonRead = TIMES.contains(need.type()) ? org.rujp.bot.answer.analysis.Sentences.asking(question) : question;
            Optional<String> season = asked.equals(question) ? Answerability.otherSeason(seasonRead, candidate.fact()) : Optional.empty();
            // ("What did Seko say on 12 June?" of his words of the 10th; asked for the date, or whether it was so, the day
            // named is one to correct: "они встречались 8 сентября? Дайте точную дату")
            Optional<String> day = TIMES.contains(need.type()) || asksYesOrNo(need, question) ? Optional.empty()
                    : Answerability.unstatedDay(asked, candidate.fact());
            problem = problem.or(() -> season).or(() -> day).or(() -> wordsOfAnother(need, question, candidate.fact()))
                    .or(() -> unranked(need, question, candidate.fact()));
            if (problem.isPresent() && timeOfAnotherPart(need, asked, reading, candidate, aboveThreshold, rules)) {
                problem = Optional.empty();
            }
            if (problem.isPresent()) {
                first = first != null || !isClose ? first : problem.get().equals(Answerability.ONLY_PLANNED)
                        ? new RefusalReason.OnlyPlanned(candidate.fact()) : new RefusalReason.CannotAnswer(problem.get());
                // a best fact of another year or month rules nothing out: a near one of the time asked may answer, as
                // closely as a best fact about something else ("Did Abe propose the plan in 2016?": the plan's 2019 report)
                boolean otherTime = answerability.otherTime(asked, reading, candidate.fact(), kb.sourceOf(candidate.fact())).isPresent()
                        || season.isPresent() || day.isPresent();
                topFailsChecks |= candidate == top && !otherTime;
                topSpeaksOfOther |= candidate == top && otherTime;
                continue;
            }
            Optional<String> premise = premises.conflict(need, question, asked, candidate.fact(), rules);
            if (premise.isPresent() && (figureOfAnotherPart(need, question, candidate, aboveThreshold)
                    || premises.figuresOfOthers(question, candidate.fact(), aboveThreshold.stream().map(ScoredFact::fact).toList()))) {
                // "what year did he propose it, and how many of its 130 projects are under way?": the 130 is the other
                // part's, stated by a fact on the same plan; "some say 700 events, others 600": each figure a fact's
                premise = premises.conflictBesidesFigures(need, question, asked, candidate.fact(), rules);
            }
            // (a fact that is close only by the words it covers corrects nothing: "the plan Putin proposed in 2016" is no 2019)
            boolean correctable = premise.isPresent() && isClose && !(covering.test(candidate) && !close.contains(candidate))
                    // "150 projects online, right?": a figure a near fact states is no figure to correct by another's
                    // (a plain count only, bound or not: a share or a sum with its scale is corrected by its like alone)
                    && !(premises.unstatedFigure(question, candidate.fact())
                            .filter(f -> f.replaceFirst("^\\D+", "").matches("\\d[\\d,.\\s]*")).isPresent()
                            && near.stream().anyMatch(c -> c != candidate && premises.unstatedFigure(question, c.fact()).isEmpty()));
            Optional<Decision.Correction> corrects = premise.isPresent() && correctable ? corrects(need, question, asked, candidate, rules)
                    : Optional.empty();
            if (corrects.isPresent()) {
                return new Decision.FromFact(candidate, corrects);
            }
            if (premise.filter(PremiseCheck.OPPOSITE::equals).isPresent() && isClose && judged(need, question)) {
                return new Decision.Contradicted(candidate); // "True or false: trade fell in 2018": false, it grew
            }
            if (premise.isPresent()) {
                // not about what the question names: a further candidate may be (unlike a fact that rules the question out)
                first = first != null || !isClose ? first : new RefusalReason.FalsePremise(premise.get(), candidate.fact());
                boolean elsewhere = premise.get().endsWith(PremiseCheck.PLACED_ELSEWHERE);
                // (a city: a country read as a venue is often the side spoken of, "the islands Japan calls …")
                boolean atACity = elsewhere && need.venues().stream().filter(v -> !candidate.fact().slots().places().contains(v))
                        .flatMap(v -> kb.entity(v).stream())
                        .anyMatch(e -> e.card().placeType().filter(t -> t == EntityCard.PlaceType.CITY).isPresent());
                topPlacedElsewhere |= candidate == top && atACity;
                topSpeaksOfOther |= candidate == top && !atACity;
                continue;
            }
            if (topPlacedElsewhere && candidate.fact().slots().places().stream().noneMatch(need.venues()::contains)) {
                continue;
            }
            long filled = java.util.stream.IntStream.range(0, need.parts().size()).filter(i -> !need.parts().get(i).wantsValue()
                    || fills(need, i, asked, candidate.fact(), rules)).count();
            boolean timeOfAnother = asksWhoProposedAndWhen(need) && !datesTheProposal(candidate.fact()); // Seko's June, not Abe's proposal
            boolean another = !isClose && (losesTheSubject(need, candidate, top, lang, questionTerms) || countsAtAnother(need, candidate, top));
            if (filled == need.parts().size() && !timeOfAnother && (isClose || mustName(need) && !topFailsChecks && !another)) {
                return new Decision.FromFact(candidate);
            }
            if (filled == need.parts().size() && need.type().wantsValue() && furtherFiller == null && !timeOfAnother && !another) {
                furtherFiller = candidate; // holds the value asked, where the closer facts hold none
            }
            if (need.multiPart() && partial == null && !(timeOfAnother && TIMES.contains(need.parts().get(0))) // no report's year for the proposal's
                    && fills(need, 0, asked, candidate.fact(), rules)) {
                partial = candidate; // the main ask answered, the rest named as unknown
            }
            if (!isClose) {
                continue;
            }
            first = first != null ? first : new RefusalReason.NoValue(need.type());
            fallback = fallback != null ? fallback : candidate;
        }
        if (need.multiPart() && furtherFiller != null && !topFailsChecks) {
            return new Decision.FromFact(furtherFiller); // every part from one fact, rather than some of them from a closer one
        }
        if (partial != null) {
            return new Decision.FromFact(partial); // the parts it fills first, then which part is not known
        }
        if (furtherFiller != null && !topFailsChecks) { // a value from elsewhere never overrides what the best fact rules out
            return new Decision.FromFact(furtherFiller);
        }
        // "Какого числа и в каком зале прошёл концерт?": a question of several parts that the fact fills none of
        ScoredFact closest = fallback;
        if (closest != null && need.multiPart() && java.util.stream.IntStream.range(0, need.parts().size()).noneMatch(i -> need.parts().get(i).wantsValue()
                && fills(need, i, question, closest.fact(), LexiconRules.of(lang)))) {
            return declined(first != null ? first : new RefusalReason.NoValue(need.type()));
        }
        // "What trade growth figure did Zakharova give?": the fact holding the figure is of someone else, and a fact of hers
        // that holds none is no answer to it
        if (fallback != null && need.type().wantsValue() && first instanceof RefusalReason.FalsePremise) {
            return declined(first);
        }
        // (a sum of money asked is not answered by a fact whose typed figures are all other than money: 17% growth)
        if (fallback != null && (!mustName(need) || need.type() == AnswerType.AMOUNT && statesANumber(fallback.fact(), lang)
                && !(SlotLeads.asksASum(need) && !fallback.fact().slots().quantities().isEmpty() && !SlotLeads.statesASum(fallback.fact())))) {
            return new Decision.FromFact(fallback); // the fact answers; its text says what the slots lack
        }
        return declined(first != null ? first : new RefusalReason.NoValue(need.type()));
    }

    /**
     * Whether the time a question of several parts asks of is that of another part than the fact fills: "how many projects
     * so far, and how many people came to the events in 2020?" asks 2020 of the people, which another fact found of 2020
     * gives, not of the projects. The fact fills a part the other does not, and the other is of the time asked.
     */
    private boolean timeOfAnotherPart(InformationNeed need, String asked, Lang reading, ScoredFact candidate, List<ScoredFact> found,
                                      LanguageRules rules) {
        // (a question asking a time names the time of the one event it asks of: "the 2018 meeting: what day and which city?")
        if (!need.multiPart() || need.parts().stream().anyMatch(TIMES::contains)
                || answerability.otherTime(asked, reading, candidate.fact(), kb.sourceOf(candidate.fact())).isEmpty()) {
            return false;
        }
        List<Integer> fills = java.util.stream.IntStream.range(0, need.parts().size()).filter(i -> need.parts().get(i).wantsValue()
                && fills(need, i, asked, candidate.fact(), rules)).boxed().toList();
        return !fills.isEmpty() && found.stream().anyMatch(other -> other != candidate
                && answerability.otherTime(asked, reading, other.fact(), kb.sourceOf(other.fact())).isEmpty()
                && java.util.stream.IntStream.range(0, need.parts().size()).anyMatch(i -> !fills.contains(i) && need.parts().get(i).wantsValue()
                        && fills(need, i, asked, other.fact(), rules)));
    }

    /**
     * Whether the question asks yes or no: by its words, or with no question word by its question mark alone ("Сэко до
     * сих пор отвечает за …?").
     */
    static boolean asksYesOrNo(InformationNeed need, String question) {
        LanguageRules rules = LexiconRules.of(need.lang());
        return need.type() == AnswerType.YES_NO || need.type() == AnswerType.FACT && rules.frames(rules.terms(question)).isEmpty();
    }

    /**
     * Whether the question is a statement given to be judged true or false ("True or false: …", "Верно или неверно: …",
     * "○か×か：…"): its verdict is asked, where a yes or no asked of a premise the facts contradict is not confirmed.
     */
    private static boolean judged(InformationNeed need, String question) {
        return need.type() == AnswerType.YES_NO && LexiconRules.of(need.lang()).asksVerdict(question);
    }

    /** Whether the fact gives the value of a part of the need. */
    private boolean fills(InformationNeed need, int part, String asked, Fact fact, LanguageRules rules) {
        AnswerType type = need.parts().get(part);
        // "when did the ministry say the ministers would meet?": a fact dated by someone's words dates them, not what they
        // told of: only a time its text gives that answers
        if (type == AnswerType.DATE && SlotLeads.datedByWords(fact) && org.rujp.bot.answer.analysis.LexiconQuestionAnalyser.asksTheTimeSaid(asked, need.lang())) {
            return leads.timeTold(fact, CrossLanguageQuestions.readingLang(fact, need.lang())).isPresent();
        }
        Optional<String> lead = leads.lead(type, need.part(part), asked, fact, rules);
        // "2019年6月10日の時点で、次の会談はいつ？": the day the question states is the one it asks from, not the one asked
        // (unless it offers days to choose from: "on 10 June or on 22 June?")
        return lead.isPresent() && !(type == AnswerType.DATE && fact.date().filter(d -> d.day() > 0).isPresent()
                && org.rujp.bot.text.Widths.folded(asked).toLowerCase(java.util.Locale.ROOT).contains(lead.get().toLowerCase(java.util.Locale.ROOT))
                && !OFFERS_A_CHOICE.matcher(asked).find());
    }

    /**
     * Words asking which of two figures is the larger or how far apart they are: "which number is larger", "by how much
     * more", "где было больше", "разница", "どっちが多い", "差は" (not "more than 600", a figure to check, nor "what bigger
     * goal", an adjective).
     */
    private static final Map<Lang, java.util.regex.Pattern> COMPARES = Map.of(
            Lang.EN, java.util.regex.Pattern.compile("(?iu)\\b(?:which|what|where|who)\\b[^?.!]*?\\b(?:is|was|are|were|had|has|have|did|got|drew)\\b[^?.!]*?"
                    + "\\b(?:larger|bigger|greater|higher|more|fewer|smaller|lower)\\b(?!\\s+than\\s+\\d)|\\bdifference\\b|\\bhow (?:much|many) (?:more|fewer|less)\\b"
                    + "|\\bcompare\\b"),
            Lang.RU, java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?:больше|меньше)(?!\\s*(?:чем\\s*)?\\d)(?!\\p{L})|(?<!\\p{L})разниц|(?<!\\p{L})сравни"),
            Lang.JA, java.util.regex.Pattern.compile("(?:どっち|どちら)が(?:多|少|大き|小さ)|多いのは|多かったのは|差は|差って|の差|違いは|比べ"));

    /**
     * "The articles give two counts of Cross Years events: which is larger, and by how much?": of the first candidates
     * above the threshold, the best-ranked two facts stating figures of one kind (the same unit, and for counts
     * the same things counted) that differ, set side by side. None unless the question asks a comparison.
     */
    private Optional<Decision> compared(InformationNeed need, String question, List<ScoredFact> retrieved) {
        // (a comparison of figures, not "which city hosted more events"; a bare "where" of things counted is which figure
        // is larger: "где участников было больше — в России или в 2020-м?")
        boolean where = need.type() == AnswerType.PLACE && need.placeType().isEmpty();
        if (!COMPARES.get(need.lang()).matcher(question).find() || !FIGURES_COMPARED.contains(need.type()) && !where) {
            return Optional.empty();
        }
        // (the two may be found far apart: each figure's fact by its own words, "…в России или … 2020-го")
        List<ScoredFact> near = retrieved.stream().filter(c -> c.score() >= settings.minScore(need.lang())).limit(COMPARED_CANDIDATES).toList();
        // the things the question counts, when it names any a figure counts ("events", "участников"): those alone
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        java.util.function.Predicate<Slots.Quantity> named = q -> q.counts().stream().anyMatch(w -> lower.contains(w.toLowerCase(java.util.Locale.ROOT)));
        boolean namesAKind = near.stream().flatMap(c -> c.fact().slots().quantities().stream()).anyMatch(named);
        if (where && !namesAKind) {
            return Optional.empty();
        }
        for (int i = 0; i < near.size(); i++) {
            for (int j = i + 1; j < near.size(); j++) {
                for (Slots.Quantity a : near.get(i).fact().slots().quantities()) {
                    for (Slots.Quantity b : near.get(j).fact().slots().quantities()) {
                        Optional<java.math.BigDecimal> x = PremiseCheck.figure(a.value(Lang.EN));
                        Optional<java.math.BigDecimal> y = PremiseCheck.figure(b.value(Lang.EN));
                        // (for counts, a word of what they count, not a generic counter: "つ" counts groups and areas)
                        boolean alike = a.unit() == b.unit() && (a.unit() != Slots.Quantity.Unit.COUNT
                                || a.counts().stream().filter(w -> w.length() > 1).anyMatch(b.counts()::contains))
                                && (!namesAKind || named.test(a) && named.test(b));
                        if (alike && x.isPresent() && y.isPresent() && x.get().compareTo(y.get()) != 0) {
                            java.math.BigDecimal difference = x.get().subtract(y.get());
                            return Optional.of(difference.signum() > 0 ? new Decision.Compared(near.get(i), a, near.get(j), b, difference)
                                    : new Decision.Compared(near.get(j), b, near.get(i), a, difference.negate()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** How many of the candidates above the threshold may hold the two figures compared. */
    private static final int COMPARED_CANDIDATES = 6;

    /** The needs a comparison of figures answers: a figure, or what the question asks without a value asked. */
    private static final Set<AnswerType> FIGURES_COMPARED = java.util.EnumSet.of(AnswerType.NUMBER, AnswerType.AMOUNT, AnswerType.FACT,
            AnswerType.YES_NO, AnswerType.LIST);

    /** Words offering a choice: "or", "или", "либо", "それとも", "か、". */
    private static final java.util.regex.Pattern OFFERS_A_CHOICE = java.util.regex.Pattern.compile("(?iu)\\b(?:or|или|либо)\\b|それとも|か、|か？.+か？");

    /**
     * Words making the person named the speaker asked ("what did Abe say", "что он сам сказал", "本人の言葉"), rather than
     * one the words were about ("the minister said Abe's plan …", "МИД объявил, что Лавров с Коно увидятся").
     */
    private static final java.util.regex.Pattern OWN_WORDS = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:himself|herself|his own|her own|their own)\\b|\\bwhat did \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)? (?:say|tell|state|announce)\\b"
                    + "|(?<!\\p{L})(?:сам|сама|сами|лично|собственными словами)(?!\\p{L})|本人|自身|自ら");

    /**
     * Cities or regions asked as what took part ("Which sister cities took part in the year?", "Какие города-побратимы
     * участвовали?", "どの姉妹都市が参加した？"): the place is the one that acted, not where something happened, so a venue
     * (Osaka, where the year was agreed) is no answer; in English and Russian the place's noun opens the question
     * without a preposition ("in which city did they meet" asks a venue), in Japanese it takes が or は, not で.
     */
    private static final Map<Lang, java.util.regex.Pattern> PLACES_TAKING_PART = Map.of(
            Lang.EN, java.util.regex.Pattern.compile("(?iu)^\\W*(?:and\\s+|so\\s+)?(?:which|what)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:cities|towns|regions|prefectures|provinces|city|town|region|prefecture|province)"
                    + "\\s+(?:[\\p{L}-]+\\s+){0,2}(?:took part|take part|taken part|participated|participate|joined|were involved|was involved)\\b"),
            Lang.RU, java.util.regex.Pattern.compile("(?iu)^\\W*(?:а\\s+|и\\s+)?(?:какие|какой|какая|какое|какие именно)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:город|регион|област|префектур|кра[йе])\\p{L}*(?:-побратим\\p{L}*)?"
                    + "\\s+(?:[\\p{L}-]+\\s+){0,2}(?:участвова|приня\\p{L}*\\s+участие|присоедини)"),
            Lang.JA, java.util.regex.Pattern.compile("(?:どの|どんな|どこの)[^、。？?]{0,8}?(?:都市|町|市|地域|自治体|県|州)(?:が|は)[^、。？?]{0,20}?(?:参加|加わ)"));

    private static boolean asksPlacesTakingPart(InformationNeed need, String question) {
        return need.type() == AnswerType.PLACE && !need.multiPart()
                && need.placeType().filter(t -> t == EntityCard.PlaceType.CITY || t == EntityCard.PlaceType.REGION).isPresent()
                && PLACES_TAKING_PART.get(need.lang()).matcher(Sentences.asking(question)).find();
    }

    /** Whether a fact has a city or a region among those who took part in what it tells of. */
    private boolean takesPartAsAPlace(Fact fact) {
        return fact.slots().actors().stream().filter(a -> a.part() == Slots.Actor.Part.PARTICIPANT)
                .flatMap(a -> kb.entity(a.entity()).stream())
                .anyMatch(e -> e.kind() == Entity.Kind.PLACE && e.card().cityOrRegion());
    }

    /** A question asking which one of several is the most of something: "the biggest event", "самое массовое", "一番多かった". */
    private static final java.util.regex.Pattern SUPERLATIVE_ASKED = java.util.regex.Pattern.compile(
            "(?iu)\\bthe (?:most|biggest|largest|greatest|highest|best|busiest|best-attended|most-attended)\\b(?! of\\b| recent\\b)"
                    // (not "the same", "that very": "в то же самое время", "тот самый день")
                    + "|(?<!\\p{L})(?<!(?:же|тот|та|то|те|того|той|тем|том|ту|тех)\\s)(?:сам(?:ый|ая|ое|ые|ого|ой|ом|ым|ую)|крупнейш|наибольш|больше всего|наиболее)(?!\\p{L}*\\s+(?:ранн|поздн|последн|перв|конц|начал|деле))"
                    + "|(?:一番|最も|もっとも)(?!早|遅|最初|最後|古|新|初)|最大の|最多の");
    /** A fact that ranks what it tells of: "the largest", "крупнейший", "最大", a first or a record. */
    private static final java.util.regex.Pattern SUPERLATIVE_STATED = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:most|biggest|largest|greatest|first|record)\\b"
                    + "|(?<!\\p{L})(?:сам(?:ый|ая|ое|ые|ого|ой|ом|ым|ую)|крупнейш|наибольш|наиболее|впервые|перв|рекорд)"
                    + "|一番|最も|最大|最多|初めて|初の|記録");

    /**
     * "日露交流年で一番参加者が多かった行事は何？", "What was the biggest event of the Cross Years?": one of several asked as the
     * most of something, where the fact ranks nothing (600 events and 1.5 million visitors rank no event). A count or an
     * amount asked ("the largest figure") is the fact's own value, and is not ruled out here.
     */
    static Optional<String> unranked(InformationNeed need, String question, Fact fact) {
        // (one of several things asked for: a count, an amount, a time or a place is the fact's own value)
        if (!Set.of(AnswerType.FACT, AnswerType.OCCASION, AnswerType.ORGANISATION).contains(need.type()) || need.multiPart()
                || !SUPERLATIVE_ASKED.matcher(question).find()) {
            return Optional.empty();
        }
        String text = fact.texts().getOrDefault(need.lang(), fact.text(Lang.EN));
        return SUPERLATIVE_STATED.matcher(text).find() ? Optional.empty()
                : Optional.of("the question asks which is the most of its kind, and the fact ranks nothing");
    }

    /**
     * "Что он сам сказал в Токио?", "What did Abe say about the plan's results?": the words asked are those of the person
     * named, so a fact whose speakers are all others (Oreshkin on Abe's plan) does not give them. A question asking who
     * spoke names no speaker of its own; a fact naming no speaker is not ruled out here.
     */
    static Optional<String> wordsOfAnother(InformationNeed need, String question, Fact fact) {
        if (need.part().filter(p -> p == Slots.Actor.Part.SPEAKER).isEmpty() || need.type() == AnswerType.PERSON
                || need.type() == AnswerType.ORGANISATION || !OWN_WORDS.matcher(question).find()) {
            return Optional.empty();
        }
        Set<String> named = need.entities().stream().filter(e -> e.kind() == Entity.Kind.PERSON).map(Entity::id)
                .collect(java.util.stream.Collectors.toSet());
        List<String> speakers = fact.slots().actors().stream().filter(a -> a.part() == Slots.Actor.Part.SPEAKER)
                .map(Slots.Actor::entity).toList();
        if (named.isEmpty() || speakers.isEmpty() || speakers.stream().anyMatch(named::contains)) {
            return Optional.empty();
        }
        return Optional.of("the question asks what " + String.join(", ", named) + " said, and the fact gives the words of "
                + String.join(", ", speakers));
    }

    /**
     * "Who's the Japanese minister responsible for ties with Moscow?", "Who runs RDIF?": a person asked for by the
     * position they hold, not by an act. The person whose card (description in the question's language, and the role
     * for an English question) shares the most distinctive words with the question, or who holds a position of an
     * organisation it names, answers with the best candidate fact speaking of them. None when no card stands out,
     * or no candidate above the threshold speaks of that person.
     */
    private Optional<Decision> byRole(InformationNeed need, String question, List<ScoredFact> aboveThreshold) {
        if (need.type() != AnswerType.PERSON && need.type() != AnswerType.ORGANISATION || need.multiPart()) {
            return Optional.empty();
        }
        Lang lang = need.lang();
        LanguageRules rules = LexiconRules.of(lang);
        List<String> terms = rules.terms(Sentences.asking(question));
        if (!rules.asksRole(lang == Lang.JA ? terms : roleWords(terms, rules))) {
            return Optional.empty();
        }
        if (need.type() == AnswerType.ORGANISATION) {
            return bodyOfRole(need, aboveThreshold);
        }
        List<String> roleWords = roleWords(terms, rules);
        java.util.Set<String> asked = new java.util.HashSet<>(rules.contentTerms(roleWords));
        for (Entity named : need.entities()) { // "the head of the MFA Lavrov was to meet": the role, not whom it names
            if (named.card().placeTypeIn(EntityCard.PlaceType.REGION)) {
                continue; // "in charge of the Far East": a region is what a minister's role is of
            }
            named.names().getOrDefault(lang, List.of()).forEach(n -> rules.terms(n).forEach(asked::remove));
        }
        asked.removeIf(w -> w.chars().allMatch(Character::isDigit));
        java.util.Set<String> countries = rules.nationalities(roleWords); // "…とコメントしたロシアの大臣": Russia's
        List<Entity> persons = kb.entities().stream().filter(e -> e.kind() == Entity.Kind.PERSON && !need.names(e.id()))
                .filter(e -> countries.isEmpty() || countries.stream().anyMatch(c -> servesCountry(e, c))).toList();
        Map<String, java.util.Set<String>> cards = new java.util.HashMap<>();
        Map<String, Integer> spread = new java.util.HashMap<>();
        for (Entity person : persons) {
            java.util.Set<String> words = new java.util.HashSet<>(factTerms.computeIfAbsent("role-" + person.id() + "/" + lang.code(),
                    k -> rules.terms((lang == Lang.EN ? person.role() + " " : "") + person.card().description(lang).orElse(""))));
            cards.put(person.id(), words);
            words.forEach(w -> spread.merge(w, 1, Integer::sum));
        }
        Set<String> owners = new java.util.HashSet<>(need.entities().stream()
                .filter(e -> namedAsOwner(e, question) && !ownsTheRole(e, question, rules)).map(Entity::id).toList());
        int common = Math.max(1, persons.size() / 3); // "minister", "Japan": in many cards, they tell nobody apart
        Entity best = null;
        int bestScore = 0;
        int second = 0;
        java.util.function.Predicate<Entity> mayHoldIt = leads.holdersOfTheRoleAsked(question, lang);
        // a country's head asked ("who heads Russia", "кто возглавляет Россию"), not a minister nor who is responsible for a field
        boolean countryHeadAsked = HEADS_ASKED.matcher(question).find()
                && java.util.stream.Stream.of("minister", "foreign minister").noneMatch(t -> rules.titled(terms, t, "_").isPresent());
        for (Entity person : persons) {
            if (!mayHoldIt.test(person)) {
                continue; // "Кто гендиректор СП…?": not the CEO of the fund
            }
            int score = (int) asked.stream().filter(w -> cards.get(person.id()).contains(w) && spread.get(w) <= common).count();
            // "who runs RDIF": the fund's CEO; "who heads the foreign ministry": its minister before its spokeswoman
            // (of a name that owns what is asked about only with a word of the card: "russia's wealth fund" asks for
            // no head of Russia, "russia's foreign ministry" for its foreign minister)
            boolean described = score > 0;
            // (of a country asked to be headed, its president or prime minister before its ministers)
            score += person.card().positions().stream().filter(p -> p.of().filter(need::names).filter(o -> described || !owners.contains(o)).isPresent())
                    .mapToInt(p -> HEAD_TITLES.contains(p.title()) ? 3 + (countryHeadAsked && ofACountry(p) && COUNTRY_HEADS.contains(p.title()) ? 1 : 0) : 1)
                    .max().orElse(0);
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = person;
            } else if (score > second) {
                second = score;
            }
        }
        if (best == null || bestScore < 1 || bestScore == second) {
            return Optional.empty();
        }
        Entity chosen = best;
        // the fact to cite: of those speaking of the person, the one sharing most of the words that tie question and card
        java.util.Set<String> tying = new java.util.HashSet<>(asked);
        tying.retainAll(cards.get(chosen.id()));
        ScoredFact cited = null;
        long citedShare = -1;
        for (ScoredFact candidate : aboveThreshold) {
            Fact fact = candidate.fact();
            if (!speaksOf(fact, chosen) || premises.unspoken(need, fact).isPresent() || answerability.problem(question, question, CrossLanguageQuestions.readingLang(fact, lang), QuestionType.OTHER,
                    fact, kb.sourceOf(fact), candidate == aboveThreshold.get(0)).isPresent()) {
                continue;
            }
            List<String> factWords = factTerms.computeIfAbsent(fact.id() + "/" + lang.code(), k -> rules.terms(fact.text(lang)));
            long share = tying.stream().filter(factWords::contains).count();
            String text = fact.texts().containsKey(lang) ? fact.text(lang) : "";
            if (chosen.names().getOrDefault(lang, List.of()).stream().anyMatch(n -> n.length() > 2 && text.contains(n))) {
                share += 100; // a fact naming the person before one that only speaks of them ("their foreign ministers")
            }
            if (share > citedShare) {
                cited = candidate;
                citedShare = share;
            }
        }
        return Optional.ofNullable(cited).map(c -> new Decision.FromRole(chosen, c));
    }

    /** Whether the position is of a country ("foreign minister of Russia"), which its title may not head. */
    private boolean ofACountry(EntityCard.Position position) {
        return position.of().flatMap(kb::entity).flatMap(e -> e.card().placeType()).filter(t -> t == EntityCard.PlaceType.COUNTRY).isPresent();
    }

    /**
     * "Which organisation does Dmitriev head?", "どこの組織のトップ": the one body a person the question names holds a
     * position of, with the best candidate fact speaking of it.
     */
    private Optional<Decision> bodyOfRole(InformationNeed need, List<ScoredFact> aboveThreshold) {
        List<Entity> bodies = need.entities().stream().filter(e -> e.kind() == Entity.Kind.PERSON)
                .flatMap(p -> p.card().positions().stream()).flatMap(p -> p.of().stream()).distinct()
                .map(kb::entity).flatMap(Optional::stream).filter(e -> e.kind() == Entity.Kind.ORGANISATION && !need.names(e.id())).toList();
        if (bodies.size() != 1) {
            return Optional.empty();
        }
        Entity body = bodies.get(0);
        return aboveThreshold.stream().filter(c -> speaksOf(c.fact(), body))
                .findFirst().map(c -> new Decision.FromRole(body, c));
    }

    /** Whether a person holds a position of the country, of a body within it or named after it, or a role naming it. */
    private boolean servesCountry(Entity person, String country) {
        Optional<String> served = leads.countryServed(person); // Seko serves Japan, though his role speaks of Russia
        if (served.isPresent()) {
            return served.get().equals(country);
        }
        String name = kb.entity(country).map(c -> c.name(Lang.EN)).orElse(country);
        return person.role().contains(name) || person.card().positions().stream().flatMap(p -> p.of().stream())
                .anyMatch(of -> of.equals(country) || kb.entity(of).filter(o -> o.card().within().filter(country::equals).isPresent()
                        || o.name(Lang.EN).contains(name)).isPresent());
    }

    /**
     * "Since when has the exchange year been running?", "When did it begin?": a date question about a beginning
     * is answered first by the candidates that speak of one ("began in January"), then by the others, each group
     * in the order retrieved; only by those of what the question names, when some are; any other question keeps the
     * retrieval order.
     */
    private List<ScoredFact> beginningsFirst(InformationNeed need, String question, List<ScoredFact> candidates) {
        LanguageRules rules = LexiconRules.of(need.lang());
        if (!asksWhen(need) || !rules.speaksOfStart(rules.terms(question))) {
            return candidates;
        }
        java.util.function.Predicate<ScoredFact> ofAStart = c -> {
            Lang reading = CrossLanguageQuestions.readingLang(c.fact(), need.lang());
            LanguageRules factRules = LexiconRules.of(reading);
            return factRules.speaksOfStart(factTerms.computeIfAbsent(c.fact().id() + "/" + reading.code(), k -> factRules.terms(c.fact().text(reading))));
        };
        // not a fact dated after the first year a programme's card says it was held: "In which month did the Cross Years
        // begin?" is not answered with the June 2019 of the leaders' praise
        List<Entity> held = need.entities().stream().filter(e -> e.card().held().isPresent()).toList();
        List<ScoredFact> ofTheStart = candidates.stream().filter(c -> c.fact().date().filter(d -> d.year() != 0
                && held.stream().anyMatch(e -> d.year() != e.card().held().get().from())).isEmpty()).toList();
        // the beginning of what the question names, told by a fact of it, is all that answers: a year it does not give
        // is unknown, not the year of another event of the programme ("In what year did the interregional year begin?":
        // it began in January, the report does not say of which year)
        List<ScoredFact> itsOwn = ofTheStart.stream().filter(ofAStart)
                .filter(c -> need.entities().stream().anyMatch(e -> c.fact().entities().contains(e.id()))).toList();
        return itsOwn.isEmpty() ? first(ofTheStart, ofAStart) : itsOwn;
    }

    /** A single-part question asking for a date, a month or a year. */
    private static boolean asksWhen(InformationNeed need) {
        return !need.multiPart() && (need.type() == AnswerType.DATE || need.type() == AnswerType.MONTH || need.type() == AnswerType.YEAR);
    }

    /** A "when" question about the event itself, not about when someone spoke or reported of it. */
    private static boolean asksWhenOf(InformationNeed need) {
        return asksWhen(need) && need.part().filter(p -> p == Slots.Actor.Part.SPEAKER || p == Slots.Actor.Part.REPORTER).isEmpty();
    }

    /**
     * Whether the fact's date is only that of someone's words: it has a speaker, nobody in another part than speaking or
     * reporting (Putin announcing after his talks with Abe dates the talks too), and no later report date to tell the
     * words from the event apart.
     */
    private static boolean datesOnlyWords(Fact fact) {
        return SlotLeads.datedByWords(fact)
                && fact.slots().actors().stream().allMatch(a -> a.part() == Slots.Actor.Part.SPEAKER || a.part() == Slots.Actor.Part.REPORTER);
    }

    /**
     * "How many events were held in Russia?": the candidates placing their event where the question's venue is (or in
     * it) first, each group in the order retrieved: the count of the events in Russia before the whole programme's.
     */
    private List<ScoredFact> venuesFirst(InformationNeed need, List<ScoredFact> candidates) {
        if (need.venues().isEmpty() || need.type() == AnswerType.PLACE) {
            return candidates;
        }
        return first(candidates, c -> c.fact().slots().places().stream()
                .anyMatch(p -> need.venues().stream().anyMatch(v -> p.equals(v) || kb.within(p, v))));
    }

    /**
     * Whether a fact's text enumerates things: three or more after a colon, "including" or "in" ("in energy, small
     * business, tourism and …"), or a Japanese list of short items.
     */
    static boolean enumerates(Fact fact, Lang lang) {
        Lang reading = CrossLanguageQuestions.readingLang(fact, lang);
        return (reading == Lang.JA ? LIST_JA : LIST).matcher(fact.text(reading)).find();
    }

    /**
     * Whether a fact's text enumerates short items (of three words at most between the first and the last: "energy, small
     * business, tourism and …"), not a clause set off by commas ("in Osaka, the city hosting the G20 summit, Putin and …").
     */
    static boolean listsShortItems(Fact fact, Lang lang) {
        Lang reading = CrossLanguageQuestions.readingLang(fact, lang);
        if (reading == Lang.JA) {
            return LIST_JA.matcher(fact.text(reading)).find();
        }
        java.util.regex.Matcher m = LIST.matcher(fact.text(reading));
        while (m.find()) {
            String[] items = m.group().split(",");
            boolean shortItems = true;
            for (int i = 1; i < items.length - 1; i++) {
                shortItems &= items[i].strip().split("\\s+").length <= 3;
            }
            if (shortItems) {
                return true;
            }
        }
        return false;
    }

    /** "what kind of projects", "which projects", "какие проекты", "どんなプロジェクトが": the noun whose kinds are asked. */
    private static final Map<Lang, java.util.regex.Pattern> KINDS_ASKED = Map.of(
            Lang.EN, java.util.regex.Pattern.compile("(?iu)\\b(?:which|what(?: (?:kinds?|sorts?|types?) of)?)\\s+(?!(?:this|does|has|was|its|his|hers|ours|yours|theirs)\\b)(\\p{L}{3,}s)\\b"),
            Lang.RU, java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?:какие|каких|какого (?:рода|типа|плана))\\s+(\\p{L}+)"),
            Lang.JA, java.util.regex.Pattern.compile("(?:どんな|どのような|どういう|どういった|どの)([\\p{IsHan}\\p{IsKatakana}ー]+)"));

    private static Optional<String> kindsAsked(String question, Lang lang) {
        java.util.regex.Matcher m = KINDS_ASKED.get(lang).matcher(question);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether the fact's text, in the language it is read in, holds the noun (by its analysed term). */
    private static boolean holdsTheNoun(Fact fact, Lang lang, String noun) {
        Lang reading = CrossLanguageQuestions.readingLang(fact, lang);
        if (reading != lang) {
            return false;
        }
        LanguageRules rules = LexiconRules.of(lang);
        List<String> asked = rules.terms(noun);
        return !asked.isEmpty() && rules.terms(fact.text(lang)).contains(asked.get(0));
    }

    /**
     * Words asking for all of a list ("list", "the areas", "перечислите", "сферы", "分野"): "in which sector" asks one.
     * Japanese writes no plural, and asks by its noun alone.
     */
    private static final java.util.regex.Pattern ALL_ASKED = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:list|areas|sectors|fields|spheres|directions|all)\\b|перечисл|направлени[яйи]|сферы|отрасли|список|перечень|\\bвсе\\b|分野|領域|一覧|全部|すべて|リスト");
    private static final java.util.regex.Pattern LIST = java.util.regex.Pattern.compile(
            "(?iu)(?::|\\bincluding|\\bsuch as|\\bin|\\bвключая|\\bв том числе|\\bв частности|(?<![\\p{L}])в)\\s+[^:;.,]+(?:,\\s*[^:;.,]+){2,},?\\s+(?:and|or|и|или)\\s");
    private static final java.util.regex.Pattern LIST_JA = java.util.regex.Pattern.compile("すなわち|(?:[^、。，]{1,8}、){2,}[^、。，]{1,8}(?:で|を|と|など|の)");

    /** Words asking the official or full name of what the question names. */
    private static final java.util.regex.Pattern OFFICIAL_NAME = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:official|full|proper|formal|exact|complete)(?:,? official)? names?\\b|\\bofficially (?:called|named|titled)\\b"
                    + "|(?<!\\p{L})(?:официальн|полн|точн)\\p{L}* (?:название|наименование|имя)|официально называ|как (?:правильно|точно|официально) (?:называ|пишется)"
                    + "|正式名称|正式な名称|正式な名前|正式名|フルネーム");

    /**
     * The one programme, body or event the question names, when it asks its official or full name (not a name the
     * articles do not give: an unnamed entity is refused before).
     */
    private static Optional<Entity> officialNameAsked(InformationNeed need, String question) {
        java.util.regex.Matcher asked = OFFICIAL_NAME.matcher(question);
        if (!asked.find()) {
            return Optional.empty();
        }
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        // the name asked is the named one's only beside its name ("the official name of the interregional year", "地域交流年の
        // 正式名称", "Seko's full name"), not of a meeting or a body it speaks of ("the exact name of the meeting he addressed")
        // (a person asked, "как правильно пишется имя главы РФПИ", is the head's name, not the fund's)
        List<Entity> named = need.entities().stream().filter(e -> e.kind() != Entity.Kind.PLACE && !e.card().unnamed())
                .filter(e -> need.type() != AnswerType.PERSON || e.kind() == Entity.Kind.PERSON)
                .filter(e -> e.allNames().stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).filter(n -> n.length() > 1)
                        .anyMatch(n -> beside(lower, n, asked.start(), asked.end()))).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** How far, in characters, a name may stand from the words asking its official name: "of the ", "'s ", " programme ", "の". */
    private static final int BESIDE = 12;

    /** What ends a clause between a name and the words asking a name. */
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[?!.;:,—–。？！、]|\\s-\\s");

    /** Whether the name stands within {@link #BESIDE} characters of the asking words, in their clause. */
    private static boolean beside(String text, String name, int start, int end) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int after = at - end; // the name after the ask
            int before = start - (at + name.length()); // the name before it
            // (in the same clause: "…the talks with Seko? Full official name, please" asks no name of Seko's)
            if (after >= 0 && after <= BESIDE && !CLAUSE_BREAK.matcher(text.substring(end, at)).find()
                    || before >= 0 && before <= BESIDE && !CLAUSE_BREAK.matcher(text.substring(at + name.length(), start)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question asks the name of what it names: "the name of the Japanese children's choir", "what was the
     * rehabilitation centre called", "which Japanese children's choir", "какой японский детский хор" (as "как
     * называется" is read), "日本の児童合唱団の名前は".
     */
    static boolean asksItsName(String question, Lang lang, Entity entity) {
        String q = question.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').replaceAll("['’]s\\b", "s");
        for (String name : entity.names().getOrDefault(lang, List.of())) {
            String n = java.util.regex.Pattern.quote(name.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').replaceAll("['’]s\\b", "s"));
            String asking = switch (lang) {
                case EN -> "(?:\\bnames? of (?:the |that |this )?|\\b(?:which|what) (?:was |is )?(?:the |that )?)" + n + "|" + n
                        + "(?:s? names?\\b|,? (?:was |is )?called\\b)";
                case RU -> "(?:назван\\p{L}*|имя|(?<!\\p{L})как\\p{L}{1,2})\\s+(?:у\\s+)?" + n + "|" + n + "\\s+(?:как\\p{L}{1,2}|называ\\p{L}*)\\s*[?]";
                case JA -> n + "(?:の|は|って)?[、,]?\\s*(?:正式な|正式の|公式の|本当の|ちゃんとした)?(?:名前|名称|何という|なんという|なんて|名は)";
            };
            if (java.util.regex.Pattern.compile(asking).matcher(q).find()) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code asked} a fact holds: in its text, its tags or the names of what it speaks of. */
    private java.util.Set<String> covered(Fact fact, Lang lang, java.util.Set<String> asked) {
        LanguageRules rules = LexiconRules.of(lang);
        java.util.Set<String> words = new java.util.HashSet<>(factTerms.computeIfAbsent("topics-" + fact.id() + "/" + lang.code(),
                k -> rules.terms((fact.texts().containsKey(lang) ? fact.text(lang) : "") + " " + String.join(", ", fact.tags())
                        + " " + String.join(", ", fact.entities().stream().flatMap(id -> kb.entity(id).stream())
                                .flatMap(e -> e.names().getOrDefault(lang, List.of()).stream()).toList()))));
        words.retainAll(asked);
        return words;
    }

    /**
     * "Which Japanese company is the partner in the railway joint venture near Moscow?": a candidate well below the
     * best one that holds a value of the kind asked (Toshiba, which supplies postal logistics) but not the words of
     * the question that the best one holds (railway, joint venture, Moscow) answers another question. It lacks at
     * least two of them and holds fewer than half as many, of three or more (a short follow-up tells too little); or,
     * asked for a name, it lacks a rare word of the question the best one holds. Never a fact about the same programme.
     */
    private boolean losesTheSubject(InformationNeed need, ScoredFact candidate, ScoredFact top, Lang lang, List<String> questionTerms) {
        java.util.Set<String> asked = new java.util.HashSet<>(LexiconRules.of(lang).contentTerms(questionTerms));
        java.util.Set<String> byTop = covered(top.fact(), lang, asked);
        java.util.Set<String> byIt = covered(candidate.fact(), lang, asked);
        java.util.Set<String> missing = new java.util.HashSet<>(byTop);
        missing.removeAll(byIt);
        // a fact about the same programme keeps the subject, its areas described or not, and so does one that tells more
        // of what the other names (the cables of the RDIF partners' project)
        boolean sameTopic = top.fact().slots().topic().isPresent() && top.fact().slots().topic().equals(candidate.fact().slots().topic())
                || top.fact().slots().details().contains(candidate.fact().id()) || candidate.fact().slots().details().contains(top.fact().id());
        if (sameTopic) {
            return false;
        }
        if (missing.size() >= 2 && byTop.size() >= 3 && byIt.size() * 2 < byTop.size()) {
            return true;
        }
        if (!NAMING.contains(need.type()) || missing.isEmpty()) {
            return false;
        }
        // asked for a name, it also loses it by lacking a word of the question that the best fact holds and only one other
        // fact at most does: "白血病の薬" is the subject, which Toshiba's equipment is not. A name is no such word (whom the
        // question names, the checks of its premises look for), nor the noun of a kind asked for ("ロシア企業はどこ").
        LanguageRules rules = LexiconRules.of(lang);
        java.util.Set<String> names = new java.util.HashSet<>();
        need.entities().forEach(e -> e.names().values().forEach(ns -> ns.forEach(n -> names.addAll(rules.terms(n)))));
        return missing.stream().anyMatch(w -> !names.contains(w) && rules.headNounType(w).isEmpty() && factsHolding(w, lang) <= RARE);
    }

    /** The types that ask a name: a name from a fact about something else is a confident wrong answer. */
    private static final Set<AnswerType> NAMING = java.util.EnumSet.of(AnswerType.PERSON, AnswerType.ORGANISATION, AnswerType.PLACE);

    /** The most facts a word may be in and still tell a subject apart. */
    private static final int RARE = 2;
    private final Map<String, Integer> holding = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many facts hold the word, in their text, topics or names, in a language. */
    private int factsHolding(String word, Lang lang) {
        return holding.computeIfAbsent(word + "/" + lang.code(), k -> (int) kb.facts().stream()
                .filter(f -> covered(f, lang, java.util.Set.of(word)).contains(word)).count());
    }

    /**
     * A year asked of, after the latest article and named by no fact ("the exchange year was extended by 1 year" in
     * November 2021 names no 2022, but a plan "for 2018" reported in January 2018 does): no article can tell of it. Not
     * of a statement to confirm or judge, which a fact may correct ("extended until 2024, right?": by 1 year).
     */
    private Optional<RefusalReason> afterTheArticles(InformationNeed need) {
        if (need.year().isEmpty() || need.type() == AnswerType.YES_NO || latestArticle.isEmpty()) {
            return Optional.empty();
        }
        int year = need.year().get();
        java.time.LocalDate latest = latestArticle.get();
        String written = Integer.toString(year);
        if (year <= latest.getYear() || kb.facts().stream().anyMatch(f -> f.texts().values().stream().anyMatch(t -> t.contains(written)))) {
            return Optional.empty();
        }
        return Optional.of(new RefusalReason.AfterTheArticles(year, latest));
    }

    /**
     * "How many people were in the audience at the concert closing the Cross Years?": a count asked of what the best
     * fact holds (the concert) and a further fact does not (1.5 million people at all the year's events) is of another
     * thing: the further fact lacks a word of what is counted that the best one holds.
     */
    private boolean countsAtAnother(InformationNeed need, ScoredFact candidate, ScoredFact top) {
        if (need.type() != AnswerType.NUMBER || need.multiPart() || need.counted().isEmpty()) {
            return false; // (two counts asked may be two facts' each: "700 or 600 events? give both")
        }
        java.util.Set<String> counted = new java.util.HashSet<>(need.counted());
        java.util.Set<String> missing = new java.util.HashSet<>(covered(top.fact(), need.lang(), counted));
        missing.removeAll(covered(candidate.fact(), need.lang(), counted));
        return !missing.isEmpty();
    }

    /**
     * Of a question asking no value, the near candidate whose words (its text, its topics and the names of what it
     * speaks of) hold the most of the question's words, when they hold every one the best candidate's hold and more,
     * one of them a topic of its own; none otherwise.
     */
    private java.util.function.Predicate<ScoredFact> coversMore(InformationNeed need, List<String> questionTerms, List<ScoredFact> near) {
        if (need.type() != AnswerType.FACT || need.multiPart() || near.size() < 2) {
            return c -> false;
        }
        Lang lang = need.lang();
        LanguageRules rules = LexiconRules.of(lang);
        java.util.Set<String> asked = new java.util.HashSet<>(rules.contentTerms(questionTerms));
        java.util.function.Function<ScoredFact, java.util.Set<String>> covered = c -> covered(c.fact(), lang, asked);
        java.util.Set<String> byTop = covered.apply(near.get(0));
        ScoredFact best = null;
        int most = byTop.size();
        for (ScoredFact candidate : near.subList(1, near.size())) {
            java.util.Set<String> words = covered.apply(candidate);
            java.util.Set<String> more = new java.util.HashSet<>(words);
            more.removeAll(byTop);
            // what it holds besides is one of its topics: "fisheries", a topic of the areas' fact, not a word of any text
            more.retainAll(factTerms.computeIfAbsent("tags-" + candidate.fact().id() + "/" + lang.code(),
                    k -> rules.terms(String.join(", ", candidate.fact().tags()))));
            if (words.size() > most && words.containsAll(byTop) && !more.isEmpty()) {
                best = candidate;
                most = words.size();
            }
        }
        ScoredFact chosen = best;
        return c -> c == chosen;
    }

    /** The candidates that pass first, then the others, each group in the order retrieved. */
    private static List<ScoredFact> first(List<ScoredFact> candidates, java.util.function.Predicate<ScoredFact> test) {
        Map<Boolean, List<ScoredFact>> parts = candidates.stream().collect(java.util.stream.Collectors.partitioningBy(test));
        List<ScoredFact> ordered = new ArrayList<>(parts.get(true));
        ordered.addAll(parts.get(false));
        return ordered;
    }

    /**
     * "When was the eight-point plan put forward?": a date question about a proposal is answered first by the
     * candidates above the threshold whose date is the proposal's, then by the others, each group in the order
     * retrieved. A fact dates the proposal when it names a proposer and either was reported later than its event
     * ("Abe put forward the plan in 2016, Oreshkin recalled in 2019") or has no speaker whose words it dates ("On 10
     * June 2019 Oreshkin said the plan proposed by Abe ..." dates Oreshkin's words, not the proposal).
     */
    private static boolean asksWhenProposed(InformationNeed need) {
        return asksWhen(need) && need.part().filter(p -> p == Slots.Actor.Part.PROPOSER).isPresent();
    }

    /**
     * "On what date was the extension discussed?": a day asked for, and the first candidate dates its event by the month
     * only, a candidate giving a day of that same month comes first. (Asked only "when", the month of the first stands:
     * the day of another event of that month would be no answer.)
     */
    private static List<ScoredFact> finerDatesFirst(InformationNeed need, String question, List<ScoredFact> candidates) {
        LanguageRules rules = LexiconRules.of(need.lang());
        if (need.type() != AnswerType.DATE || candidates.isEmpty()) {
            return candidates;
        }
        if (!rules.asksDay(rules.terms(question))) {
            return sameEventFinerFirst(candidates);
        }
        Optional<org.rujp.bot.knowledge.EventDate> month = candidates.get(0).fact().date().filter(d -> d.month() > 0 && d.day() == 0);
        if (month.isEmpty()) {
            return candidates;
        }
        return first(candidates, c -> c.fact().date().filter(d -> d.day() > 0 && d.year() == month.get().year()
                && d.month() == month.get().month()).isPresent());
    }

    /**
     * "When did Putin and Abe agree on the exchanges year?": the first candidate dates the event by its year alone ("in
     * the summer of 2019") and another tells the same event (its topic, its participants) with the month of that year:
     * that one comes first. A month of another event of the year would be no answer, so it has to be the same event.
     */
    private static List<ScoredFact> sameEventFinerFirst(List<ScoredFact> candidates) {
        Fact top = candidates.get(0).fact();
        Optional<org.rujp.bot.knowledge.EventDate> year = top.date().filter(d -> d.year() > 0 && d.month() == 0);
        Set<String> participants = participants(top);
        if (year.isEmpty() || top.slots().topic().isEmpty() || participants.isEmpty()) {
            return candidates;
        }
        return first(candidates, c -> c.fact().date().filter(d -> d.year() == year.get().year() && d.month() > 0).isPresent()
                && c.fact().slots().topic().equals(top.slots().topic()) && participants(c.fact()).containsAll(participants));
    }

    private static Set<String> participants(Fact fact) {
        return Set.copyOf(fact.slots().actors(Slots.Actor.Part.PARTICIPANT));
    }

    /**
     * "Who came up with the plan, and in which year?": the proposer and the time of the proposal, looked for in every
     * candidate above the threshold, those dating the proposal itself first ({@link #proposalsFirst}).
     */
    private static boolean asksWhoProposedAndWhen(InformationNeed need) {
        return need.multiPart() && need.part().filter(p -> p == Slots.Actor.Part.PROPOSER).isPresent()
                && need.parts().stream().anyMatch(t -> t == AnswerType.DATE || t == AnswerType.YEAR || t == AnswerType.MONTH);
    }

    private static List<ScoredFact> proposalsFirst(InformationNeed need, List<ScoredFact> candidates) {
        if (!asksWhenProposed(need) && !asksWhoProposedAndWhen(need)) {
            return candidates;
        }
        return first(candidates, c -> datesTheProposal(c.fact()));
    }

    /** Whether the fact's date is its proposal's: it names a proposer and was reported later, or dates nobody's words. */
    static boolean datesTheProposal(Fact fact) {
        Slots slots = fact.slots();
        return !slots.actors(Slots.Actor.Part.PROPOSER).isEmpty()
                && (slots.reported().isPresent() || slots.actors(Slots.Actor.Part.SPEAKER).isEmpty());
    }

    /**
     * Whether the figure a multi-part question gives that the candidate does not state is stated by another fact above
     * the threshold about the same programme or subject: a figure of another part, no premise of this fact's.
     */
    private boolean figureOfAnotherPart(InformationNeed need, String question, ScoredFact candidate, List<ScoredFact> aboveThreshold) {
        Optional<String> topic = candidate.fact().slots().topic();
        if (!need.multiPart() || topic.isEmpty() || premises.unstatedFigure(question, candidate.fact()).isEmpty()) {
            return false;
        }
        return aboveThreshold.stream().anyMatch(other -> other != candidate && other.fact().slots().topic().equals(topic)
                && premises.unstatedFigure(question, other.fact()).isEmpty());
    }

    /** Whether the fact's text writes a number: a sum its slots lack may still be in it. */
    private static boolean statesANumber(Fact fact, Lang lang) {
        // the digits of its date are no amount: "Noskov said in June 2019 that Russia works with Toshiba" states none
        String undated = DATE_DIGITS.matcher(fact.text(CrossLanguageQuestions.readingLang(fact, lang))).replaceAll(" ");
        return undated.chars().anyMatch(Character::isDigit);
    }

    /** A year, a day of a month and a Japanese month or day: the digits of a date. */
    private static final java.util.regex.Pattern DATE_DIGITS = java.util.regex.Pattern.compile("(?iu)(?<![\\d.,])(?:1[89]|20)\\d\\d(?![\\d.,]?\\d)(?:年|-?(?:е|х|м|го|й)\\b)?"
            + "|\\d{1,2}(?:月|日)|(?<![\\d.,])\\d{1,2}(?:st|nd|rd|th)?\\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр))"
            + "|(?<=(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s)\\d{1,2}(?!\\d)");

    /** The words opening what someone said, after a verb of saying (their stems). */
    private static final Set<String> REPORTED_SPEECH = Set.of("that", "что", "чтобы");

    /**
     * The words that may describe the position asked for, not the act of the question: in Japanese, where the noun
     * asked for closes the clause, those after the last word of a part ("…とコメントした<b>ロシアの経済担当の大臣</b>
     * って誰"); in English and Russian the role and the act interleave ("the head of the investment fund quoted"), so
     * all but what someone is said to have said ("кто озвучил, что главы МИД увидятся").
     */
    private static List<String> roleWords(List<String> terms, LanguageRules rules) {
        if (rules.lang() != Lang.JA) {
            // "кто озвучил, что главы МИД увидятся", "who said that the foreign ministers would meet": the role is in
            // what was said, not the one asked for
            boolean act = false;
            for (int i = 0; i < terms.size(); i++) {
                if (act && REPORTED_SPEECH.contains(terms.get(i))) {
                    return terms.subList(0, i);
                }
                act |= rules.namesAnAct(terms.get(i));
            }
            return terms;
        }
        int last = -1;
        for (int i = 0; i < terms.size(); i++) {
            if (rules.namesAnAct(terms.get(i))) {
                last = i;
            }
        }
        return terms.subList(last + 1, terms.size());
    }

    /**
     * The entity a card can describe: of several, not one named as the owner of another ("what is Abe's eight-point
     * plan", "安倍の8項目プラン" ask about the plan).
     */
    private static Optional<Entity> described(InformationNeed need, String question) {
        // "Чем занимается японский медицинский проект во Владивостоке?": the place where the thing asked of is, not it
        List<Entity> cards = need.entities().stream().filter(e -> e.card().described() && !namedAsWhere(e, question)).toList();
        // "TASS quotes Zakharova a lot. What's her job?": a position is held by a person, whatever else the question names
        if (need.attribute().filter("position"::equals).isPresent()
                && cards.stream().anyMatch(e -> e.kind() == Entity.Kind.PERSON)) {
            cards = cards.stream().filter(e -> e.kind() == Entity.Kind.PERSON).toList();
        }
        if (cards.size() < 2) {
            return cards.stream().findFirst();
        }
        List<Entity> owned = cards.stream().filter(e -> !namedAsOwner(e, question)).toList();
        return (owned.isEmpty() ? cards : owned).stream().findFirst();
    }

    /** Whether the question names a place only as where something is: "in Vladivostok", "во Владивостоке", "ウラジオストクで". */
    private static boolean namedAsWhere(Entity e, String question) {
        if (e.kind() != Entity.Kind.PLACE) {
            return false;
        }
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        return e.allNames().stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).filter(n -> n.length() > 1)
                .anyMatch(n -> java.util.regex.Pattern.compile("(?:(?<!\\p{L})(?:in|at|в|во|на)\\s+(?:the\\s+)?"
                        + java.util.regex.Pattern.quote(n) + "|" + java.util.regex.Pattern.quote(n) + "(?:で|にある))").matcher(lower).find());
    }

    /**
     * Whether what the question names as an owner owns the role asked right after it: "the ministry's head", "ロシア外務省の
     * トップ" ask for its head; "Russia's wealth fund" owns a fund, not a role.
     */
    private static boolean ownsTheRole(Entity e, String question, LanguageRules rules) {
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        for (String name : e.allNames()) {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            for (String owning : List.of(n + "'s", n + "\u2019s", n + "の")) {
                int at = lower.indexOf(owning);
                if (at >= 0) {
                    List<String> next = rules.terms(lower.substring(at + owning.length()));
                    if (rules.asksRole(next.subList(0, Math.min(2, next.size())))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the question names the entity as the owner of something: "Abe's plan", "russia's fund", "安倍の". */
    private static boolean namedAsOwner(Entity e, String question) {
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        return e.allNames().stream().map(n -> n.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(n -> lower.contains(n + "'s") || lower.contains(n + "\u2019s") || lower.contains(n + "の"));
    }

    /**
     * Whether only a fact holding the value may answer: a name or a place (any other name would be a
     * confident wrong answer), a count of the thing the question counts, or every part of a multi-part
     * question. A date or an amount is stated by the fact's text even where its slots lack it, but a sum of money
     * asked for must be there.
     */
    private static boolean mustName(InformationNeed need) {
        return switch (need.type()) {
            case PERSON, ORGANISATION, PLACE, DATE, YEAR, MONTH -> true;
            // "how much money will they put in": a sum, which a fact saying only that they will invest does not give
            case AMOUNT -> SlotLeads.asksMoney(need, LexiconRules.of(need.lang()));
            case NUMBER -> !need.counted().isEmpty();
            default -> need.multiPart();
        };
    }

    /**
     * "Oreshkin's trade growth for 2018 - I've got 15%, can you confirm?", "約200件と書いたんですが数字合ってます？": a
     * figure to check that the fact states otherwise, in a question asking that figure, and nothing else of the question
     * the fact contradicts; the fact's own figure answers, said as correcting it. (A question about something else,
     * "why did the 15% growth happen", stays a false premise.)
     */
    private Optional<Decision.Correction> corrects(InformationNeed need, String question, String asked, ScoredFact candidate,
                                                  LanguageRules rules) {
        // "15%, is that right?", "True or false: … had fewer than 500 events": the figure is what is asked
        boolean confirm = need.type() == AnswerType.YES_NO
                || need.type() == AnswerType.FACT && LexiconRules.of(need.lang()).asksConfirmation(LexiconRules.of(need.lang()).terms(question));
        if (need.type() != AnswerType.NUMBER && need.type() != AnswerType.AMOUNT && !confirm || need.multiPart()) {
            return Optional.empty();
        }
        Optional<String> figure = premises.unstatedFigure(question, candidate.fact());
        if (figure.isEmpty() && need.type() == AnswerType.YES_NO && LexiconRules.of(need.lang()).asksVerdict(question)) {
            Optional<Decision.Correction> swapped = swappedName(need, candidate.fact());
            if (swapped.isPresent()) {
                return swapped; // "True or false: Osaka is the sister city of Moscow": "False: Saint Petersburg (not Moscow)"
            }
        }
        List<String> askedTerms = figure.isEmpty() && confirm ? rules.terms(asked) : List.of();
        if (figure.isEmpty() && confirm && !rules.asksWhy(askedTerms)) { // "why was it extended by three years": a premise
            // "was it extended by two years, who is right?": a small count the fact gives otherwise is corrected by the fact's
            Optional<PremiseCheck.OtherCount> count = premises.countGivenOtherwise(askedTerms, candidate.fact(), rules)
                    .filter(c -> c.byTheFact() && c.asked().size() == 1);
            return count.flatMap(c -> leads.lead(AnswerType.AMOUNT, need.part(0), asked, candidate.fact(), rules)
                    .filter(v -> v.matches("(?s).*\\d.*")).map(v -> new Decision.Correction(v, c.asked().iterator().next() + "")));
        }
        if (figure.isEmpty() || premises.conflictBesidesFigures(need, question, asked, candidate.fact(), rules).isPresent()) {
            return Optional.empty();
        }
        if (!confirm && Claims.partAsked(question, question.indexOf(figure.get()), question.indexOf(figure.get()) + figure.get().length())) {
            return Optional.empty(); // "of the 1000 events, how many were in Japan?": the whole is wrong, the part unknown
        }
        boolean share = share(figure.get());
        AnswerType type = confirm ? (share ? AnswerType.AMOUNT : AnswerType.NUMBER) : need.parts().get(0);
        Optional<String> value = leads.lead(type, need.part(0), asked, candidate.fact(), rules);
        return value.filter(v -> share == share(v)).map(v -> new Decision.Correction(v, figure.get()));
    }

    /** A year written in a question. */
    private static final java.util.regex.Pattern A_YEAR = java.util.regex.Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /**
     * A statement given to be checked whose one year the facts give otherwise: "Abe proposed the plan in 2018, right?"
     * is answered "2016 (not 2018)" by the fact in which someone the question names does what it asks (proposes) with
     * every person, body and programme it names, dated another year; none when such a fact is of that year too.
     */
    private Optional<Decision> yearCorrected(InformationNeed need, String question, List<ScoredFact> near) {
        LexiconRules rules = LexiconRules.of(need.lang());
        // (given to be checked: "Did Abe propose the plan in 2015?" asks no check, its premise is refused)
        boolean confirm = rules.asksVerdict(question) || rules.asksConfirmation(rules.terms(question)) || rules.endsWithTag(question);
        if (!confirm || need.multiPart() || need.year().isEmpty() || need.part().isEmpty()
                || A_YEAR.matcher(question).results().count() != 1) {
            return Optional.empty();
        }
        int given = need.year().get();
        List<String> named = need.entities().stream().filter(e -> e.kind() != Entity.Kind.PLACE).map(Entity::id).toList();
        List<ScoredFact> doing = near.stream().filter(c -> c.fact().date().filter(EventDate::hasYear).isPresent()
                        && c.fact().entities().containsAll(named)
                        && c.fact().slots().actors().stream().anyMatch(a -> a.part() == need.part().get() && need.names(a.entity())))
                .toList();
        if (doing.isEmpty() || doing.stream().anyMatch(c -> c.fact().date().get().year() == given)) {
            return Optional.empty();
        }
        ScoredFact fact = doing.get(0);
        String year = org.rujp.bot.i18n.Messages.date(new EventDate(fact.fact().date().get().year(), 0, 0), need.lang());
        String givenYear = org.rujp.bot.i18n.Messages.date(new EventDate(given, 0, 0), need.lang());
        return Optional.of(new Decision.FromFact(fact, Optional.of(new Decision.Correction(year, givenYear))));
    }

    /**
     * The one name a fact gives where a statement to judge gives another of the same kind: the fact speaks of none of
     * the question's names but one, and names one thing of that kind (a city for a city) the question does not.
     */
    private Optional<Decision.Correction> swappedName(InformationNeed need, Fact fact) {
        Set<String> named = need.entities().stream().map(Entity::id).collect(java.util.stream.Collectors.toSet());
        List<Entity> unspoken = need.entities().stream().filter(e -> !fact.entities().contains(e.id())).toList();
        if (unspoken.size() != 1) {
            return Optional.empty();
        }
        Entity given = unspoken.get(0);
        List<Entity> instead = fact.entities().stream().filter(id -> !named.contains(id)).map(kb::entity).flatMap(Optional::stream)
                .filter(e -> e.kind() == given.kind() && e.card().placeType().equals(given.card().placeType())).toList();
        return instead.size() == 1 ? Optional.of(new Decision.Correction(instead.get(0).name(need.lang()), given.name(need.lang())))
                : Optional.empty();
    }

    /**
     * A count asked to be checked that a fact on the same subject as the candidate gives otherwise ("my friend says it was
     * extended by two years. Who is right?", the best fact being the meeting that discussed it): corrected by the fact
     * above the threshold that gives the count itself.
     */
    private Optional<Decision> countCorrected(InformationNeed need, String question, ScoredFact candidate, List<ScoredFact> aboveThreshold) {
        if (need.type() != AnswerType.YES_NO || candidate.fact().slots().topic().isEmpty()) {
            return Optional.empty();
        }
        LanguageRules rules = LexiconRules.of(need.lang());
        for (ScoredFact c : aboveThreshold) {
            if (c.fact().slots().topic().equals(candidate.fact().slots().topic())
                    && crossing.question(question, need.lang(), need.type(), c.fact()).equals(question)) {
                Optional<Decision.Correction> correction = corrects(need, question, question, c, rules);
                if (correction.isPresent()) {
                    return Optional.of(new Decision.FromFact(c, correction));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Decision> corrected(InformationNeed need, String question, String claimed, List<ScoredFact> retrieved) {
        if (!(decide(need, question, question, retrieved) instanceof Decision.FromFact found) || found.corrects().isPresent()) {
            return Optional.empty();
        }
        LanguageRules rules = LexiconRules.of(CrossLanguageQuestions.readingLang(found.best().fact(), need.lang()));
        Optional<String> value = leads.lead(need.type(), need, question, found.best().fact(), rules);
        String plainClaim = claimed.toLowerCase(java.util.Locale.ROOT);
        if (value.isPresent() && value.get().toLowerCase(java.util.Locale.ROOT).contains(plainClaim)) {
            return Optional.of(found); // the value given was right: another fact's other figure misled the check
        }
        return value.map(v -> new Decision.FromFact(found.best(), Optional.of(new Decision.Correction(v, claimed)))); // the articles' own value
    }

    /** Whether a figure is a share ("15%", "15％", "7 percent", "15 процентов"): corrected only by a share. */
    private static boolean share(String figure) {
        String lower = figure.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("%") || lower.contains("％") || lower.contains("percent") || lower.contains("per cent")
                || lower.contains("процент") || lower.contains("パーセント");
    }

    private static Decision declined(RefusalReason reason) {
        return new Decision.Declined(reason, Optional.empty());
    }

    /** A name the question denies: "…, not Siberia", "…, а не в Сибири", "…, rather than Omsk". */
    private static final java.util.regex.Pattern DENIED = java.util.regex.Pattern.compile(
            "(?u)(?:[,–—]|\\s-)\\s*(?:(?i)not|rather than|instead of|а не|но не|не)\\s+(?:(?i)in|at|the|в|во|на)?\\s*\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*");

    /** The old check of "how many" questions reads the text; a fact with typed quantities is checked by its slots. */
    private static QuestionType legacyType(InformationNeed need, Fact fact) {
        boolean counts = need.type() == AnswerType.NUMBER || need.type() == AnswerType.AMOUNT;
        return counts && fact.slots().isEmpty() ? QuestionType.HOW_MANY : QuestionType.OTHER;
    }

    /**
     * Whether a fact speaks of the attribute: in its English text when it has one (the most precise of the lexicons;
     * "высоко оценили" is praise, not height), else in any of its languages. A motive is stated by a fact the article
     * gives a reason for.
     */
    boolean states(Fact fact, String attribute) {
        if (attribute.equals(LexiconRules.MOTIVE) && !fact.slots().because().isEmpty()) {
            return true; // a fact the article gives a reason for tells why it was done
        }
        if (attribute.equals(CURRENCY)) { // a sum of money says its currency; a growth in per cent says none
            return SlotLeads.statesASum(fact);
        }
        Set<Lang> readings = fact.texts().containsKey(Lang.EN) ? Set.of(Lang.EN) : fact.texts().keySet();
        for (Lang lang : readings) {
            LanguageRules rules = LexiconRules.of(lang);
            List<String> terms = factTerms.computeIfAbsent(fact.id() + "/" + lang.code(), k -> rules.terms(fact.text(lang)));
            for (List<String> phrase : rules.attributeTerms(attribute)) {
                if (rules.contains(terms, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The attribute of the currency a figure is counted in ("в долларовом выражении", "ドル建て"). */
    private static final String CURRENCY = "currency";

    /** The names of entities as a refusal lists them: "Saint Petersburg, Osaka". */
    private static String names(List<Entity> entities, Lang lang) {
        return String.join(", ", entities.stream().map(e -> e.name(lang)).toList());
    }

    /** The types that ask a time: a time is of one event. */
    static final Set<AnswerType> TIMES = java.util.Arrays.stream(AnswerType.values()).filter(AnswerType::isTime)
            .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(AnswerType.class)));

    /**
     * "From which year to which did the Cross Years run?", "日露交流年は何年から何年まで": the years of a programme the
     * card holds, with the best fact above the threshold that speaks of it. None when no such fact is found.
     */
    private Optional<Decision> heldSpan(InformationNeed need, String question, List<ScoredFact> retrieved) {
        LanguageRules rules = LexiconRules.of(need.lang());
        // "Когда стартовали Перекрёстные годы?": the first year it was held, as its card gives it (its facts may tell
        // only that it was to be held that year, or date a leader's words about it)
        boolean began = asksWhen(need) && need.type() != AnswerType.MONTH && rules.speaksOfStart(rules.terms(question))
                && need.attribute().isEmpty(); // (not "when will the next edition open?")
        if ((!TIMES.contains(need.type()) && need.type() != AnswerType.NUMBER && need.type() != AnswerType.FACT
                || !rules.asksSpan(rules.terms(question))) && !began) {
            return Optional.empty();
        }
        for (Entity programme : need.entities()) {
            if (programme.card().held().isEmpty()) {
                continue;
            }
            // the fact giving its first year, else any about it
            String from = Integer.toString(programme.card().held().get().from());
            List<ScoredFact> about = retrieved.stream().filter(c -> c.score() >= settings.minScore(need.lang()) && speaksOf(c.fact(), programme)).toList();
            Optional<ScoredFact> fact = about.stream().filter(c -> c.fact().texts().values().stream().anyMatch(t -> t.contains(from))
                    && c.fact().date().filter(d -> d.year() != Integer.parseInt(from)).isEmpty()).findFirst().or(() -> about.stream().findFirst());
            if (fact.isPresent()) {
                return Optional.of(new Decision.HeldSpan(programme, fact.get(), began && !rules.asksSpan(rules.terms(question))));
            }
        }
        return Optional.empty();
    }

    /**
     * "Dateline check: which city was the TASS report of 12 January filed from?", "из какого города передано и какого
     * числа?", "発信地は？": a place or a day asked of a report's dateline is the place and the day its article was filed
     * from and on, of the best fact above the threshold whose article gives them; none when none does.
     */
    private Optional<Decision> dateline(InformationNeed need, String question, List<ScoredFact> retrieved) {
        LanguageRules rules = LexiconRules.of(need.lang());
        boolean place = need.parts().contains(AnswerType.PLACE);
        boolean date = need.parts().stream().anyMatch(TIMES::contains);
        if (!place && !date || !rules.asksDateline(rules.terms(question))) {
            return Optional.empty();
        }
        List<ScoredFact> filed = retrieved.stream().filter(c -> c.score() >= settings.minScore(need.lang()))
                .filter(c -> !place || !kb.sourceOf(c.fact()).place().isBlank()).toList();
        // of the report the question names by its publisher or its place ("東京発のタス記事"), when it names one
        // (the most of the two it names: "TASS piece from Tokyo" is TASS's Tokyo report, not its Moscow one)
        return filed.stream().max(java.util.Comparator.comparingInt(c -> namesOfItsSource(need, kb.sourceOf(c.fact()))))
                .map(c -> new Decision.Dateline(c, place, date));
    }

    /** How many of the source's publisher and place the question names ("TASS", "Tokyo"). */
    private static int namesOfItsSource(InformationNeed need, org.rujp.bot.knowledge.Source source) {
        List<String> names = need.entities().stream().flatMap(e -> e.names().getOrDefault(Lang.EN, List.of()).stream()).toList();
        return (names.stream().anyMatch(n -> n.equalsIgnoreCase(source.publisher())) ? 1 : 0)
                + (names.stream().anyMatch(n -> n.equalsIgnoreCase(source.place())) ? 1 : 0);
    }

    /** Whether a fact names the entity, among its entities, actors or places. */
    private static boolean speaksOf(Fact fact, Entity entity) {
        return fact.entities().contains(entity.id()) || fact.slots().places().contains(entity.id())
                || fact.slots().actors().stream().anyMatch(a -> a.entity().equals(entity.id()));
    }

    private boolean cardStates(Entity entity, String attribute) {
        // "who heads the Russian foreign ministry": its minister's card holds the post of it
        if (attribute.equals("chief") && kb.entities().stream().anyMatch(person -> person.card().positions().stream()
                .anyMatch(p -> HEAD_TITLES.contains(p.title()) && p.of().filter(entity.id()::equals).isPresent()))) {
            return true;
        }
        LanguageRules rules = LexiconRules.of(Lang.EN);
        List<String> terms = factTerms.computeIfAbsent("card-" + entity.id(),
                k -> rules.terms(entity.role() + " " + entity.card().description(Lang.EN).orElse("")));
        return rules.attributeTerms(attribute).stream().anyMatch(p -> rules.contains(terms, p));
    }
}
