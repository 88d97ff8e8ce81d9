package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rujp.bot.answer.analysis.AnswerType;
import org.rujp.bot.answer.analysis.InformationNeed;
import org.rujp.bot.answer.analysis.LanguageRules;
import org.rujp.bot.answer.analysis.LexiconRules;
import org.rujp.bot.config.AnswerSettings;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.EventDate;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.ScoredFact;

/**
 * The compose stage of the extractive answerer: the value of every part asked for first (read from the slots),
 * then the deciding fact and the close runners-up, each citing its article; a card's description with the
 * card's article; or a refusal in the question's language, saying what is known of an entity whose attribute
 * nobody states.
 */
final class SlotComposer implements Composer {
    private final KnowledgeBase kb;
    private final AnswerSettings settings;
    private final SlotLeads leads;
    private final java.util.function.Predicate<Lang> unreachable;
    private final CrossLanguageQuestions crossing;
    /** The facts another fact names as its reason ({@code because}). */
    private final java.util.Set<String> reasons;
    private final org.rujp.bot.retrieval.AliasExpander aliases;

    /**
     * @param unreachable the question languages that cannot reach some of the knowledge (English articles, when
     *                    the language's dictionary is not installed): their refusals say so
     */
    SlotComposer(KnowledgeBase kb, AnswerSettings settings, SlotLeads leads, java.util.function.Predicate<Lang> unreachable,
                 CrossLanguageQuestions crossing, org.rujp.bot.retrieval.AliasExpander aliases) {
        this.crossing = crossing;
        this.aliases = aliases;
        this.kb = kb;
        this.reasons = kb.facts().stream().flatMap(f -> f.slots().because().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.settings = settings;
        this.leads = leads;
        this.unreachable = unreachable;
    }

    @Override
    public Answer compose(Question question, String resolved, InformationNeed need, Decision decision, List<ScoredFact> retrieved,
                          StageTimer timer) {
        Lang lang = need.lang();
        if (decision instanceof Decision.FromFact f) {
            List<Statement> plain = statements(f.best(), retrieved, lang);
            List<String> readTerms = LexiconRules.of(lang).terms(resolved); // the question read, for its why and what for
            List<Statement> reasoned = withReasons(need, readTerms, f.best(), plain);
            List<Statement> found = withDetails(need, f.best(), reasoned);
            java.util.Map<Integer, Statement> complements = complements(need, question.text().strip(), found, retrieved);
            List<Statement> statements = new ArrayList<>(found);
            complements.values().stream().filter(c -> statements.stream().noneMatch(s -> s.fact().id().equals(c.fact().id())))
                    .distinct().forEach(statements::add);
            clauseComplement(need, question.text().strip(), statements, retrieved).ifPresent(statements::add);
            statements.addAll(figuresGiven(need, question.text(), statements, retrieved));
            if (asksStillSo(need, question.text())) { // refused whatever the lead would be
                return refused(question, resolved, lang, new Decision.Declined(new RefusalReason.StillUntold(statements.get(0).fact()),
                        Optional.empty()), retrieved, timer);
            }
            String lead = lead(need, question.text().strip(), statements, complements);
            if (!lead.isEmpty() && f.corrects().isEmpty()) {
                lead = withTheOthersOfTheEvent(need, question.text().strip(), readTerms, lead, statements);
            }
            boolean valueLead = !lead.isEmpty() && f.corrects().isEmpty() && need.type() != AnswerType.YES_NO;
            if (f.corrects().isPresent()) {
                Decision.Correction c = f.corrects().get();
                lead = org.rujp.bot.i18n.Messages.get(lang, "answer.corrects", lead.isEmpty() ? c.value() : lead, c.figure());
                if (LexiconRules.of(lang).asksVerdict(question.text())) { // "True or false: …": "False: 1 more year (not 2)"
                    lead = Messages.get(lang, "answer.verdict_false", lead);
                }
            } else if (lead.isEmpty()) {
                lead = confirmed(need, question.text(), readTerms, statements.get(0));
            }
            lead = asOf(need, resolved, lead, f.best().fact());
            // (a figure corrected or confirmed is no reason: "trade grew 27%, was that because of energy?" is not answered
            // by "17% (not 27%)")
            if (!valueLead && reasoned == plain && asksWhyUntold(need, readTerms, statements, f.corrects().isPresent())) {
                return refused(question, resolved, lang, new Decision.Declined(new RefusalReason.ReasonUntold(statements.get(0).fact()),
                        Optional.empty()), retrieved, timer);
            }
            timer.lap("compose");
            return new Answer.Answered(question.text(), resolved, lang, lead, statements, retrieved, ExtractiveAnswerer.NAME, timer.nanos());
        }
        if (decision instanceof Decision.FromRole r) {
            List<Statement> statements = statements(r.fact(), retrieved, lang);
            timer.lap("compose");
            return new Answer.Answered(question.text(), resolved, lang, asOf(need, resolved, SlotLeads.name(r.person(), lang), r.fact().fact()),
                    statements, retrieved, ExtractiveAnswerer.NAME, timer.nanos());
        }
        if (decision instanceof Decision.Dateline d) {
            List<Statement> statements = statements(d.fact(), retrieved, lang);
            timer.lap("compose");
            return new Answer.Answered(question.text(), resolved, lang, dateline(d, lang), statements, retrieved, ExtractiveAnswerer.NAME,
                    timer.nanos());
        }
        if (decision instanceof Decision.HeldSpan h) {
            List<Statement> statements = statements(h.fact(), retrieved, lang);
            timer.lap("compose");
            org.rujp.bot.knowledge.EntityCard.Held held = h.programme().card().held().orElseThrow();
            String span = h.firstYearOnly() ? Messages.date(new EventDate(held.from(), 0, 0), lang) : Messages.get(lang, "answer.span", held.from(), held.to());
            return new Answer.Answered(question.text(), resolved, lang, span, statements,
                    retrieved, ExtractiveAnswerer.NAME, timer.nanos());
        }
        if (decision instanceof Decision.Contradicted c) {
            Fact said = c.fact().fact(); // that fact alone: the ones near it contradict nothing
            List<Statement> statements = List.of(new Statement(said, said.text(CrossLanguageQuestions.readingLang(said, lang)),
                    kb.sourceOf(said), c.fact().score()));
            timer.lap("compose");
            return new Answer.Answered(question.text(), resolved, lang, Messages.get(lang, "answer.verdict_false_alone"), statements, retrieved,
                    ExtractiveAnswerer.NAME, timer.nanos());
        }
        if (decision instanceof Decision.OfficialName o) {
            Fact card = cardFact(o.entity());
            timer.lap("compose");
            return new Answer.Answered(question.text(), resolved, lang, o.entity().name(lang),
                    List.of(new Statement(card, card.text(lang), kb.sourceOf(card), 1.0)), retrieved, ExtractiveAnswerer.NAME, timer.nanos());
        }
        if (decision instanceof Decision.Compared c) {
            List<Statement> statements = List.of(
                    new Statement(c.larger().fact(), c.larger().fact().text(lang), kb.sourceOf(c.larger().fact()), c.larger().score()),
                    new Statement(c.smaller().fact(), c.smaller().fact().text(lang), kb.sourceOf(c.smaller().fact()), c.smaller().score()));
            String lead = Messages.get(lang, "answer.compared", c.largerFigure().value(lang), c.smallerFigure().value(lang),
                    c.difference());
            timer.lap("compose");
            return new Answer.Answered(question.text(), resolved, lang, lead, statements, retrieved, ExtractiveAnswerer.NAME, timer.nanos());
        }
        if (decision instanceof Decision.FromCard c) {
            Fact card = cardFact(c.entity());
            List<Statement> statements = List.of(new Statement(card, card.text(lang), kb.sourceOf(card), 1.0));
            timer.lap("compose");
            String lead = bodyServed(need, question.text(), c.entity());
            lead = lead.isEmpty() ? post(need, c.entity()) : lead;
            return new Answer.Answered(question.text(), resolved, lang, lead.isEmpty() ? unnamedPerson(question.text(), c.entity(), lang) : lead,
                    statements, retrieved,
                    ExtractiveAnswerer.NAME, timer.nanos());
        }
        return refused(question, resolved, lang, (Decision.Declined) decision, retrieved, timer);
    }

    /**
     * The place and the day of a report's dateline, as asked: the place by the name of the knowledge's place it is
     * ("MOSCOW": Москва, モスクワ), else as the page prints it.
     */
    private String dateline(Decision.Dateline d, Lang lang) {
        org.rujp.bot.knowledge.Source source = kb.sourceOf(d.fact().fact());
        List<String> parts = new ArrayList<>();
        if (d.place()) {
            parts.add(kb.entities().stream().filter(e -> e.kind() == Entity.Kind.PLACE)
                    .filter(e -> e.names().getOrDefault(Lang.EN, List.of()).stream().anyMatch(n -> n.equalsIgnoreCase(source.place())))
                    .findFirst().map(e -> e.name(lang)).orElse(source.place()));
        }
        if (d.date()) {
            java.time.LocalDate day = source.published();
            parts.add(Messages.date(new EventDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), lang));
        }
        return String.join(lang == Lang.JA ? "、" : ", ", parts);
    }

