package org.rujp.bot.answer;

import java.util.List;
import java.util.Optional;
import org.rujp.bot.answer.analysis.AnswerType;
import org.rujp.bot.answer.analysis.Choices;
import org.rujp.bot.answer.analysis.InformationNeed;
import org.rujp.bot.answer.analysis.QuestionAnalyser;
import org.rujp.bot.config.AnswerSettings;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Slots;
import org.rujp.bot.retrieval.Query;
import org.rujp.bot.retrieval.QuestionTranslator;
import org.rujp.bot.retrieval.Retriever;
import org.rujp.bot.retrieval.ScoredFact;

/**
 * The default answerer: extractive, no language model.
 *
 * <ol>
 *   <li><b>resolve</b> ({@link Resolver}): detect the language; rewrite a follow-up against the conversation,
 *       and take the previous answer's main entity for its "it";</li>
 *   <li><b>analyse</b> ({@link QuestionAnalyser}): turn the question into an information need;</li>
 *   <li><b>retrieve</b> ({@link Retriever}): rank candidate facts;</li>
 *   <li><b>decide</b> ({@link Decider}): match the need against the facts' slots and the entity cards, or
 *       refuse with a {@link RefusalReason};</li>
 *   <li><b>compose</b> ({@link Composer}): the value of every part asked for first, then the fact and close
 *       runners-up, each with its source.</li>
 * </ol>
 * An empty question, or one too long to be one question, goes straight to compose as a refusal.
 */
public final class ExtractiveAnswerer implements Answerer {
    public static final String NAME = "extractive";
    /** Longer questions are not retrieved; the user is asked for one short question. */
    public static final int MAX_QUESTION_CHARS = 1000;
    /** HTML or XML tags typed into a question: they say nothing about what it asks. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>]{0,80})?/?>");
    /** A link or a channel's @name pasted into a message ("…載せます https://t.me/…", "@rusjapan_news says"): no words of the question. */
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(
            "(?i)(?:\\bhttps?://|\\bwww\\.|\\bt\\.me/)[\\x21-\\x7e&&[^<>\"]]+|(?<![\\w.@])@[A-Za-z][A-Za-z0-9_]{3,31}\\b");
    /** A script or style element typed into a question, with what it holds: code, not words of the question. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(?is)<(script|style)\\b[^<>]{0,80}>.{0,500}?</\\1\\s*>");

    private final Retriever retriever;
    private final AnswerSettings settings;
    private final Resolver resolver;
    private final QuestionAnalyser analyser;
    private final Decider decider;
    private final Answerability answerability;
    private final Misspellings misspellings;
    private final LatinTyped latinTyped;
    private final Composer composer;
    private final org.rujp.bot.retrieval.AliasExpander aliases;
    private final org.rujp.bot.answer.analysis.TimeAnchors timeAnchors;
    private final DescribedReferences references;
    private final org.rujp.bot.answer.analysis.WritersSide writersSide = new org.rujp.bot.answer.analysis.WritersSide();
    private final ChoiceLeads choiceLeads;
    private final KnowledgeBase kb;
    private final PageFurniture pageFurniture;
    private final CrossLanguageQuestions crossing;

    public ExtractiveAnswerer(Retriever retriever, KnowledgeBase kb, AnswerSettings settings, QuestionAnalyser analyser) {
        this(retriever, kb, settings, analyser, lang -> true, CrossLanguageQuestions.NONE);
    }

    /**
     * With the lexicon analyser over the knowledge base's alias table.
     *
     * @param dictionaryInstalled whether a language's dictionary to English is installed: when it is not, and some
     *                            of the knowledge is in English only, a refusal in that language says so
     */
    public ExtractiveAnswerer(Retriever retriever, KnowledgeBase kb, AnswerSettings settings, java.util.function.Predicate<Lang> dictionaryInstalled) {
        this(retriever, kb, settings, new org.rujp.bot.answer.analysis.LexiconQuestionAnalyser(new org.rujp.bot.retrieval.AliasExpander(kb)),
                dictionaryInstalled, CrossLanguageQuestions.NONE);
    }

    /**
     * With the lexicon analyser, and a fact written only in English read against the question as the translator
     * renders it in English (the retriever finds such facts for Russian and Japanese questions through the same
     * translator, see {@link org.rujp.bot.retrieval.CrossLanguageRetriever}).
     *
     * @param dictionaryInstalled whether a language's dictionary to English is installed: when it is not, and some
     *                            of the knowledge is in English only, a refusal in that language says so
     */
    public ExtractiveAnswerer(Retriever retriever, KnowledgeBase kb, AnswerSettings settings, java.util.function.Predicate<Lang> dictionaryInstalled,
                              QuestionTranslator translator) {
        this(retriever, kb, settings, new org.rujp.bot.answer.analysis.LexiconQuestionAnalyser(new org.rujp.bot.retrieval.AliasExpander(kb)),
                dictionaryInstalled, new CrossLanguageQuestions(translator, englishOnly(kb)));
    }

    private ExtractiveAnswerer(Retriever retriever, KnowledgeBase kb, AnswerSettings settings, QuestionAnalyser analyser,
                               java.util.function.Predicate<Lang> dictionaryInstalled, CrossLanguageQuestions crossing) {
        this.retriever = retriever;
        this.settings = settings;
        this.analyser = analyser;
        this.crossing = crossing;
        this.resolver = new FollowUpResolver(kb);
        this.aliases = new org.rujp.bot.retrieval.AliasExpander(kb);
        this.timeAnchors = new org.rujp.bot.answer.analysis.TimeAnchors(aliases);
        this.references = new DescribedReferences(aliases);
        this.kb = kb;
        this.pageFurniture = new PageFurniture(kb);
        this.choiceLeads = new ChoiceLeads(aliases);
        LeadExtractor text = new LeadExtractor(kb);
        SlotLeads leads = new SlotLeads(kb, text, aliases);
        this.answerability = new Answerability(kb, text);
        this.misspellings = new Misspellings(kb);
        this.latinTyped = new LatinTyped(kb);
        this.decider = new NeedDecider(kb, settings, answerability, leads, crossing, aliases);
        java.util.Set<Lang> englishOnly = englishOnly(kb);
        this.composer = new SlotComposer(kb, settings, leads, lang -> englishOnly.contains(lang) && !dictionaryInstalled.test(lang), crossing,
                aliases);
    }

    /** With the lexicon analyser over the knowledge base's alias table. */
    public ExtractiveAnswerer(Retriever retriever, KnowledgeBase kb, AnswerSettings settings) {
        this(retriever, kb, settings, lang -> true);
    }

    /** The types a question asking a position may be read as before its pronoun is known ("what is her job": a fact). */
    private static final java.util.Set<AnswerType> POSITION_ASKABLE = java.util.EnumSet.of(AnswerType.FACT, AnswerType.PERSON,
            AnswerType.YES_NO, AnswerType.ORGANISATION);

    @Override
    public Answer answer(Question question) {
        // "…what year did he come up with that plan? Was it just propaganda?": the loaded question after it asks nothing
        String text = question.text().strip();
        // "kogda prodlili god obmenov?", "urajiosutoku de atta no itsu?": Russian and Japanese typed without their keyboard
        Optional<Lang> spoken = question.langHint().or(() -> question.context()
                .map(c -> LanguageDetector.detect(c.resolvedQuestion(), Optional.empty())));
        Optional<LatinTyped.Read> read = latinTyped.read(org.rujp.bot.text.Widths.folded(text), spoken);
        if (read.isPresent()) {
            return asReceived(answer(new Question(read.get().text(), Optional.of(read.get().lang()), question.context())), question.text());
        }
        Lang lang = LanguageDetector.detect(org.rujp.bot.text.Widths.folded(text), question.langHint());
        String asked = org.rujp.bot.answer.analysis.Sentences.withoutLoadedAside(text,
                org.rujp.bot.answer.analysis.LexiconRules.of(lang),
                (aside, before) -> namesOther(aside, before, lang));
        if (!asked.equals(text)) {
            return asReceived(answer(new Question(asked, question.langHint(), question.context())), question.text());
        }
        // "わが国の外務省の報道官" written by a Japanese: "日本の外務省の報道官", read so by every stage
        String sided = writersSide.sided(text, lang);
        if (!sided.equals(text)) {
            return asReceived(answer(new Question(sided, question.langHint(), question.context())), question.text());
        }
        // "Which Russian city is twinned with the city where Putin and Abe agreed to hold the interregional year?": the
        // city described is found first (Osaka), then the question is asked of it
        // (a time the lexicon dates by an event is read first: "the year after the Osaka summit" is 2020, no description)
        Optional<DescribedReferences.Resolved> described = !references.mayDescribe(text, lang) ? Optional.empty()
                : references.resolved(timeAnchors.dated(text, lang), lang, part -> answerOne(new Question(part, Optional.of(lang), Optional.empty())));
        Answer whole = described.map(d -> ofTheDescribed(question, d, lang)).filter(a -> a instanceof Answer.Answered
                || analyser.analyse(described.get().text(), lang).attribute().isPresent()).orElseGet(() -> answerOne(question));
        if (whole instanceof Answer.Refused && lang == Lang.JA) {
            // "日露の外務時間級の競技": words an input method or a speech recogniser wrote for others of their sound
            String heard = misspellings.heardJapanese(text);
            if (!heard.equals(text)) {
                Answer again = answerOne(new Question(heard, question.langHint(), question.context()));
                if (again instanceof Answer.Answered) {
                    whole = asReceived(again, question.text());
                }
            }
        }
        return whole instanceof Answer.Answered answered ? ofEachYear(question, answered).orElse(whole) : whole;
    }

    /**
     * The answer to a question whose descriptions were resolved: as the question so read is answered, with the facts
     * that resolved them cited after its own. A refusal of it stands when it asks an attribute no fact gives ("how old
     * is the minister who spoke of 17%?"); any other refusal gives way to the question as written, which a description
     * resolved to the wrong one of two things may have made unanswerable ("the city where the G20 gathered": Osaka's
     * summit or Tsukuba's ministerial meeting).
     */
    private Answer ofTheDescribed(Question question, DescribedReferences.Resolved described, Lang lang) {
        Answer answer = answerOne(new Question(described.text(), Optional.of(lang), question.context()));
        if (!(answer instanceof Answer.Answered a)) {
            return asReceived(answer, question.text());
        }
        List<Statement> statements = new java.util.ArrayList<>(a.statements());
        for (Answer.Answered bridge : described.bridges()) {
            Statement resolving = bridge.statements().get(0);
            if (statements.stream().noneMatch(s -> s.fact().id().equals(resolving.fact().id()))) {
                statements.add(resolving);
            }
        }
        return new Answer.Answered(question.text(), described.text(), a.lang(), a.lead(), statements, a.retrieved(), a.answerer(),
                a.stageNanos());
    }

    /**
     * Whether a text names something another does not speak of by any of its names, or a name the knowledge does not
     * know ("…? Were Nakhodka and Maizuru among them?").
     */
    private boolean namesOther(String text, String other, Lang lang) {
        if (answerability.unknownName(text, lang, word -> false, word -> crossing.loanword(word, lang)).isPresent()) {
            return true;
        }
        java.util.Set<String> spoken = aliases.expand(other).entities().stream().map(Entity::id).collect(java.util.stream.Collectors.toSet());
        String lower = other.toLowerCase(java.util.Locale.ROOT);
        return aliases.expand(text).entities().stream().anyMatch(e -> !spoken.contains(e.id()) && e.names().values().stream()
                .flatMap(List::stream).noneMatch(n -> lower.contains(n.toLowerCase(java.util.Locale.ROOT))));
    }

    /** The answer to the question as received, which it answered without some of its words. */
    private static Answer asReceived(Answer answer, String received) {
        if (answer instanceof Answer.Answered a) {
            return new Answer.Answered(received, a.resolvedQuestion(), a.lang(), a.lead(), a.statements(), a.retrieved(),
                    a.answerer(), a.stageNanos());
        }
        Answer.Refused r = (Answer.Refused) answer;
        return new Answer.Refused(received, r.resolvedQuestion(), r.lang(), r.reason(), r.message(), r.suggestions(),
                r.retrieved(), r.answerer(), r.stageNanos());
    }

    /** A year as a question writes it, with the ending it may carry: "2019", "2019-м", "2019年", "2019 г.". */
    private static final java.util.regex.Pattern YEAR_WRITTEN = java.util.regex.Pattern.compile(
            "(?<![\\d.,])((?:19|20)\\d\\d)(?:-?(?:м|й|го|ом|ый)(?!\\p{L})|年|\\s*г\\.)?(?![\\d.,])");