    /** The refusal of a declined question: its reason for the logs, and the message that says what is known instead. */
    private Answer.Refused refused(Question question, String resolved, Lang lang, Decision.Declined declined, List<ScoredFact> retrieved,
                                   StageTimer timer) {
        String message = message(declined, lang, retrieved);
        timer.lap("compose");
        return new Answer.Refused(question.text(), resolved, lang, declined.reason().describe(), message, Messages.list(lang, "suggest"),
                retrieved, ExtractiveAnswerer.NAME, timer.nanos());
    }

    /**
     * "Which ministry does Zakharova speak for?", "Какое ведомство представляет Захарова?": a post asked by the body it
     * is of leads with that body, as the card's first position gives it (the Russian Foreign Ministry); nothing when no
     * body is asked, or the position is of a country.
     */
    private String bodyServed(InformationNeed need, String question, Entity person) {
        org.rujp.bot.answer.analysis.LanguageRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(need.lang());
        if (need.attribute().filter("position"::equals).isEmpty() || person.kind() != Entity.Kind.PERSON
                || rules.frames(rules.terms(question)).stream().noneMatch(f -> f.type() == org.rujp.bot.answer.analysis.AnswerType.ORGANISATION)) {
            return "";
        }
        return person.card().positions().stream().flatMap(p -> p.of().stream()).flatMap(id -> kb.entity(id).stream())
                .filter(e -> e.kind() == Entity.Kind.ORGANISATION).findFirst().map(e -> e.name(need.lang())).orElse("");
    }