    /**
     * "Which agency does the 2019 report cite, and which the 2021 one?", "2019年と2021年の記事、それぞれどの通信社？":
     * one value asked of each of two years. Asked of each year on its own, the question is led by both values, each
     * with its year, from two facts each of its own year; none when the two answers do not tell two such values.
     */
    private Optional<Answer> ofEachYear(Question question, Answer.Answered whole) {
        java.util.regex.Matcher m = YEAR_WRITTEN.matcher(question.text());
        java.util.Map<String, String> written = new java.util.LinkedHashMap<>();
        while (m.find()) {
            written.putIfAbsent(m.group(1), m.group());
        }
        if (written.size() != 2 || whole.lead().isBlank()) {
            return Optional.empty();
        }
        List<String> years = List.copyOf(written.keySet());
        List<Answer.Answered> each = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String other = written.get(years.get(1 - i));
            Answer one = answerOne(new Question(question.text().replace(other, " ").replaceAll("\\s{2,}", " ").strip(),
                    question.langHint(), question.context()));
            String year = years.get(i);
            if (!(one instanceof Answer.Answered a) || a.lead().isBlank() || a.lead().contains(year)
                    || !ofTheYear(a.statements().get(0).fact(), Integer.parseInt(year))) {
                return Optional.empty();
            }
            each.add(a);
        }
        if (each.get(0).lead().equals(each.get(1).lead())
                || each.get(0).statements().get(0).fact().id().equals(each.get(1).statements().get(0).fact().id())) {
            return Optional.empty();
        }
        String lead = years.get(0) + (whole.lang() == Lang.JA ? "年：" : ": ") + each.get(0).lead() + (whole.lang() == Lang.JA ? "；" : "; ")
                + years.get(1) + (whole.lang() == Lang.JA ? "年：" : ": ") + each.get(1).lead();
        List<Statement> statements = List.of(each.get(0).statements().get(0), each.get(1).statements().get(0));
        return Optional.of(new Answer.Answered(whole.question(), whole.resolvedQuestion(), whole.lang(), lead, statements,
                whole.retrieved(), NAME, whole.stageNanos()));
    }

    /** Whether a fact is of a year: its event's, else its article's. */
    private boolean ofTheYear(org.rujp.bot.knowledge.Fact fact, int year) {
        return fact.date().filter(org.rujp.bot.knowledge.EventDate::hasYear).map(d -> d.year() == year)
                .orElseGet(() -> kb.sourceOf(fact).published().getYear() == year);
    }

    private Answer answerOne(Question question) {
        StageTimer timer = new StageTimer();
        String text = org.rujp.bot.text.Widths.folded(question.text().strip()); // "Ｇ２０", "ｵﾚｼｷﾝ": "G20", "オレシキン"
        Lang lang = LanguageDetector.detect(text, question.langHint());
        Optional<RefusalReason> unreadable = unreadable(text);
        if (unreadable.isPresent()) {
            return unread(question, text, lang, unreadable.get(), timer);
        }
        // "<b>Who</b> is Lavrov?" asks who Lavrov is; a message of a link alone asks nothing
        text = LINK.matcher(MARKUP.matcher(CODE.matcher(text).replaceAll(" ")).replaceAll(" ")).replaceAll(" ").strip();
        unreadable = unreadable(text);
        if (unreadable.isPresent()) {
            return unread(question, text, lang, unreadable.get(), timer);
        }
        if (lang == Lang.JA) { // a learner's "きょうどう けいざい の かいしゃ は": "共同経済の会社は"
            // (a name in kana first, whose sound may be a word's: "おれしきん大臣" is Oreshkin, no 資金)
            text = org.rujp.bot.text.JapaneseSpaces.joined(misspellings.kanaInKanji(Choices.markedJapanese(answerability.withNamesRespelled(text, lang))));
        }
        org.rujp.bot.answer.analysis.LexiconRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
        if (rules.onlySmallTalk(text)) { // "thanks!", "как дела?": no question, nor a follow-up of the last answer
            return unread(question, text, lang, new RefusalReason.SmallTalk(), timer);
        }
        text = rules.asWritten(rules.respell(text)); // "um when did they meet in twenty seventeen": "when did they meet in 2017"
        text = answerability.withNamesRespelled(text, lang); // "wich", "JV", "安部": "which", "joint venture", "安倍"
        text = aliases.inLanguage(text, lang); // "did 安倍晋三 meet", "про 日露交流年": "did Shinzo Abe meet", "про Перекрёстные годы"
        // "populaton of vladivostok", "日露の強力プラン": "population of vladivostok", "日露の協力プラン"
        text = lang == Lang.JA ? misspellings.correctedJapanese(text) : misspellings.corrected(text);
        text = org.rujp.bot.answer.analysis.QuizPrompts.asQuestion(text, lang); // "A) Putin, B) Abe": "Putin or Abe"
        // "Перевожу статью ТАСС, хочу сверить: …выдвинул Абэ или Путин?": the writer's lead-in is no stem of options
        text = rules.withoutWritersLeadIn(text);
        text = timeAnchors.dated(text, lang); // "in the year before the Osaka summit": "in 2018"
        // "In which month did it begin: January, April or September?": read as "In which month did it begin?", so that
        // April is no premise, and led by the option the facts found state
        Optional<Choices> choices = Choices.in(text, lang, option -> aliases.expand(option).entities().stream().map(Entity::kind).findFirst());
        String offered = text;
        text = choices.map(Choices::stem).orElse(text);
        // "…15% in 2018 - can you confirm?", "my draft: «…вырос на 7%» — норм?"
        // (a tag after a bare why is no statement to confirm: "а почему так?" asks why)
        List<String> written = rules.terms(text);
        boolean tagged = rules.closesWithTag(text) && !bareWhy(written, rules); // "…, correct?"
        boolean confirming = rules.asksConfirmation(written) && !bareWhy(written, rules) || tagged || rules.quotesClaim(text)
                || figureStated(text, written, rules);
        Optional<AnswerType> narrowed = rules.granularityAfter(text); // "When…? Нужен месяц.": the month
        text = rules.withoutRequests(text); // "Could you tell me when…": "when…"
        text = rules.withoutWriterAsides(text); // "What is the 'Year of…' I keep seeing?": what it is
        String told = rules.withoutAfterthought(text); // "…? I need it for a slide": what is asked, for the need and the decision
        told = withoutGuessedName(told, lang, rules); // "who was the spokeswoman …? maria zakharova?": whom it asks for
        // "My grandson studies in Kyoto. When I was young… Who proposed the plan?": the sentences that ask, for the need;
        // what the message speaks of, without the writer's story, for the decision and retrieval
        String asked = org.rujp.bot.answer.analysis.Sentences.askingPart(told, rules);
        List<String> askedTerms = rules.terms(asked);
        String about = org.rujp.bot.answer.analysis.Sentences.aboutOthers(told, rules); // its premises, for the decision
        text = text.equals(told) ? about : org.rujp.bot.answer.analysis.Sentences.aboutOthers(text, rules); // retrieved by what it speaks of
        Resolver.Resolution resolution = resolver.resolve(new Question(text, question.langHint(), question.context()), lang);
        timer.lap("resolve");
        InformationNeed need = withoutWritersTopic(analyser.analyse(asked, lang), asked, lang, rules);
        if (!asked.equals(told) && need.entities().isEmpty()) {
            // "…the Cross Years. How many events were there?": the programme told of; not a place or a person, which
            // would be no answer then ("I saw Yaroslavl on TV. Where will the drugs be made?")
            need = need.withEntities(analyser.analyse(about, lang).entities().stream()
                    .filter(e -> e.kind() != org.rujp.bot.knowledge.Entity.Kind.PLACE && e.kind() != org.rujp.bot.knowledge.Entity.Kind.PERSON).toList());
        }
        if (confirming && !need.multiPart() && (need.type() == AnswerType.FACT
                || rules.frames(askedTerms).isEmpty() && tagged)) {
            // a statement given to be confirmed asks whether it is so, whatever type its words alone would ask ("Osaka
            // is the sister city of Saint Petersburg - correct?" asks no place; "…予定月を確認したい" does ask the month)
            need = need.asConfirmation();
        }
        if (narrowed.isPresent() && NeedDecider.TIMES.contains(need.type()) && !need.multiPart()) {
            need = need.asking(narrowed.get(), need.placeType());
        }
        if (need.refersBack()) {
            need = need.withEntities(referents(need, resolution.context(), rules.asksHuman(askedTerms), rules.asksRole(askedTerms)));
            if (need.attribute().isEmpty() && POSITION_ASKABLE.contains(need.type()) && rules.asksPosition(askedTerms)
                    && !rules.asksCounterpart(askedTerms) // "and his counterpart - name and title?": the other one's
                    && need.entities().stream().anyMatch(e -> e.kind() == org.rujp.bot.knowledge.Entity.Kind.PERSON)) {
                need = need.asPosition(); // "What is her job?" after Zakharova: her post, as "What is Zakharova's job?"
            }
        } else if (!resolution.answered().isEmpty()) {
            need = need.withEntities(resolution.answered()); // "Whom did he meet in Tokyo?": he, besides Tokyo
        }
        need = goesOnAsking(need, question, asked, askedTerms, rules, !resolution.text().equals(text)); // "and in the cross year?"
        if ((need.type() == AnswerType.NUMBER || need.type() == AnswerType.AMOUNT) && !need.multiPart() && question.context().isPresent()
                && Claims.partAsked(asked, 0, 0)) {
            // "And how many of those were held in Russia?": a part of what the question before counted, the events
            need = need.withCounted(analyser.analyse(question.context().get().resolvedQuestion(), lang).counted());
        }
        Optional<Entity> answeredBefore = besidesTheOneAnswered(need, question, asked, rules);
        if (answeredBefore.isPresent() && !need.entities().contains(answeredBefore.get())) {
            List<Entity> given = new java.util.ArrayList<>(need.entities());
            given.add(answeredBefore.get());
            need = need.withEntities(given);
        }
        timer.lap("analyse");
        // ("discuss продление of the year": searched with "extension" too)
        List<ScoredFact> retrieved = retriever.retrieve(new Query(crossing.glossed(resolution.text(), lang), lang), settings.candidates());
        // (and when the beginning or end of what it names is asked: "その交流年は何月に始まったの？" after the year it was
        // agreed in, whose facts the two questions share; not of a bare "it": "when did it start?")
        boolean boundOfItsOwn = NeedDecider.TIMES.contains(need.type()) && FollowUpResolver.speaksOfABound(text, lang)
                && rules.contentTerms(rules.terms(text)).stream().distinct().count() >= 2;
        if (!resolution.text().equals(text) && (!need.refersBack() && namesOwnSubject(text, question, rules) || boundOfItsOwn)) {
            // "And the region for the railway joint venture?" goes on from the last question without referring to
            // it: what it names on its own may rank above what the two questions share
            List<ScoredFact> alone = retriever.retrieve(new Query(text, lang), settings.candidates());
            retrieved = !alone.isEmpty() && !retrieved.isEmpty() && alone.get(0).score() >= retrieved.get(0).score() * OWN_SHARE
                    ? best(alone, retrieved.stream().map(c -> new ScoredFact(c.fact(), c.score() * OWN_SHARE, c.rank())).toList(),
                            settings.candidates())
                    : retrieved;
        }
        if (!asked.equals(told)) {
            // a message of several sentences is found by its asking ones too: what it tells besides may bury what it asks
            retrieved = best(retrieved, retriever.retrieve(new Query(asked, lang), settings.candidates()), settings.candidates());
        }
        String uncited = org.rujp.bot.answer.analysis.Sentences.withoutCitations(asked, rules);
        if (!uncited.equals(asked)) { // what is asked of a report is found by its own words too, not only by the report's
            retrieved = best(retrieved, retriever.retrieve(new Query(uncited, lang), settings.candidates()), settings.candidates());
        }
        if (choices.isPresent()) { // the options help find the fact that states the right one
            retrieved = best(retrieved, retriever.retrieve(new Query(offered, lang), settings.candidates()), settings.candidates());
        }
        // (not "for which year is that figure?", nor "а сколько рабочих групп их согласовывает?", which counts what the
        // question before did not)
        // a follow-up that names nothing of its own goes on with the same event as much as one with a pronoun: "а где
        // решали" after the extension asks of the extension, not of the year's agreement in Osaka two years before
        boolean elliptical = !resolution.text().equals(text) && need.entities().isEmpty() && !namesOwnSubject(text, question, rules);
        if ((need.refersBack() || elliptical) && need.year().isEmpty() && !NeedDecider.TIMES.contains(need.type())
                && !countsAnew(need, question, rules) && !FollowUpResolver.asksAnotherTime(text, lang)) {
            retrieved = ofTheTimeAnswered(retrieved, question.context());
        }
        if (!resolution.text().equals(text) && need.refersBack() && !need.type().wantsValue() && rules.frames(rules.terms(text)).isEmpty()) {
            retrieved = withItsOwnWords(retrieved, text, question, rules); // "原子力もそれに入ってるの？" after the plan
        }
        if (NeedDecider.TIMES.contains(need.type()) && resolution.text().equals(text) && !rules.speaksOfExtension(rules.terms(text))) {
            retrieved = notOfAnExtension(retrieved, rules); // "When was the interregional year agreed?": not when it was extended
        }
        if ((need.type() == AnswerType.ORGANISATION || need.type() == AnswerType.PERSON) && !need.multiPart()
                && rules.speaksOfExtension(rules.terms(text))) {
            retrieved = ofAnExtension(retrieved, rules); // "which agency did Russkiy Mir quote on the extension?": not the 2019 report
        }
        if (!resolution.text().equals(text) && FollowUpResolver.asksTheNext(text, lang)) {
            retrieved = besideTheAnswered(retrieved, question, true); // "And where was their next meeting planned?"
        } else if (!resolution.text().equals(text) && FollowUpResolver.asksThePrevious(text, lang)) {
            retrieved = besideTheAnswered(retrieved, question, false); // "Они ведь до этого уже встречались — где?"
        }
        Optional<org.rujp.bot.knowledge.Fact> justGiven = bareAsk(need, question, askedTerms, rules, elliptical, resolution.context());
        if (justGiven.isPresent()) { // "а когда?" after "Osaka": when the year was agreed there, not when it was extended
            retrieved = referredBack(justGiven.get(), retrieved, lang);
        }
        if (answeredBefore.isPresent()) { // "who else took part in those talks?": a fact telling of them with the one answered
            retrieved = takingPart(answeredBefore.get(), retrieved);
        }
        if (rules.asksCounterpart(askedTerms)) { // "а его японский визави?": of a meeting he had with someone
            // (the one named, or else the one answered before: "Who was the minister? - And his counterpart?")
            Optional<Entity> met = java.util.stream.Stream.concat(need.entities().stream(), resolution.answered().stream())
                    .filter(e -> e.kind() == Entity.Kind.PERSON).findFirst();
            List<ScoredFact> found = retrieved;
            List<ScoredFact> meetings = met.map(person -> metSomeone(person, found)).orElse(List.of());
            if (!meetings.isEmpty()) {
                retrieved = meetings;
                need = need.withEntities(List.of(met.get())); // of him, not of the plan he spoke of
            }
        }
        retrieved = restOfTheListAnswered(need, question, asked, rules, retrieved);
        Optional<ScoredFact> listing = whichOnesCounted(need, question, askedTerms, rules, retrieved);
        if (listing.isPresent()) { // "а какие?" after "5.": the five, as a fact listing them gives them
            need = need.asking(AnswerType.LIST, Optional.empty());
            retrieved = first(listing.get().fact(), retrieved);
        }
        Optional<org.rujp.bot.knowledge.Fact> sourced = sourceOfTheAnswer(need, question, askedTerms, rules);
        if (sourced.isPresent()) { // "and the source?": the reporter of what was answered
            need = need.askingTheReporter();
            retrieved = referredBack(sourced.get(), retrieved, lang);
        }
        Optional<org.rujp.bot.knowledge.Fact> toldBefore = sourced.isPresent() ? Optional.empty() : toldBefore(need, question, asked, rules);
        Optional<org.rujp.bot.knowledge.Fact> factBefore = factAnswered(question);
        if (toldBefore.isPresent()) { // "who said that?": the fact answered, its speaker or, when no one said it, its reporter
            if (toldBefore.get().slots().actors(Slots.Actor.Part.SPEAKER).isEmpty()) {
                need = need.askingTheReporter();
            }
            retrieved = referredBack(toldBefore.get(), retrieved, lang);
        } else if (factBefore.isPresent() && (rules.pointsAtTheEventTold(askedTerms) || doubtsOnly(need, question, askedTerms, rules))) {
            // "what did they agree on at that one?": the event the answer before told of, whatever the few words retrieve;
            // "are you sure?": the fact answered, again
            retrieved = referredBack(factBefore.get(), retrieved, lang);
        } else {
            Optional<org.rujp.bot.knowledge.Fact> reportedAlone = reportedOnly(need, askedTerms, rules, retrieved);
            if (reportedAlone.isPresent()) { // "who reported the extension?": no one in the extension's fact said it
                need = need.askingTheReporter();
                retrieved = first(reportedAlone.get(), retrieved);
            }
        }
        timer.lap("retrieve");
        // "when did they hold the naval drills in the Gulf of Aden?": a teaser printed beside an article, not its news
        Optional<org.rujp.bot.knowledge.Furniture> furniture = pageFurniture.named(asked, lang);
        if (furniture.isPresent()) {
            Decision.Declined declined = new Decision.Declined(new RefusalReason.Furniture(furniture.get().kind(),
                    kb.source(furniture.get().source()).publisher()), Optional.empty());
            timer.lap("decide");
            return composer.compose(question, resolution.text(), need, declined, retrieved, timer);
        }
        Optional<Answer> earlier = choices.filter(Choices::earliest).flatMap(c -> earlierOfTwo(question, resolution.text(), c, lang, timer));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<Answer> interval = yearsBetween(question, resolution.text(), org.rujp.bot.answer.analysis.Intervals.readings(asked, lang),
                lang, timer);
        if (interval.isPresent()) {
            return interval.get();
        }
        Optional<Recheck> rechecked = recheck(need, question, asked, askedTerms, rules, retrieved, lang);
        if (rechecked.isPresent()) { // "so not Vladivostok?" after "Osaka.": Osaka, not Vladivostok
            // composed as the answer to the question before: the name given is no place named by the question
            String before = question.context().get().resolvedQuestion();
            timer.lap("decide");
            return composer.compose(new Question(before, question.langHint(), Optional.empty()), before, rechecked.get().before(),
                    rechecked.get().decision(), retrieved, timer);
        }
        // "When was it extended, 2020 I think?": the guessed year is checked against the time the facts give
        // (and "By how much, two years or... I forget?": the guessed figure is checked against the one the facts give)
        Optional<Decision> guessChecked = Claims.guessesTheYear(asked, need, rules)
                ? corrected(need, about, true, resolution, retrieved, lang)
                : Claims.guessesTheAmount(asked, need, rules)
                ? correctedBy(Claims.setApartFigure(asked, need).stream().toList(), resolution, retrieved, lang) : Optional.empty();
        Decision decision = guessChecked.isPresent() ? guessChecked.get() : decider.decide(need, about, resolution.text(), retrieved);
        // (what no fact states is asked whatever else the question takes for granted: "which sanctions did Tokyo impose, and
        // how hard did they hit trade?" is no claim about trade to correct)
        if (decision instanceof Decision.Declined declined && !(declined.reason() instanceof RefusalReason.UnknownAttribute)) {
            Optional<Decision> fixed = corrected(need, about, confirming, resolution, retrieved, lang);
            decision = fixed.isPresent() ? fixed.get() : venueCorrected(need, about, confirming, declined, retrieved, lang).orElse(decision);
        }
        if (decision instanceof Decision.Declined declined && declined.reason() instanceof RefusalReason.NoValue noValue
                && noValue.type() == AnswerType.PLACE && rules.speaksOfInvesting(askedTerms)) {
            // "where do RDIF's partners plan to invest?": no place, but what they invest in, a body or its project
            InformationNeed investee = need.asking(AnswerType.ORGANISATION, Optional.empty());
            Decision asBody = decider.decide(investee, about, resolution.text(), retrieved);
            if (asBody instanceof Decision.FromFact) {
                need = investee;
                decision = asBody;
            }
        }
        timer.lap("decide");
        Answer answer = composer.compose(question, resolution.text(), need, decision, retrieved, timer);
        return choices.map(c -> choiceLeads.led(answer, c)).orElse(answer);
    }

    /**
     * "Which came first: Putin and Abe's meeting in Vladivostok, or Lavrov and Kono's talks in Moscow?": each option
     * found on its own, by a fact above the threshold that names what the option names and dates it; the earlier
     * option leads, and both facts are said with their dates; when their dates do not tell which came first (a month
     * against a day of it), both facts are said with no lead. None when an option finds no such fact or both find the
     * same.
     */
    private Optional<Answer> earlierOfTwo(Question question, String resolved, Choices choices, Lang lang, StageTimer timer) {
        if (choices.options().size() != 2) {
            return Optional.empty();
        }
        List<ScoredFact> found = new java.util.ArrayList<>();
        for (String option : choices.options()) {
            Optional<ScoredFact> dated = datedFacts(option, retriever.retrieve(new Query(option, lang), settings.candidates()), lang)
                    .findFirst();
            if (dated.isEmpty()) {
                return Optional.empty();
            }
            found.add(dated.get());
        }
        org.rujp.bot.knowledge.EventDate first = found.get(0).fact().date().get();
        org.rujp.bot.knowledge.EventDate second = found.get(1).fact().date().get();
        if (found.get(0).fact().id().equals(found.get(1).fact().id())) {
            return Optional.empty();
        }
        // dates that do not tell the order (June 2019 against 8 June 2019): both facts, with their dates, and no lead
        int order = before(first, second) ? 0 : before(second, first) ? 1 : -1;
        if (order < 0 && first.year() == second.year() && first.month() == second.month() && first.month() > 0) {
            // one month: the days or the part of the month their texts give ("10 June" before "late June")
            int[] one = days(found.get(0).fact(), first);
            int[] other = days(found.get(1).fact(), second);
            order = one != null && other != null ? (one[1] < other[0] ? 0 : other[1] < one[0] ? 1 : -1) : -1;
        }
        int earlier = Math.max(order, 0);
        List<Statement> statements = List.of(found.get(earlier), found.get(1 - earlier)).stream()
                .map(c -> new Statement(c.fact(), c.fact().text(lang), kb.sourceOf(c.fact()), c.score())).toList();
        timer.lap("decide");
        timer.lap("compose");
        return Optional.of(new Answer.Answered(question.text(), resolved, lang, order < 0 ? "" : choices.options().get(order), statements,
                found, NAME, timer.nanos()));
    }

    /**
     * "How many years passed between Abe proposing the plan and Oreshkin saying it was producing results?": each event
     * found by its own words, as an option of "which came first" is (the first dated fact above the threshold naming
     * all it names), led by the years between the years their facts give, both cited. None when an event is not found
     * with a year, or both are one fact.
     */
    private Optional<Answer> yearsBetween(Question question, String resolved, List<List<String>> readings, Lang lang, StageTimer timer) {
        // of the ways the question parts into two events, the one whose events are found best (the lower score of the two)
        List<ScoredFact> best = null;
        for (List<String> events : readings) {
            List<ScoredFact> found = eventsFound(events, lang);
            if (found != null && (best == null || Math.min(found.get(0).score(), found.get(1).score())
                    > Math.min(best.get(0).score(), best.get(1).score()))) {
                best = found;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<ScoredFact> found = best;
        int one = found.get(0).fact().date().get().year();
        int other = found.get(1).fact().date().get().year();
        int from = Math.min(one, other); // in the order of time, whichever the question told first
        int to = Math.max(one, other);
        int years = to - from;
        String lead = org.rujp.bot.i18n.Messages.get(lang, "answer.years_between", years, from, to, russianYears(years));
        List<Statement> statements = found.stream().map(c -> new Statement(c.fact(), c.fact().text(lang), kb.sourceOf(c.fact()), c.score())).toList();
        timer.lap("decide");
        timer.lap("compose");
        return Optional.of(new Answer.Answered(question.text(), resolved, lang, lead, statements, found, NAME, timer.nanos()));
    }

    /** The facts of two events, each found by its own words and speaking of it more than of the other; null when not both are. */
    private List<ScoredFact> eventsFound(List<String> events, Lang lang) {
        List<List<ScoredFact>> retrievedFor = new java.util.ArrayList<>();
        for (String event : events) {
            retrievedFor.add(retriever.retrieve(new Query(event, lang), settings.candidates()));
        }
        // each event's fact speaks of it more than of the other: "the plan proposed by Abe was producing results" is
        // found for the proposal too, but better for the results
        List<ScoredFact> found = new java.util.ArrayList<>();
        for (int side = 0; side < 2; side++) {
            List<ScoredFact> other = retrievedFor.get(1 - side);
            List<ScoredFact> dated = datedFacts(events.get(side), retrievedFor.get(side), lang).filter(c -> c.fact().date().get().hasYear()).toList();
            // "Abe putting forward his plan", "появление плана Абэ": a proposal is dated by the fact dating it, not by a
            // later report of the plan's results
            org.rujp.bot.answer.analysis.LanguageRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
            boolean proposal = rules.part(rules.terms(events.get(side)), 0).filter(p -> p == Slots.Actor.Part.PROPOSER).isPresent();
            List<ScoredFact> proposals = dated.stream().filter(c -> NeedDecider.datesTheProposal(c.fact())).toList();
            Optional<ScoredFact> best = (proposal && !proposals.isEmpty() ? proposals : dated).stream()
                    .max(java.util.Comparator.comparingDouble(c -> c.score() - other.stream()
                            .filter(o -> o.fact().id().equals(c.fact().id())).mapToDouble(ScoredFact::score).findFirst().orElse(0)));
            if (best.isEmpty()) {
                return null;
            }
            found.add(best.get());
        }
        return found.get(0).fact().id().equals(found.get(1).fact().id()) ? null : found;
    }

    /** The Russian word for years after a count: 1 год, 3 года, 5 лет, 11 лет, 21 год. */
    static String russianYears(int n) {
        int tens = n % 100;
        int ones = n % 10;
        return tens >= 11 && tens <= 14 ? "лет" : ones == 1 ? "год" : ones >= 2 && ones <= 4 ? "года" : "лет";
    }

    /**
     * The facts retrieved for an event told in a few words ("the Vladivostok summit") that may date it: among the first
     * above the threshold, those with a date that name all the event names.
     */
    private java.util.stream.Stream<ScoredFact> datedFacts(String event, List<ScoredFact> retrieved, Lang lang) {
        List<Entity> named = aliases.expand(event).entities();
        List<ScoredFact> dated = retrieved.stream().filter(c -> c.score() >= settings.minScore(lang)).limit(OPTION_CANDIDATES)
                .filter(c -> c.fact().date().isPresent() && named.stream().allMatch(e -> c.fact().entities().contains(e.id()))).toList();
        // an option naming a plan or programme alone ("the 8-point plan") is the event its card dates (its proposal in
        // 2016), not a later report on it: a fact of that year first
        Optional<Integer> carded = named.size() == 1 && onlyNames(event, lang) ? named.get(0).card().yearOf(false) : Optional.empty();
        return carded.map(year -> java.util.stream.Stream.concat(dated.stream().filter(c -> c.fact().date().get().year() == year),
                dated.stream().filter(c -> c.fact().date().get().year() != year))).orElse(dated.stream());
    }

    /** Whether the words of an event are its name alone, with no words of an act ("the 8-point plan", not "Abe's plan's results"). */
    private boolean onlyNames(String event, Lang lang) {
        org.rujp.bot.answer.analysis.LexiconRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
        String unnamed = event;
        for (org.rujp.bot.retrieval.AliasExpander.Mention m : aliases.mentions(event)) {
            unnamed = unnamed.replace(event.substring(m.start(), m.end()), " ");
        }
        return rules.contentTerms(rules.terms(unnamed)).isEmpty();
    }

    /**
     * How many of the facts retrieved for an option of "which came first" may date it: the first dated one naming all
     * it names ("the Russian economy minister's talks with Seko in Tokyo" ranks the committees' meeting with Seko first).
     */
    private static final int OPTION_CANDIDATES = 5;

    /** The days of its month a fact's event falls on: its date's day, else those its text gives; null when none does. */
    private static int[] days(org.rujp.bot.knowledge.Fact fact, org.rujp.bot.knowledge.EventDate date) {
        return date.day() > 0 ? new int[] {date.day(), date.day()} : MonthParts.days(fact, date.month()).orElse(null);
    }

    /** Whether one date is surely before another: by year, or by month or day where both give them. */
    private static boolean before(org.rujp.bot.knowledge.EventDate a, org.rujp.bot.knowledge.EventDate b) {
        if (a.year() != b.year()) {
            return a.year() > 0 && b.year() > 0 && a.year() < b.year();
        }
        if (a.month() == 0 || b.month() == 0 || a.month() != b.month()) {
            return a.month() > 0 && b.month() > 0 && a.month() < b.month();
        }
        return a.day() > 0 && b.day() > 0 && a.day() < b.day();
    }

    /**
     * How close to the joined question's best score a follow-up's own best must come for what it names on its own to
     * rank first (the joined question's facts then count at this share of their scores).
     */
    private static final double OWN_SHARE = 0.8;
    /** The share of its score a candidate of another year than the answer a follow-up refers back to keeps. */
    private static final double OTHER_TIME_SHARE = 0.8;

    /**
     * A follow-up referring back ("and at what meeting was that discussed?" after the extension of 2021) asks of the time
     * of the answer it follows: a candidate dated in a year none of that answer's dated facts is of ranks lower (its
     * score a share less), when some candidate is of such a year. The same candidates otherwise.
     */
    private List<ScoredFact> ofTheTimeAnswered(List<ScoredFact> retrieved, Optional<Question.Context> context) {
        java.util.Set<Integer> years = context.map(Question.Context::factIds).orElse(List.of()).stream().map(kb::fact).flatMap(Optional::stream)
                .flatMap(f -> f.date().filter(org.rujp.bot.knowledge.EventDate::hasYear).stream())
                .map(org.rujp.bot.knowledge.EventDate::year).collect(java.util.stream.Collectors.toSet());
        java.util.function.Predicate<ScoredFact> otherYear = c -> c.fact().date().filter(org.rujp.bot.knowledge.EventDate::hasYear)
                .filter(d -> !years.contains(d.year())).isPresent();
        return years.isEmpty() ? retrieved : lowered(retrieved, otherYear, OTHER_TIME_SHARE);
    }

    /** The candidates with those picked a share lower and ranked anew, when not all are picked; the same ones otherwise. */
    private List<ScoredFact> lowered(List<ScoredFact> retrieved, java.util.function.Predicate<ScoredFact> picked, double share) {
        if (retrieved.stream().allMatch(picked)) {
            return retrieved;
        }
        return best(retrieved.stream().map(c -> picked.test(c) ? new ScoredFact(c.fact(), c.score() * share, c.rank()) : c).toList(),
                List.of(), settings.candidates());
    }

    /** The share of its score a candidate telling of an extension keeps for a question that speaks of none. */
    private static final double EXTENSION_SHARE = 0.8;

    /**
     * A question of a time speaking of no extension ("When was the interregional year agreed?") asks of the thing
     * itself: a candidate telling of its extension ("The extension … was discussed on 22 November 2021") ranks lower, its score a
     * share less, when some candidate tells of none.
     */
    private List<ScoredFact> notOfAnExtension(List<ScoredFact> retrieved, org.rujp.bot.answer.analysis.LanguageRules rules) {
        java.util.function.Predicate<ScoredFact> extension = c -> rules.speaksOfExtension(rules.terms(c.fact().text(rules.lang())));
        return retrieved.stream().noneMatch(extension) ? retrieved : lowered(retrieved, extension, EXTENSION_SHARE);
    }

    /**
     * A question asking who told of an extension ("Which agency was Russkiy Mir quoting when it reported the year would
     * be prolonged?", "延長のニュース…元の通信社は") asks of the extension: a candidate telling of none ranks lower, its
     * score a share less, when some candidate tells of one.
     */
    private List<ScoredFact> ofAnExtension(List<ScoredFact> retrieved, org.rujp.bot.answer.analysis.LanguageRules rules) {
        java.util.function.Predicate<ScoredFact> extension = c -> rules.speaksOfExtension(rules.terms(c.fact().text(rules.lang())));
        return retrieved.stream().noneMatch(extension) ? retrieved : lowered(retrieved, extension.negate(), EXTENSION_SHARE);
    }

    /** How close to the best score a candidate stating a word a follow-up adds ranks first. */
    private static final double OWN_WORDS_SHARE = 0.7;

    /**
     * A follow-up referring back that asks no value and has no question word, whether something is so ("原子力もそれに
     * 入ってるの？" after the plan's year, not "what would his fund's partners be putting money into?"): the words it adds
     * to the question before ("原子力") are what it asks of, so a close candidate stating one the best does not state
     * ranks first. The same candidates otherwise.
     */
    private static List<ScoredFact> withItsOwnWords(List<ScoredFact> retrieved, String text, Question question,
                                                    org.rujp.bot.answer.analysis.LanguageRules rules) {
        java.util.Set<String> before = new java.util.HashSet<>(rules.terms(question.context().map(Question.Context::resolvedQuestion).orElse("")));
        List<String> own = rules.contentTerms(rules.terms(text)).stream()
                .filter(t -> !before.contains(t) && !rules.refersBack(List.of(t))).distinct().toList();
        if (own.isEmpty() || retrieved.isEmpty()) {
            return retrieved;
        }
        java.util.function.Function<ScoredFact, java.util.Set<String>> words = c -> new java.util.HashSet<>(rules.terms(c.fact().text(rules.lang())));
        java.util.Set<String> byTheBest = words.apply(retrieved.get(0));
        List<String> unstated = own.stream().filter(t -> !byTheBest.contains(t)).toList(); // "原子力", not "入る" ("段階に入った")
        if (unstated.isEmpty()) {
            return retrieved;
        }
        double best = retrieved.get(0).score();
        return retrieved.stream().filter(c -> c.score() >= best * OWN_WORDS_SHARE && unstated.stream().anyMatch(words.apply(c)::contains))
                .findFirst().map(c -> first(c.fact(), retrieved)).orElse(retrieved);
    }

    /** How close to the best score a later (or earlier) candidate ranks first for a follow-up asking of the next (previous) event. */
    private static final double LATER_SHARE = 0.8;

    /**
     * A follow-up asking of the next event ("And where was their next meeting planned?" after the talks of November 2017)
     * asks of a time after the fact answered, one asking of the event before ("они ведь до этого уже встречались — где?"
     * after the talks planned for spring 2018) of a time before it: the best candidate dated so ranks first, at the best
     * score, when it scores at least a share of the best candidate's besides the fact answered. The same candidates
     * otherwise.
     */
    private List<ScoredFact> besideTheAnswered(List<ScoredFact> retrieved, Question question, boolean after) {
        Optional<org.rujp.bot.knowledge.Fact> fact = factAnswered(question);
        Optional<org.rujp.bot.knowledge.EventDate> answered = fact.flatMap(org.rujp.bot.knowledge.Fact::date)
                .filter(org.rujp.bot.knowledge.EventDate::hasYear);
        if (answered.isEmpty() || retrieved.isEmpty()) {
            return retrieved;
        }
        // (the fact answered, which the question before brings up first, is no other event to measure by)
        String answeredId = fact.get().id();
        double best = retrieved.stream().filter(c -> !c.fact().id().equals(answeredId)).mapToDouble(ScoredFact::score).max().orElse(0);
        Optional<ScoredFact> beside = retrieved.stream().filter(c -> c.score() >= best * LATER_SHARE)
                .filter(c -> c.fact().date().filter(org.rujp.bot.knowledge.EventDate::hasYear)
                        .filter(d -> (after ? d.earliest().isAfter(answered.get().earliest()) : d.earliest().isBefore(answered.get().earliest()))
                                && !d.narrows(answered.get()) && !answered.get().narrows(d)).isPresent())
                .findFirst();
        return beside.map(c -> first(c.fact(), retrieved)).orElse(retrieved);
    }

    /** Whether a follow-up counts something the question before it did not name ("а сколько рабочих групп …"). */
    private static boolean countsAnew(InformationNeed need, Question question, org.rujp.bot.answer.analysis.LexiconRules rules) {
        if (need.type() != AnswerType.NUMBER || need.counted().isEmpty() || question.context().isEmpty()) {
            return false;
        }
        java.util.Set<String> before = new java.util.HashSet<>(rules.terms(question.context().get().resolvedQuestion()));
        List<String> counted = rules.contentTerms(need.counted());
        return !counted.isEmpty() && counted.stream().noneMatch(before::contains);
    }

    /**
     * Whether a follow-up names a subject of its own: two content words or more that the question it follows lacks
     * ("And the region for the railway joint venture?", not "а в каком году?").
     */
    private static boolean namesOwnSubject(String text, Question question, org.rujp.bot.answer.analysis.LexiconRules rules) {
        java.util.Set<String> before = new java.util.HashSet<>(rules.terms(question.context().map(Question.Context::resolvedQuestion).orElse("")));
        // (a side named is the other half of the same subject: "а с японской стороны кто пел?")
        return rules.contentTerms(rules.terms(text)).stream().filter(t -> !before.contains(t))
                .filter(t -> !rules.side(t) && rules.nationalities(List.of(t)).isEmpty()).distinct().count() >= 2;
    }

    /** Two rankings as one: each fact at the better of its scores, best first, ranked anew. */
    static List<ScoredFact> best(List<ScoredFact> one, List<ScoredFact> other, int limit) {
        java.util.Map<String, ScoredFact> byFact = new java.util.LinkedHashMap<>();
        for (ScoredFact candidate : java.util.stream.Stream.concat(one.stream(), other.stream()).toList()) {
            byFact.merge(candidate.fact().id(), candidate, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<ScoredFact> sorted = byFact.values().stream()
                .sorted(java.util.Comparator.comparingDouble(ScoredFact::score).reversed()).limit(limit).toList();
        List<ScoredFact> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(new ScoredFact(sorted.get(i).fact(), sorted.get(i).score(), i + 1));
        }
        return ranked;
    }

    /**
     * A value given to be checked and not what the articles say ("were the talks held in Tokyo? need the city
     * confirmed"): the question read without it answers, as a correction of it.
     */
    private Optional<Decision> corrected(InformationNeed need, String asked, boolean confirming, Resolver.Resolution resolution,
                                         List<ScoredFact> retrieved, Lang lang) {
        return correctedBy(Claims.in(asked, need, confirming), resolution, retrieved, lang);
    }

    /** The first of the claims the facts correct, as its correction. */
    private Optional<Decision> correctedBy(List<Claims> claims, Resolver.Resolution resolution, List<ScoredFact> retrieved, Lang lang) {
        for (Claims claim : claims) {
            InformationNeed without = analyser.analyse(claim.without(), lang).asking(claim.asked(), claim.granularity());
            if (without.refersBack()) {
                without = without.withEntities(resolution.context());
            }
            Optional<Decision> corrected = decider.corrected(without, claim.without(), claim.claimed(), retrieved);
            if (corrected.isPresent()) {
                return corrected;
            }
        }
        return Optional.empty();
    }

    /**
     * "Was the Putin-Abe meeting held in Sochi?": a place the knowledge does not know, given as the venue of what is
     * asked to be confirmed, is corrected by the place the facts give for the rest of the question.
     */
    private Optional<Decision> venueCorrected(InformationNeed need, String asked, boolean confirming, Decision.Declined declined,
                                              List<ScoredFact> retrieved, Lang lang) {
        org.rujp.bot.answer.analysis.LanguageRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
        // a yes-or-no question: asked so, or with no question word at all ("Встреча прошла в Сочи?", "ソチで行われた？")
        boolean yesOrNo = confirming || need.type() == AnswerType.YES_NO
                || need.type() == AnswerType.FACT && rules.frames(rules.terms(asked)).isEmpty();
        // of one event, which the question dates ("Did Putin meet Abe in Khabarovsk?" may ask of a meeting the articles
        // do not tell of)
        boolean event = need.year().isPresent();
        if (!(declined.reason() instanceof RefusalReason.UnknownName unknown) || !yesOrNo || !event) {
            return Optional.empty();
        }
        return Claims.unknownVenue(asked, unknown.name()).flatMap(claim -> decider.corrected(
                analyser.analyse(claim.without(), lang).asking(AnswerType.PLACE, Optional.empty()), claim.without(), claim.claimed(), retrieved));
    }

    /**
     * "…and was any other Russian minister in on those talks?", "а кто ещё из наших министров …": the person or body the
     * last answer led with, when one is asked besides them; they are then named as given, never the answer again.
     */
    private Optional<Entity> besidesTheOneAnswered(InformationNeed need, Question question, String asked,
                                                   org.rujp.bot.answer.analysis.LanguageRules rules) {
        boolean asksName = need.type() == AnswerType.PERSON || need.type() == AnswerType.ORGANISATION;
        if (!asksName || question.context().isEmpty() || !rules.asksOthers(rules.terms(asked))) {
            return Optional.empty();
        }
        org.rujp.bot.knowledge.Entity.Kind kind = need.type() == AnswerType.PERSON
                ? org.rujp.bot.knowledge.Entity.Kind.PERSON : org.rujp.bot.knowledge.Entity.Kind.ORGANISATION;
        return aliases.expand(question.context().get().lead()).entities().stream()
                .filter(e -> e.kind() == kind).findFirst();
    }

    /**
     * "…anything for fisheries among the island areas?" — "aquaculture…" — "what are the other areas?": a follow-up
     * asking for the rest of what the last answer's first fact lists, naming nothing of its own, is answered by that
     * fact again, whatever else its words find.
     */
    private List<ScoredFact> restOfTheListAnswered(InformationNeed need, Question question, String asked,
                                                   org.rujp.bot.answer.analysis.LanguageRules rules, List<ScoredFact> retrieved) {
        if (retrieved.isEmpty() || need.type() != AnswerType.FACT && need.type() != AnswerType.LIST || !rules.asksOthers(rules.terms(asked))
                || !aliases.expand(asked).entities().isEmpty()) {
            return retrieved;
        }
        Optional<org.rujp.bot.knowledge.Fact> listed = factAnswered(question).filter(f -> NeedDecider.enumerates(f, need.lang()));
        return listed.map(f -> first(f, retrieved)).orElse(retrieved);
    }

    /**
     * "На Курилах сколько направлений одобрили?" — "5." — "а какие?": a follow-up of a few words asking which ones after
     * an answer led by a count asks for the things counted. The best candidate (the follow-up is retrieved with the
     * question before) whose text lists them and that is about what the fact answered is about; none when no candidate
     * lists anything or the answer before gave no count.
     */
    private Optional<ScoredFact> whichOnesCounted(InformationNeed need, Question question, List<String> terms,
                                                  org.rujp.bot.answer.analysis.LanguageRules rules, List<ScoredFact> retrieved) {
        if (question.context().isEmpty() || !question.context().get().lead().matches("(?s).*\\d.*") || terms.size() > WHICH_ONES_WORDS
                || !rules.asksWhichOnes(terms)) {
            return Optional.empty();
        }
        Optional<String> topic = factAnswered(question).flatMap(f -> f.slots().topic());
        return retrieved.stream().filter(c -> NeedDecider.enumerates(c.fact(), need.lang()))
                .filter(c -> topic.isEmpty() || c.fact().slots().topic().equals(topic) || c.fact().entities().contains(topic.get()))
                .findFirst();
    }

    /** The most words of a follow-up asking which ones: "а какие именно?", "what are they?". */
    private static final int WHICH_ONES_WORDS = 4;

    /**
     * "а кто об этом сообщил?", "who reported that?", "who said so?", "その数字を出したのは誰？" after an answer: its first
     * fact, whose speaker told it, or, when no one is said to have said it (the extension, agreed by two countries), its
     * reporter. Retrieved anew, the question would find a fact of the words of the question before, which may tell a
     * story of its asker's ("I work at a fishery in Hokkaido…").
     */
    private Optional<org.rujp.bot.knowledge.Fact> toldBefore(InformationNeed need, Question question, String asked,
                                                             org.rujp.bot.answer.analysis.LanguageRules rules) {
        if (need.type() != AnswerType.PERSON || !need.refersBack() || need.part().filter(p -> p == Slots.Actor.Part.SPEAKER).isEmpty()
                || !aliases.expand(asked).entities().isEmpty()
                // its verb alone, and what was said: "who at the MFA announced it" asks of someone the ministry has
                || !atMostOneWord(rules.terms(asked).stream().filter(t -> !rules.namesWhatWasSaid(t)).toList(), rules)) {
            return Optional.empty();
        }
        return factAnswered(question).filter(f -> !f.slots().actors(Slots.Actor.Part.SPEAKER).isEmpty()
                || !f.slots().actors(Slots.Actor.Part.REPORTER).isEmpty());
    }

    /**
     * "so not Vladivostok?", "Точно в Москве, не в Токио?", "じゃあ東京ではなかったの？" after a place or a person answered: a
     * follow-up of a few words asking no value of its own, naming one of the kind answered, checks that answer. The fact
     * answered settles it: its value, said as correcting the name given when that is another.
     */
    private Optional<Recheck> recheck(InformationNeed need, Question question, String asked, List<String> terms,
                                      org.rujp.bot.answer.analysis.LanguageRules rules, List<ScoredFact> retrieved, Lang lang) {
        List<Entity> names = aliases.expand(asked).entities(); // as written: "so it was Osaka?" names Osaka, whatever "it" is
        Optional<org.rujp.bot.knowledge.Fact> answered = factAnswered(question);
        if (answered.isEmpty() || question.context().get().lead().isBlank() || names.isEmpty() || need.multiPart() || need.type().wantsValue()
                || rules.contentTerms(terms).size() > RECHECK_WORDS
                || !rules.frames(terms).isEmpty()) { // "so what's going to the Moscow Region?" asks anew
            return Optional.empty();
        }
        InformationNeed before = analyser.analyse(question.context().get().resolvedQuestion(), lang);
        Entity.Kind kind = before.type() == AnswerType.PLACE ? Entity.Kind.PLACE : before.type() == AnswerType.PERSON ? Entity.Kind.PERSON : null;
        if (kind == null || before.multiPart() || names.stream().anyMatch(e -> e.kind() != kind)) {
            return Optional.empty();
        }
        // of two names ("точно в Москве, не в Токио?"), the one answered is confirmed; of others, the first is corrected
        String lead = question.context().get().lead().toLowerCase(java.util.Locale.ROOT);
        Entity named = names.stream().filter(e -> LeadExtractor.mentioned(e, lead)).findFirst().orElse(names.get(0));
        return decider.corrected(before, question.context().get().resolvedQuestion(), named.name(lang),
                referredBack(answered.get(), retrieved, lang)).map(decision -> new Recheck(before, decision));
    }

    /** A follow-up checking the answer before, decided as that answer's question: its need, and the fact settling it. */
    private record Recheck(InformationNeed before, Decision decision) {
    }

    /** The most content words of a follow-up checking the answer before: "so not Vladivostok then?". */
    private static final int RECHECK_WORDS = 4;

    /**
     * "and the source?", "А источник?", "出典は？": a follow-up asking nothing but the source of what was answered, its
     * words for a source alone (and those going on or referring back). The fact answered, whose reporter is the source.
     */
    private Optional<org.rujp.bot.knowledge.Fact> sourceOfTheAnswer(InformationNeed need, Question question, List<String> terms,
                                                                    org.rujp.bot.answer.analysis.LanguageRules rules) {
        // "Which agency did it come from?", "А где ты это прочитал?", "どこに載ってた情報ですか？": where the bot read it,
        // whatever type the words alone would ask (a place for "где"), with nothing asked besides, a doubt aside
        boolean asksWhereRead = rules.asksSource(terms) && question.context().isPresent();
        boolean reporterAsked = need.type() == AnswerType.FACT && need.part().filter(p -> p == Slots.Actor.Part.REPORTER).isPresent();
        // (what "it" refers to is the answer before, no subject of its own)
        if (!asksWhereRead && !reporterAsked || !need.entities().isEmpty() && !(asksWhereRead && need.refersBack())
                || rules.contentTerms(terms).stream().anyMatch(t -> !rules.refersBack(List.of(t))
                        && !rules.mentions(List.of(t), Slots.Actor.Part.REPORTER) && !rules.opensOrFills(t)
                        && !(asksWhereRead && (rules.sourceOrDoubt(t) || rules.namesWhatWasSaid(t))))) {
            return Optional.empty();
        }
        return factAnswered(question).filter(f -> !f.slots().actors(Slots.Actor.Part.REPORTER).isEmpty());
    }

    /** Whether a follow-up only doubts the answer before: "are you sure?", "ты уверен?", "本当に？", naming nothing. */
    private static boolean doubtsOnly(InformationNeed need, Question question, List<String> terms,
                                      org.rujp.bot.answer.analysis.LanguageRules rules) {
        return question.context().isPresent() && need.entities().isEmpty() && rules.doubtsTheAnswer(terms)
                && rules.contentTerms(terms).stream().allMatch(t -> rules.sourceOrDoubt(t) || rules.doubtsTheAnswer(List.of(t))
                        || rules.refersBack(List.of(t)) || rules.opensOrFills(t));
    }

    /**
     * "Кто сообщил о продлении года обменов?", "who announced the extension?": a question asking who told of an
     * extension, naming no person, whose best fact of an extension no one in it is said to have said, but a medium
     * reported. Its reporter is the one asked for, not the speaker of another fact of the programme extended (Putin
     * announcing the year in 2019). Of other events, a fact someone said may rank below one no one said, and is kept.
     */
    private static Optional<org.rujp.bot.knowledge.Fact> reportedOnly(InformationNeed need, List<String> terms,
                                                                      org.rujp.bot.answer.analysis.LanguageRules rules, List<ScoredFact> retrieved) {
        if (need.type() != AnswerType.PERSON || need.refersBack() || need.multiPart()
                || need.part().filter(p -> p == Slots.Actor.Part.SPEAKER).isEmpty()
                || need.entities().stream().anyMatch(e -> e.kind() == Entity.Kind.PERSON) || !rules.speaksOfExtension(terms)) {
            return Optional.empty();
        }
        // the best fact of the extension: a fact of the programme it extends, said by someone, is of another event
        return retrieved.stream().map(ScoredFact::fact)
                .filter(f -> rules.speaksOfExtension(rules.terms(f.text(rules.lang()))))
                .findFirst()
                .filter(f -> f.slots().actors(Slots.Actor.Part.SPEAKER).isEmpty() && !f.slots().actors(Slots.Actor.Part.REPORTER).isEmpty());
    }

    /**
     * The fact just given, when a follow-up asks a value of it and nothing more: a question word and at most one word
     * besides, naming nothing but what it refers back to ("а когда?", "where?", "When was that?", "どこで言ったの？"),
     * asks of what was answered, and the fact answered holds a value of that kind (a date for when, a place for where, a
     * figure for how many); or, when it holds none, a fact telling of the same event that does.
     */
    private Optional<org.rujp.bot.knowledge.Fact> bareAsk(InformationNeed need, Question question, List<String> terms,
                                                          org.rujp.bot.answer.analysis.LanguageRules rules, boolean elliptical,
                                                          List<Entity> referredTo) {
        if (!elliptical && !need.refersBack() || !need.type().wantsValue() || need.multiPart() || !referredTo.containsAll(need.entities())
                || !atMostOneWord(terms, rules) && !(need.refersBack() && answeredAnOccasion(question))
                // "до этого — где?", "and the next one?": of another event than the one answered
                || FollowUpResolver.asksTheNext(question.text(), need.lang()) || FollowUpResolver.asksThePrevious(question.text(), need.lang())) {
            return Optional.empty();
        }
        Optional<org.rujp.bot.knowledge.Fact> answered = factAnswered(question);
        return answered.filter(f -> holdsA(need.type(), f)).or(() -> answered.flatMap(f -> ofTheSameEvent(f, need.type())));
    }

    /**
     * The one fact of the same event as the one given that holds a value of the kind: of its topic, with one of its
     * actors in the same part, a speaker or a reporter aside (words are no event) ("Abe's plan provides for…" gives no date; "Abe put the plan forward in
     * 2016" does), and for a time, dated by the event, not by someone else's words about it. None when such facts hold
     * different values.
     */
    private Optional<org.rujp.bot.knowledge.Fact> ofTheSameEvent(org.rujp.bot.knowledge.Fact given, AnswerType type) {
        if (given.slots().topic().isEmpty()) {
            return Optional.empty();
        }
        List<Slots.Actor> actors = given.slots().actors().stream()
                .filter(a -> a.part() != Slots.Actor.Part.REPORTER && a.part() != Slots.Actor.Part.SPEAKER).toList();
        List<org.rujp.bot.knowledge.Fact> same = kb.facts().stream()
                .filter(f -> !f.id().equals(given.id()) && f.slots().topic().equals(given.slots().topic()) && holdsA(type, f))
                .filter(f -> f.slots().actors().stream().anyMatch(actors::contains))
                // (the time of someone else's words about it is not the event's: "Oreshkin said the plan Abe proposed is
                // producing results", dated by his words)
                .filter(f -> !NeedDecider.TIMES.contains(type) || !datedByOthersWords(f, actors)).toList();
        java.util.Set<Object> values = same.stream().map(f -> valueOf(type, f)).collect(java.util.stream.Collectors.toSet());
        return values.size() == 1 ? same.stream().findFirst() : Optional.empty();
    }

    /** Whether a fact's date is that of the words of a speaker other than the actors: no date reported besides, or the same. */
    private static boolean datedByOthersWords(org.rujp.bot.knowledge.Fact fact, List<Slots.Actor> actors) {
        boolean othersWords = fact.slots().actors(Slots.Actor.Part.SPEAKER).stream().anyMatch(speaker -> actors.stream().noneMatch(a -> a.entity().equals(speaker)));
        return othersWords && fact.date().filter(d -> fact.slots().reported().filter(r -> !r.equals(d) && !r.narrows(d)).isEmpty()).isPresent();
    }

    /** The value of the kind a fact holds, as far as telling two facts' values apart. */
    private static Object valueOf(AnswerType type, org.rujp.bot.knowledge.Fact fact) {
        return switch (type) {
            case DATE, YEAR, MONTH, WEEKDAY -> fact.date().map(Object::toString).orElse("");
            case PLACE -> List.copyOf(fact.slots().places());
            case NUMBER, AMOUNT -> fact.slots().quantities().toString();
            default -> fact.id();
        };
    }

    /** Whether a fact holds a value of the kind: a date, a place, an actor, a figure. */
    private boolean holdsA(AnswerType type, org.rujp.bot.knowledge.Fact fact) {
        return switch (type) {
            case DATE, YEAR, MONTH, WEEKDAY -> fact.date().isPresent();
            case PLACE -> !fact.slots().places().isEmpty();
            case PERSON -> fact.slots().actors().stream().anyMatch(a -> kb.entity(a.entity()).filter(e -> e.kind() == Entity.Kind.PERSON).isPresent());
            case NUMBER, AMOUNT -> !fact.slots().quantities().isEmpty();
            default -> false;
        };
    }

    /**
     * A follow-up of a few words without a question word asks what the question before asked, of what it names instead:
     * "and in the cross year?" after "how many people came in 2020?" asks how many people came in the cross year, "а
     * участников?" after "сколько мероприятий…?" how many participants. It keeps its own names and year; a count counts
     * its own words when it has any, else what the question before counted.
     */
    private InformationNeed goesOnAsking(InformationNeed need, Question question, String asked, List<String> terms,
                                         org.rujp.bot.answer.analysis.LexiconRules rules, boolean followUp) {
        // (one naming a part asks for its holder: "а источник?" asks who reported it, not the count asked before)
        // "鉄道制御システムの合弁企業のほうは？": "…のほうは" says it goes on, whatever kind of thing it names
        boolean saysItGoesOn = need.lang() == Lang.JA && JAPANESE_GOING_ON.matcher(asked.strip()).find();
        if (!followUp || question.context().isEmpty() || need.type() != AnswerType.FACT && !saysItGoesOn || need.multiPart() || need.refersBack()
                || need.part().isPresent() && !saysItGoesOn
                || rules.asksYesOrNo(terms) || rules.asksWhy(terms) || !rules.frames(terms).isEmpty()
                || (need.lang() == Lang.JA ? asked.strip().length() > (saysItGoesOn ? GOING_ON_MARKED_CHARS : GOING_ON_CHARS)
                        : asked.strip().split("\\s+").length > GOING_ON_WORDS)) {
            return need;
        }
        InformationNeed before = analyser.analyse(question.context().get().resolvedQuestion(), need.lang());
        // (it puts a name or a year in place of the one before, or a thing counted in place of another: "中身は？" after
        // which business it was asks what it is, not which body again)
        boolean instead = !need.entities().isEmpty() || need.year().isPresent() || before.type() == AnswerType.NUMBER || saysItGoesOn;
        if (!before.type().wantsValue() || before.multiPart() || !instead) {
            return need;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        need.entities().forEach(e -> e.allNames().forEach(n -> named.addAll(rules.terms(n))));
        List<String> own = rules.contentTerms(terms).stream().filter(t -> !named.contains(t) && !t.chars().allMatch(Character::isDigit)).toList();
        List<String> counted = before.type() == AnswerType.NUMBER && !own.isEmpty() ? own : before.counted();
        return new InformationNeed(need.lang(), before.type(), List.of(), before.placeType(), need.attribute(), need.entities(),
                need.year(), before.part(), need.terms(), counted, List.of(), false, need.venues());
    }

    /** The most words of a follow-up going on with the question before: "and in the cross year?". */
    private static final int GOING_ON_WORDS = 5;
    /** The most characters of a Japanese one: "じゃあ日露交流年では？". */
    private static final int GOING_ON_CHARS = 14;
    /** The most characters of a Japanese one that says it goes on: "鉄道制御システムの合弁企業のほうは？". */
    private static final int GOING_ON_MARKED_CHARS = 30;
    /** The close of a Japanese question going on with the one before about something else: "…のほうは？", "…の方はどう？". */
    private static final java.util.regex.Pattern JAPANESE_GOING_ON = java.util.regex.Pattern.compile("の(?:ほう|方)(?:は|も)(?:どう(?:ですか)?)?[？?]?$");

    /**
     * The need without what only a sentence of the writer's own names: "I'm preparing a lesson on the 2018 cross years.
     * Who was the Russian foreign minister scheduled to meet Kono that spring?" asks of the meeting, and the cross years
     * are the lesson's topic, no premise the fact must speak of. Only when the asking sentence names something of its own
     * ("…Kono…"); "I'm reading about the cross years. When did they open?" asks of what the writer named.
     */
    private InformationNeed withoutWritersTopic(InformationNeed need, String asked, Lang lang, org.rujp.bot.answer.analysis.LexiconRules rules) {
        String asking = org.rujp.bot.answer.analysis.Sentences.asking(asked);
        int at = asked.lastIndexOf(asking);
        List<String> before = at <= 0 ? List.of() : rules.terms(asked.substring(0, at));
        if (asking.equals(asked.strip()) || at <= 0 || !rules.namesWriter(before) && !rules.tellsWritersPurpose(before)) {
            return need;
        }
        List<Entity> own = aliases.expand(asking).entities();
        if (own.isEmpty()) {
            return need;
        }
        List<String> topic = need.entities().stream().map(Entity::id).filter(id -> own.stream().noneMatch(o -> o.id().equals(id))).toList();
        return topic.isEmpty() ? need : need.withoutEntities(topic);
    }

    /** A question mark, Latin or Japanese. */
    private static final java.util.regex.Pattern FIRST_MARK = java.util.regex.Pattern.compile("[?？]");

    /**
     * The question without a person's name guessed after it: "who was the spokeswoman in the TASS piece? maria
     * zakharova?", "…報道官、名前なんでしたっけ？ザハロワ…？" ask for the person the writer half remembers, so the name is the
     * answer to check, not someone the question is about (whom the answer would leave out). Only a name alone after a
     * question asking for a person: "Who is Oreshkin? And Galushka?" asks twice.
     */
    private String withoutGuessedName(String text, Lang lang, org.rujp.bot.answer.analysis.LexiconRules rules) {
        java.util.regex.Matcher mark = FIRST_MARK.matcher(text);
        if (!mark.find() || text.substring(mark.end()).isBlank()) {
            return text;
        }
        String head = text.substring(0, mark.end());
        String tail = text.substring(mark.end());
        List<org.rujp.bot.retrieval.AliasExpander.Mention> names = aliases.mentions(tail);
        if (names.isEmpty() || names.stream().anyMatch(n -> n.entity().kind() != Entity.Kind.PERSON)) {
            return text;
        }
        StringBuilder rest = new StringBuilder(tail);
        names.stream().sorted(java.util.Comparator.comparingInt(org.rujp.bot.retrieval.AliasExpander.Mention::start).reversed())
                .forEach(n -> rest.replace(n.start(), n.end(), " "));
        List<String> left = rules.terms(rest.toString());
        // (nor a name and a question after it: "…Kano? Kono? Who exactly were they?")
        if (!rules.contentTerms(left).isEmpty() || !rules.frames(left).isEmpty() || rules.hasConjunction(left)
                || rest.chars().anyMatch(Character::isDigit)) {
            return text;
        }
        return analyser.analyse(head, lang).type() == AnswerType.PERSON ? head : text;
    }

    /** A number in a question, with its share sign or word when it has one; not one of a name ("G20"). */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "(?<![\\d.,\\p{IsLatin}])(\\d[\\d,.\\u00a0 ]*\\d|\\d)(\\s?(?:%|％|percent|per cent|процент|パーセント))?");

    /**
     * "Trade grew 15% in 2018?", "Товарооборот вырос на 15%?", "貿易額は2018年に15%増えた？": a statement with a
     * figure other than a year, asked with a question mark and no question word, gives the figure to be confirmed.
     */
    private static boolean figureStated(String text, List<String> terms, org.rujp.bot.answer.analysis.LexiconRules rules) {
        String q = text.strip();
        if (!(q.endsWith("?") || q.endsWith("？")) || !rules.frames(terms).isEmpty()
                || q.matches("(?s).*(?:は|って|の|が)[？?]$")) { // "…牽引した品目は？" asks what the items were
            return false;
        }
        java.util.regex.Matcher m = FIGURE.matcher(org.rujp.bot.text.Widths.folded(q));
        while (m.find()) {
            String digits = m.group(1).replaceAll("[^\\d]", "");
            boolean year = m.group(2) == null && digits.length() == 4 && Integer.parseInt(digits) >= 1900 && Integer.parseInt(digits) <= 2100;
            if (!year && (m.group(2) != null || digits.length() > 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a question is a why and nothing else but words that go on or close it: "а почему так?", "why so?". */
    private static boolean bareWhy(List<String> terms, org.rujp.bot.answer.analysis.LexiconRules rules) {
        return rules.asksWhy(terms) && terms.size() <= BARE_WHY_WORDS;
    }

    /** The most words of a bare why: "а почему это так". */
    private static final int BARE_WHY_WORDS = 4;

    /** Whether a question has at most one content word besides those referring back: its verb alone ("who said it?"). */
    private static boolean atMostOneWord(List<String> terms, org.rujp.bot.answer.analysis.LanguageRules rules) {
        return rules.contentTerms(terms).stream().filter(t -> !rules.refersBack(List.of(t))).count() <= 1;
    }

    /**
     * The candidates with the fact a follow-up refers back to first, at the best one's score or at least the threshold:
     * the conversation, not the follow-up's few words, tells that it is the one asked of ("その数字を出したのは誰？").
     */
    private List<ScoredFact> referredBack(org.rujp.bot.knowledge.Fact fact, List<ScoredFact> retrieved, Lang lang) {
        List<ScoredFact> ranked = first(fact, retrieved);
        ScoredFact head = ranked.get(0);
        List<ScoredFact> floored = new java.util.ArrayList<>(ranked);
        floored.set(0, new ScoredFact(head.fact(), Math.max(head.score(), settings.minScore(lang)), head.rank()));
        return List.copyOf(floored);
    }

    /**
     * Whether the answer before led with the occasion of its first fact ("At a meeting of a subcommittee …"): "what date
     * was it held?" after it asks of that meeting, not of the programme discussed there.
     */
    private boolean answeredAnOccasion(Question question) {
        String lead = question.context().map(Question.Context::lead).orElse("").strip().replaceFirst("[.。]$", "");
        return !lead.isEmpty() && factAnswered(question).filter(f -> java.util.Arrays.stream(Lang.values())
                .anyMatch(l -> f.slots().occasion(l).filter(o -> o.equalsIgnoreCase(lead)).isPresent())).isPresent();
    }

    /** The first fact of the answer before, when the conversation had one. */
    private Optional<org.rujp.bot.knowledge.Fact> factAnswered(Question question) {
        return question.context().flatMap(c -> c.factIds().stream().findFirst()).flatMap(kb::fact);
    }

    /** The candidates with the fact first, at the best one's score. */
    private static List<ScoredFact> first(org.rujp.bot.knowledge.Fact fact, List<ScoredFact> retrieved) {
        double best = retrieved.isEmpty() ? 1.0 : retrieved.get(0).score();
        List<ScoredFact> ranked = new java.util.ArrayList<>(List.of(new ScoredFact(fact, best, 1)));
        retrieved.stream().filter(c -> !c.fact().id().equals(fact.id())).forEach(c -> ranked.add(new ScoredFact(c.fact(), c.score(), ranked.size() + 1)));
        return List.copyOf(ranked);
    }

    /**
     * The candidates where the entity takes part in the event: someone else there is told of beside the one answered
     * before (Seko's words about the coming Abe-Putin summit are no talks he took part in with them).
     */
    private static List<ScoredFact> takingPart(Entity entity, List<ScoredFact> retrieved) {
        return retrieved.stream().filter(c -> c.fact().slots().actors().stream().anyMatch(a -> a.entity().equals(entity.id())
                && a.takesPart())).toList();
    }

    /** The facts in which the person takes part in something with someone else: a meeting, talks. */
    private static List<ScoredFact> metSomeone(Entity person, List<ScoredFact> retrieved) {
        return takingPart(person, retrieved).stream().filter(c -> c.fact().slots().actors().stream()
                .anyMatch(a -> !a.entity().equals(person.id()) && a.takesPart()))
                .toList();
    }

    /**
     * What a follow-up refers back to. "その伸び率って誰の発言？", "who said that?" ask who said what was answered
     * before: a person of the previous answer is the one asked for, not what "その" refers to, unless a personal
     * pronoun refers to them ("what did he say?"). Any other question keeps them ("who else was there?").
     */
    private static List<Entity> referents(InformationNeed need, List<Entity> context,
                                                                 boolean personalPronoun, boolean asksRole) {
        if (need.type() == AnswerType.PERSON && asksRole) {
            // "И кто его гендиректор?", "そこのCEOは": the one holding a post of what was spoken of, not a person spoken of
            return context.stream().filter(e -> e.kind() != Entity.Kind.PERSON).toList();
        }
        boolean asksWhoSaidIt = need.part().filter(p -> p == Slots.Actor.Part.SPEAKER
                || p == Slots.Actor.Part.REPORTER).isPresent();
        if (need.type() != AnswerType.PERSON || !asksWhoSaidIt || personalPronoun) {
            return context;
        }
        return context.stream().filter(e -> e.kind() != Entity.Kind.PERSON).toList();
    }

    /** The question languages some facts lack while having English: ingested English articles. */
    private static java.util.Set<Lang> englishOnly(KnowledgeBase kb) {
        java.util.Set<Lang> englishOnly = java.util.EnumSet.noneOf(Lang.class);
        for (Lang lang : List.of(Lang.RU, Lang.JA)) {
            if (kb.facts().stream().anyMatch(f -> f.has(Lang.EN) && !f.has(lang))) {
                englishOnly.add(lang);
            }
        }
        return englishOnly;
    }

    /** An empty question, or one too long to be one question, is not retrieved. */
    private Answer unread(Question question, String text, Lang lang, RefusalReason why, StageTimer timer) {
        return composer.compose(question, text, InformationNeed.unread(lang), new Decision.Declined(why, Optional.empty()), List.of(), timer);
    }

    private static Optional<RefusalReason> unreadable(String text) {
        if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of(new RefusalReason.EmptyQuestion());
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            return Optional.of(new RefusalReason.TooLong(text.length()));
        }
        return Optional.empty();
    }
}