    /**
     * "Kono Taro - post in Jan 2018?", "Носков — должность?": a person's post asked leads with their name and the post
     * as the articles give it, as of the date of the article giving it (of the year asked, when one gives it then);
     * nothing when no post is asked or the card gives none.
     */
    private String post(InformationNeed need, Entity person) {
        Optional<String> post = person.card().post(need.lang());
        if (need.attribute().filter("position"::equals).isEmpty() || person.kind() != Entity.Kind.PERSON || post.isEmpty()) {
            return "";
        }
        List<EventDate> dates = person.card().positions().stream().flatMap(p -> p.asOf().stream()).distinct().toList();
        String named = Messages.get(need.lang(), "answer.post", person.name(need.lang()), post.get());
        return dates.stream().filter(d -> need.year().filter(y -> y == d.year()).isPresent()).findFirst()
                .or(() -> dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)))
                .map(d -> Messages.get(need.lang(), "answer.post_as_of", named, Messages.date(d, need.lang()))).orElse(named);
    }

    /**
     * "Who gave that figure, and what post did he hold?": a person described whom the question asks for without naming
     * them, referring back, leads with their name, which the card's description does not give; nothing when it names
     * them or asks no "who".
     */
    private String unnamedPerson(String question, Entity entity, Lang lang) {
        if (entity.kind() != Entity.Kind.PERSON || aliases.mentions(question).stream().anyMatch(m -> m.entity().id().equals(entity.id()))) {
            return "";
        }
        LanguageRules rules = LexiconRules.of(lang); // asked who: "what is her job?" asks the post alone
        return rules.frames(rules.terms(question)).stream().anyMatch(f -> f.type() == AnswerType.PERSON) ? entity.name(lang) : "";
    }

    /**
     * A person or body asked of the present ("who is the current prime minister?") is led as of the date of the fact
     * naming them: the articles tell who held a post then, not who holds it now.
     */
    private String asOf(InformationNeed need, String read, String lead, Fact fact) {
        org.rujp.bot.answer.analysis.LexiconRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(need.lang());
        if (lead.isBlank() || need.type() != org.rujp.bot.answer.analysis.AnswerType.PERSON && need.type() != org.rujp.bot.answer.analysis.AnswerType.ORGANISATION
                || !rules.asksNow(rules.terms(read))) { // as read: "the curent pm" asks of the present
            return lead;
        }
        return Messages.get(need.lang(), "answer.as_of", Messages.date(asOfDate(fact), need.lang()), lead);
    }

    /** The date a fact tells of things as of: when it was reported, else its event's, else its article's. */
    private EventDate asOfDate(Fact fact) {
        java.time.LocalDate published = kb.sourceOf(fact).published(); // a fact dating nothing is as of its article
        return fact.slots().reported().or(fact::date)
                .orElse(new EventDate(published.getYear(), published.getMonthValue(), published.getDayOfMonth()));
    }

    /**
     * Whether a yes-or-no question asks whether something is still so ("Is Seko still in charge?", "今も世耕さんが担当？"):
     * the articles cannot tell. Not when it names a time of its own ("was it still running in June 2019?").
     */
    private static boolean asksStillSo(InformationNeed need, String question) {
        org.rujp.bot.answer.analysis.LexiconRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(need.lang());
        // (nor as of a report: "Is it still running as of the latest report?" asks what the articles tell)
        List<String> terms = rules.terms(question); // "ещё идёт сейчас?", "is it running today?": so now, as still so
        return NeedDecider.asksYesOrNo(need, question) && (rules.asksStill(terms) || rules.asksNow(terms))
                && !rules.speaksOfReport(rules.terms(org.rujp.bot.answer.analysis.Sentences.asking(question)))
                && need.year().isEmpty() && !Months.namesATime(question);
    }

    /**
     * "Why was the exchange year extended?" answered by facts that give no reason or aim (none named as its reason, no
     * "because", "по итогам", "ため" in their texts): the articles do not say why, so the bot does not know, and says
     * what they do say.
     */
    private boolean asksWhyUntold(InformationNeed need, List<String> readTerms, List<Statement> statements, boolean corrected) {
        return (need.type() == AnswerType.FACT || need.type() == AnswerType.YES_NO || corrected) && !need.multiPart() && LexiconRules.of(need.lang()).asksWhy(readTerms)
                && statements.stream().noneMatch(s -> givesReason(s.fact()));
    }

    /**
     * A fact gives a reason when one of its texts says so ("because Osaka is the sister city of his home city", though
     * its Japanese reads only "姉妹都市である大阪で"), or when another fact names it as its reason.
     */
    private boolean givesReason(Fact fact) {
        return fact.texts().entrySet().stream().anyMatch(t -> {
            LanguageRules rules = LexiconRules.of(t.getKey());
            return rules.givesReason(rules.terms(t.getValue()));
        }) || reasons.contains(fact.id());
    }

    /**
     * A question asking why ("why did Zakharova call 2018 special?") is answered first by the facts the article gives as
     * the reason of those found (their {@code because} slot), each citing its article, then by what was found; asking
     * what a programme is for ("зачем придумали Год обменов", "交流年は何のため"), first by the facts its card gives as
     * its purpose.
     */
    private List<Statement> withReasons(InformationNeed need, List<String> terms, ScoredFact best, List<Statement> found) {
        LanguageRules rules = LexiconRules.of(need.lang());
        // what a programme the question names is for (its card's purpose), or the programme the best fact is about
        List<Entity> asked = need.entities().stream().filter(e -> !e.card().purpose().isEmpty()).toList();
        List<String> purposes = !rules.asksPurpose(terms) ? List.of()
                : (asked.isEmpty() ? best.fact().slots().topic().flatMap(kb::entity).stream().toList() : asked).stream()
                        .flatMap(e -> e.card().purpose().stream()).toList();
        List<String> because = rules.asksWhy(terms) ? found.stream().flatMap(s -> s.fact().slots().because().stream()).toList() : List.of();
        List<String> reasons = java.util.stream.Stream.concat(purposes.stream(), because.stream()).distinct().toList();
        if (reasons.isEmpty()) {
            return found;
        }
        List<Statement> statements = new ArrayList<>();
        reasons.stream().map(kb::fact).flatMap(Optional::stream).forEach(reason ->
                statements.add(new Statement(reason, reason.text(need.lang()), kb.sourceOf(reason), best.score())));
        int most = Math.max(settings.maxFacts(), statements.size() + 1); // the reasons and the fact they explain, at least
        found.stream().filter(s -> statements.stream().noneMatch(r -> r.fact().id().equals(s.fact().id())))
                .limit(Math.max(0, most - statements.size())).forEach(statements::add);
        return statements;
    }

    /**
     * "What is the Transneft Telecom project to build?": a question asking no value is answered by the deciding fact and
     * right after it by the facts its {@code details} slot names, which tell more of what it names (the undersea cables),
     * each citing its article; then by the others found.
     */
    private List<Statement> withDetails(InformationNeed need, ScoredFact best, List<Statement> found) {
        List<String> details = best.fact().slots().details();
        if (need.type().wantsValue() || details.isEmpty() || found.isEmpty() || !found.get(0).fact().id().equals(best.fact().id())) {
            return found;
        }
        List<Statement> statements = new ArrayList<>(List.of(found.get(0)));
        details.stream().map(kb::fact).flatMap(Optional::stream).filter(d -> statements.stream().noneMatch(s -> s.fact().id().equals(d.id())))
                .forEach(d -> statements.add(new Statement(d, d.text(need.lang()), kb.sourceOf(d), best.score())));
        found.stream().skip(1).filter(s -> statements.stream().noneMatch(t -> t.fact().id().equals(s.fact().id()))).forEach(statements::add);
        return statements;
    }

    /** A figure written in digits, not a year: "700", "1,5", "15%". */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("(?<![\\d.,])\\d+(?:[.,]\\d+)?(?![\\d.,]*\\d)");

    /**
     * "Some say more than 700 events, others more than 600: where do the figures come from?": a question asking no value
     * that gives figures of its own is answered by the facts found above the threshold that give them too, where those
     * said do not.
     */
    private List<Statement> figuresGiven(InformationNeed need, String question, List<Statement> said, List<ScoredFact> retrieved) {
        if (need.type().wantsValue() && need.type() != AnswerType.YES_NO) {
            return List.of();
        }
        List<Statement> added = new ArrayList<>();
        java.util.regex.Matcher m = FIGURE.matcher(question);
        while (m.find()) {
            String figure = m.group();
            if (figure.length() < 2 || figure.matches("(?:19|20)\\d\\d")
                    || java.util.stream.Stream.concat(said.stream(), added.stream()).anyMatch(st -> writes(st.text(), figure))) {
                continue;
            }
            retrieved.stream().filter(c -> c.score() >= settings.minScore(need.lang()) && writes(c.fact().text(need.lang()), figure))
                    .findFirst().ifPresent(c -> added.add(new Statement(c.fact(), c.fact().text(need.lang()), kb.sourceOf(c.fact()), c.score())));
        }
        return added;
    }

    /**
     * "Is it correct that relations entered a new stage in 2016?", "Правильно ли, что участвовали почти 400 тысяч
     * человек?": a question asking to confirm figures that the deciding fact states (it would have been corrected
     * otherwise) leads with yes and the figures as the fact writes them ("Yes: 2016", "Да: 400 000"); nothing when it
     * asks no confirmation, or gives no figure, or one the fact does not write.
     */
    private String confirmed(InformationNeed need, String question, List<String> readTerms, Statement best) {
        LexiconRules rules = LexiconRules.of(need.lang());
        if (need.multiPart() || need.type() != AnswerType.YES_NO && !rules.asksConfirmation(readTerms)) {
            return "";
        }
        List<String> written = new ArrayList<>();
        List<org.rujp.bot.retrieval.AliasExpander.Mention> names = null; // read once, at the first figure
        java.util.regex.Matcher m = FIGURE.matcher(question);
        while (m.find()) {
            int figureAt = m.start();
            names = names == null ? aliases.mentions(question) : names;
            if (names.stream().anyMatch(n -> n.start() <= figureAt && figureAt < n.end())) {
                continue; // a figure of a name confirms nothing: "Does the 8-point plan include tourism?"
            }
            // as the question writes it with its unit ("2018年2月"), else the figure alone ("400" of "400 тысяч")
            java.util.regex.Matcher given = writtenFigure(java.util.regex.Pattern.quote(m.group())).matcher(question);
            String asGiven = given.find(m.start()) && given.start() == m.start() ? given.group() : m.group();
            java.util.regex.Matcher at = writtenFigure(java.util.regex.Pattern.quote(asGiven)).matcher(best.text());
            if (!at.find()) {
                at = writtenFigure(java.util.regex.Pattern.quote(m.group())).matcher(best.text());
                if (!at.find()) {
                    return ""; // a figure the fact does not write is not confirmed by it: "700 here, 600 there: a contradiction?"
                }
            }
            String figure = at.group();
            if (written.stream().noneMatch(w -> w.contains(figure))) {
                written.removeIf(figure::contains);
                written.add(figure);
            }
        }
        return written.isEmpty() ? "" : Messages.get(need.lang(), rules.asksVerdict(question) ? "answer.verdict_true" : "answer.confirms",
                String.join(need.lang() == Lang.JA ? "、" : ", ", written));
    }

    /** A figure beginning with {@code start} as a text writes it: its thousands, decimals, a percent sign, a Japanese date. */
    private static java.util.regex.Pattern writtenFigure(String start) {
        return java.util.regex.Pattern.compile("(?<![\\d.,])" + start + "(?:[ \u00a0]\\d{3}(?!\\d))*(?:[.,]\\d+)?"
                + "(?:[ \u00a0]?[%％]|年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|月(?:\\d{1,2}日)?)?(?![\\d]|[.,]\\d)");
    }

    /** Whether a text writes a figure as a number of its own: "700" in "more than 700", not in "1700". */
    private static boolean writes(String text, String figure) {
        return java.util.regex.Pattern.compile("(?<![\\d.,])" + java.util.regex.Pattern.quote(figure) + "(?![\\d]|[.,]\\d)").matcher(text).find();
    }

    /** The deciding fact, then the next ones scoring close to the best, each text once. */
    private List<Statement> statements(ScoredFact best, List<ScoredFact> retrieved, Lang lang) {
        ScoredFact top = retrieved.get(0);
        List<Statement> statements = new ArrayList<>();
        statements.add(new Statement(best.fact(), best.fact().text(lang), kb.sourceOf(best.fact()), best.score()));
        for (ScoredFact candidate : retrieved) {
            if (statements.size() >= settings.maxFacts()
                    || candidate.score() < settings.minScore(lang) || candidate.score() < top.score() * settings.relativeScore()) {
                break;
            }
            String factText = candidate.fact().text(lang);
            if (candidate != best && statements.stream().noneMatch(s -> s.text().equals(factText))) {
                statements.add(new Statement(candidate.fact(), factText, kb.sourceOf(candidate.fact()), candidate.score()));
            }
        }
        return statements;
    }

    /**
     * The parts of a multi-part question the deciding fact leaves unfilled, each filled by another fact found above the
     * threshold about the same programme or subject ({@code topic}): "how long was the year extended, and where was that
     * discussed?" takes the length from the extension and the meeting from the fact about the meeting. A fact about
     * something else never fills a part, and no other fact fills a time. A fact of the same article that is about no
     * programme may fill one too ("how many projects so far, and how many people came to the events despite covid?").
     */
    private java.util.Map<Integer, Statement> complements(InformationNeed need, String question, List<Statement> found,
                                                          List<ScoredFact> retrieved) {
        Optional<String> topic = found.get(0).fact().slots().topic();
        if (!need.multiPart() || topic.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Integer, Statement> complements = new java.util.HashMap<>();
        for (int i = 0; i < need.parts().size(); i++) {
            AnswerType part = need.parts().get(i);
            // a time is of one event: the month of a later report on the same plan is no month of its proposal
            if (!part.wantsValue() || NeedDecider.TIMES.contains(part) || value(part, need.part(i), question, found.subList(0, 1)).isPresent()) {
                continue;
            }
            for (ScoredFact candidate : retrieved) {
                // (of the same programme, or of no programme in the same article: the 400,000 people of its 2020 events)
                boolean sameSubject = candidate.fact().slots().topic().equals(topic) || candidate.fact().slots().topic().isEmpty()
                        && candidate.fact().sourceId().equals(found.get(0).fact().sourceId());
                if (candidate.score() < settings.minScore(need.lang()) || !sameSubject
                        || candidate.fact().id().equals(found.get(0).fact().id()) || !ofOneTime(found.get(0).fact(), candidate.fact())) {
                    continue;
                }
                Statement statement = found.stream().filter(s -> s.fact().id().equals(candidate.fact().id())).findFirst()
                        .orElse(new Statement(candidate.fact(), candidate.fact().text(need.lang()), kb.sourceOf(candidate.fact()), candidate.score()));
                if (value(part, need.part(i), question, List.of(statement)).isPresent()) {
                    complements.put(i, statement);
                    break;
                }
            }
        }
        return complements;
    }

    /**
     * "Сколько проектов провели, и в каком формате они в основном шли?": a clause before or after the conjunction that
     * asks no value (a format, a manner, what something was good for), beside one that asks one, is answered by the fact
     * found above the threshold, not yet said, that shares the most of that clause's own words (none of the other
     * clause's), at least one, with its text or the questions it answers.
     */
    private Optional<Statement> clauseComplement(InformationNeed need, String question, List<Statement> said, List<ScoredFact> retrieved) {
        LanguageRules rules = LexiconRules.of(need.lang());
        if (!rules.earliestFrameDecides()) {
            return Optional.empty();
        }
        List<String> terms = rules.terms(org.rujp.bot.answer.analysis.Sentences.asking(question));
        List<org.rujp.bot.answer.analysis.LanguageRules.Frame> frames = rules.frames(terms);
        if (frames.size() < 2) {
            return Optional.empty();
        }
        // the first or the last clause, joined to the other by the conjunction ("чем были полезны … и сколько …")
        org.rujp.bot.answer.analysis.LanguageRules.Frame first = frames.get(0);
        org.rujp.bot.answer.analysis.LanguageRules.Frame last = frames.get(frames.size() - 1);
        if (first.type().wantsValue() == last.type().wantsValue() || !rules.conjunctionBetween(terms, first.start(), last.start())) {
            return Optional.empty(); // a value asked is a part of its own (complements)
        }
        boolean lastAsks = !last.type().wantsValue();
        List<String> clause = lastAsks ? terms.subList(last.start(), terms.size()) : terms.subList(0, last.start());
        java.util.Set<String> rest = new java.util.HashSet<>(rules.contentTerms(lastAsks ? terms.subList(0, last.start())
                : terms.subList(last.start(), terms.size())));
        List<String> own = rules.contentTerms(clause).stream().filter(t -> !rest.contains(t)).toList();
        Statement best = null;
        long most = 0;
        for (ScoredFact candidate : retrieved) {
            if (candidate.score() < settings.minScore(need.lang()) || said.stream().anyMatch(s -> s.fact().id().equals(candidate.fact().id()))) {
                continue;
            }
            String text = candidate.fact().text(need.lang());
            java.util.Set<String> factTerms = new java.util.HashSet<>(rules.terms(text));
            // (and the words of the questions it answers: "что там будут строить" finds "создание … кабелей")
            candidate.fact().asks(need.lang()).forEach(ask -> factTerms.addAll(rules.terms(ask)));
            long shared = own.stream().distinct().filter(factTerms::contains).count();
            if (shared > most) {
                most = shared;
                best = new Statement(candidate.fact(), text, kb.sourceOf(candidate.fact()), candidate.score());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether two facts on one subject tell of one time: a year of one's event or report is a year of the other's (the
     * 2021 extension and the meeting that discussed it; not Putin's 2019 announcement of the year). Undated facts may.
     */
    private static boolean ofOneTime(Fact one, Fact other) {
        java.util.Set<Integer> years = years(one);
        java.util.Set<Integer> others = years(other);
        return years.isEmpty() || others.isEmpty() || others.stream().anyMatch(years::contains);
    }

    private static java.util.Set<Integer> years(Fact fact) {
        return java.util.stream.Stream.of(fact.date(), fact.slots().reported()).flatMap(Optional::stream)
                .filter(EventDate::hasYear).map(EventDate::year).collect(java.util.stream.Collectors.toSet());
    }

    /** Every part asked, in order; a part no stated fact fills is named as unknown ("the year: not in my articles"). */
    private String lead(InformationNeed need, String question, List<Statement> statements, java.util.Map<Integer, Statement> complements) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < need.parts().size(); i++) {
            AnswerType part = need.parts().get(i);
            // the parts of one question come from one fact, or from another about the same subject (complements)
            List<Statement> from = !need.multiPart() ? statements
                    : complements.containsKey(i) ? List.of(complements.get(i)) : statements.subList(0, 1);
            Optional<String> value = value(part, need.part(i), question, from)
                    // "ещё на 1 год; на заседании подкомиссии …": a meeting after another value goes on the sentence
                    .map(v -> !values.isEmpty() && from.stream().anyMatch(st -> st.fact().slots().occasion(need.lang()).filter(v::equals).isPresent())
                            ? Character.toLowerCase(v.charAt(0)) + v.substring(1) : v);
            if (value.isPresent() && !values.contains(value.get())) {
                values.add(value.get());
            } else if (value.isEmpty() && part.wantsValue() && need.multiPart()) {
                values.add(Messages.get(need.lang(), "answer.part_unknown", Messages.get(need.lang(), "part." + part.name())));
            }
        }
        return String.join("; ", values);
    }

    /**
     * "Name every Russian minister at the talks with Seko on 10 June 2019", "Назови всех", "全員": the people or bodies
     * the other facts of the same event give in the part asked, after the first fact's, each fact then a statement
     * citing its article. Facts of one event are dated the same day and share someone taking part in it.
     */
    private String withTheOthersOfTheEvent(InformationNeed need, String question, List<String> readTerms, String lead, List<Statement> statements) {
        if (need.type() != AnswerType.PERSON && need.type() != AnswerType.ORGANISATION || need.multiPart()
                || !LexiconRules.of(need.lang()).asksEvery(readTerms)) {
            return lead;
        }
        org.rujp.bot.knowledge.Fact first = statements.get(0).fact();
        Optional<EventDate> day = first.date().filter(d -> d.day() > 0);
        java.util.Set<String> takingPart = participants(first);
        if (day.isEmpty() || takingPart.isEmpty()) {
            return lead;
        }
        List<String> names = new ArrayList<>(List.of(lead));
        for (org.rujp.bot.knowledge.Fact other : kb.facts()) {
            java.util.Set<String> theirs = participants(other);
            if (other.id().equals(first.id()) || !other.date().equals(day) || java.util.Collections.disjoint(theirs, takingPart)) {
                continue;
            }
            Lang reading = CrossLanguageQuestions.readingLang(other, need.lang());
            Optional<String> more = leads.lead(need.type(), need, crossing.question(question, need.lang(), need.type(), other), other,
                    LexiconRules.of(reading));
            // (only those taking part: "the plan Abe proposed", told of at the talks, names no one at them)
            List<String> added = more.stream().flatMap(m -> theirs.stream().flatMap(id -> kb.entity(id).stream())
                    .map(e -> SlotLeads.name(e, need.lang())).filter(m::contains))
                    .filter(n -> names.stream().noneMatch(known -> known.contains(n))).toList();
            if (!added.isEmpty()) {
                names.addAll(added);
                if (statements.stream().noneMatch(st -> st.fact().id().equals(other.id()))) {
                    statements.add(new Statement(other, other.text(need.lang()), kb.sourceOf(other), statements.get(0).score()));
                }
            }
        }
        return String.join(need.lang() == Lang.JA ? "、" : ", ", names);
    }

    /** Those taking part in a fact's event, as participants or hosts. */
    private static java.util.Set<String> participants(org.rujp.bot.knowledge.Fact fact) {
        return fact.slots().actors().stream().filter(org.rujp.bot.knowledge.Slots.Actor::takesPart)
                .map(org.rujp.bot.knowledge.Slots.Actor::entity).collect(java.util.stream.Collectors.toSet());
    }

    /** The value of one part: from the first stated fact that holds one; a date narrowed by the others ("June 2019" over "2019"). */
    private Optional<String> value(AnswerType part, InformationNeed need, String question, List<Statement> statements) {
        if (part == AnswerType.DATE && org.rujp.bot.answer.analysis.LexiconQuestionAnalyser.asksTheTimeSaid(question, need.lang())) {
            // "when did the ministry say the ministers would meet?": the time the words gave, when the first fact is dated by them
            Optional<org.rujp.bot.knowledge.Fact> first = statements.stream().findFirst().map(Statement::fact).filter(SlotLeads::datedByWords);
            if (first.isPresent()) {
                return leads.timeTold(first.get(), need.lang());
            }
        }
        if (part == AnswerType.DATE) {
            EventDate date = null;
            org.rujp.bot.knowledge.Fact dating = null;
            for (Statement s : statements) {
                EventDate d = leads.date(need, s.fact()).orElse(null);
                if (d != null && (date == null || d.narrows(date))) {
                    date = d;
                    dating = s.fact();
                }
            }
            org.rujp.bot.knowledge.Fact from = dating;
            LanguageRules rules = LexiconRules.of(need.lang());
            if (date != null && date.day() == 0 && date.month() > 0 && rules.asksDay(rules.terms(question))) {
                for (Statement s : statements) { // "on which dates was the meeting": the day a statement's text gives
                    Optional<String> day = leads.dayInText(s.fact(), date, need.lang());
                    if (day.isPresent()) {
                        return day;
                    }
                }
            }
            return Optional.ofNullable(date).map(d -> leads.dateLead(from, d, need.lang()));
        }
        for (Statement s : statements) {
            Lang reading = CrossLanguageQuestions.readingLang(s.fact(), need.lang());
            Optional<String> value = leads.lead(part, need, crossing.question(question, need.lang(), part, s.fact()), s.fact(),
                    LexiconRules.of(reading));
            if (reading != need.lang() && (part == AnswerType.NUMBER || part == AnswerType.AMOUNT)) {
                value = value.map(v -> EnglishQuantity.in(need.lang(), v)); // read from an English passage
            }
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** An entity's card as a statement the answer can cite: its description, citing the card's first article. */
    static Fact cardFact(Entity entity) {
        return new Fact(FollowUpResolver.CARD_PREFIX + entity.id(), entity.card().sources().get(0), entity.card().description(),
                Optional.empty(), List.of(), List.of(entity.id()), Fact.Kind.FACT);
    }

    /** The parts a refusal can name as not given ("my articles do not say where"). */
    private static final java.util.Set<org.rujp.bot.answer.analysis.AnswerType> NAMED_PARTS = java.util.EnumSet.of(
            org.rujp.bot.answer.analysis.AnswerType.PERSON, org.rujp.bot.answer.analysis.AnswerType.ORGANISATION,
            org.rujp.bot.answer.analysis.AnswerType.PLACE, org.rujp.bot.answer.analysis.AnswerType.DATE,
            org.rujp.bot.answer.analysis.AnswerType.YEAR, org.rujp.bot.answer.analysis.AnswerType.MONTH,
            org.rujp.bot.answer.analysis.AnswerType.WEEKDAY, org.rujp.bot.answer.analysis.AnswerType.NUMBER,
            org.rujp.bot.answer.analysis.AnswerType.AMOUNT);

    /**
     * What to tell the user: what the knowledge base does know of an entity whose attribute nobody states, or, when the
     * facts found hold no value of the kind asked, the best of them ("I don't know: my articles do not say where. What
     * they do say: …").
     */
    private String message(Decision.Declined declined, Lang lang, List<ScoredFact> retrieved) {
        RefusalReason reason = declined.reason();
        if (reason instanceof RefusalReason.EmptyQuestion) {
            return Messages.get(lang, "refusal.empty");
        }
        if (reason instanceof RefusalReason.SmallTalk) {
            return Messages.get(lang, "refusal.small_talk");
        }
        if (reason instanceof RefusalReason.TooLong t) {
            return Messages.get(lang, "refusal.too_long", t.chars());
        }
        if (reason instanceof RefusalReason.UnknownAttribute && declined.known().isPresent()) {
            Entity e = declined.known().get();
            return Messages.get(lang, "refusal.attribute", e.name(lang), e.card().description(lang).orElse(""));
        }
        if (reason instanceof RefusalReason.Furniture f) {
            return Messages.get(lang, "refusal.furniture", Messages.get(lang, "furniture." + f.kind()), f.publisher());
        }
        if (reason instanceof RefusalReason.OnlyPlanned p) {
            Fact planned = p.planned();
            return Messages.get(lang, "refusal.planned", planned.text(CrossLanguageQuestions.readingLang(planned, lang)),
                    kb.sourceOf(planned).citation());
        }
        if (reason instanceof RefusalReason.StillUntold u) {
            Fact said = u.said();
            return Messages.get(lang, "refusal.still_untold", Messages.date(asOfDate(said), lang),
                    said.text(CrossLanguageQuestions.readingLang(said, lang)), kb.sourceOf(said).citation());
        }
        if (reason instanceof RefusalReason.AfterTheArticles a) {
            return Messages.get(lang, "refusal.after_the_articles", Messages.date(EventDate.of(a.latest()), lang), Integer.toString(a.year()));
        }
        if (reason instanceof RefusalReason.ReasonUntold u) {
            Fact said = u.said();
            return Messages.get(lang, "refusal.reason_untold", said.text(CrossLanguageQuestions.readingLang(said, lang)),
                    kb.sourceOf(said).citation());
        }
        if (reason instanceof RefusalReason.FalsePremise p) {
            Fact said = p.said();
            Lang reading = CrossLanguageQuestions.readingLang(said, lang);
            return Messages.get(lang, "refusal.premise", said.text(reading), kb.sourceOf(said).citation());
        }
        if (reason instanceof RefusalReason.NoValue v && NAMED_PARTS.contains(v.type()) && !retrieved.isEmpty()) {
            Fact said = retrieved.get(0).fact(); // above the threshold: a value-less refusal is decided after it
            return Messages.get(lang, "refusal.no_value", Messages.get(lang, "part." + v.type().name()),
                    said.text(CrossLanguageQuestions.readingLang(said, lang)), kb.sourceOf(said).citation());
        }
        String text = Messages.get(lang, "refusal.text");
        return unreachable.test(lang) ? text + " " + Messages.get(lang, "refusal.no_dictionary") : text;
    }
}
