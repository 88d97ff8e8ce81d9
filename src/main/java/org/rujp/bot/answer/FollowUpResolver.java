package org.rujp.bot.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;

/**
 * Rewrites a follow-up ("When was it extended?") into a self-contained question for retrieval by
 * joining it with the previous resolved question of the conversation. A question is a follow-up
 * when it refers back (it, this, they, он, это, それ, ...), or names no known entity but a country and
 * is short or goes on from the last question ("and when was the idea first agreed?", "а сколько…",
 * "じゃあ…").
 */
public final class FollowUpResolver implements Resolver {
    private static final Pattern ANAPHOR_EN = Pattern.compile("\\b(it|its|this|that|these|those|they|them|their|he|his|she|her|there|then|the same)\\b");
    private static final Pattern ANAPHOR_RU = Pattern.compile("(^|[^\\p{L}])(он|она|оно|они|его|её|ее|их|ему|ей|им|это|этот|эта|эти|этого|этой|того|там|тогда|тот|та|те)([^\\p{L}]|$)");
    private static final Pattern ANAPHOR_JA = Pattern.compile("(それ|その|彼|彼女|そこ|この|あの|これ|同じ)");
    private static final Pattern GOES_ON_EN = Pattern.compile("^(and|also|so|then|plus|what about|how about)\\b");
    private static final Pattern GOES_ON_RU = Pattern.compile("^(а|и|ещё|еще|а ещё|а еще|тогда|так|также)([^\\p{L}]|$)");
    private static final Pattern GOES_ON_JA = Pattern.compile("^(じゃあ|じゃ|では|それで|で、|あと|また|ちなみに|ところで)");

    /** Words asking of the event after the one talked about: "their next meeting", "следующая встреча", "次の会談". */
    private static final java.util.Map<Lang, Pattern> NEXT = java.util.Map.of(
            Lang.EN, Pattern.compile("\\b(next|following|subsequent|after that|afterwards|later on)\\b"),
            Lang.RU, Pattern.compile("(^|[^\\p{L}])(следующ\\p{L}*|после этого|потом|затем)([^\\p{L}]|$)"),
            Lang.JA, Pattern.compile("次の|次回|その後|翌"));

    /** Words asking of the event before the one talked about: "before that", "до этого", "その前". */
    private static final java.util.Map<Lang, Pattern> PREVIOUS = java.util.Map.of(
            Lang.EN, Pattern.compile("\\b(before that|before then|prior to that|previously|the previous|the time before|the year before)\\b"),
            Lang.RU, Pattern.compile("(^|[^\\p{L}])(до этого|до того|перед этим|ранее|предыдущ\\p{L}*|годом раньше|годом ранее|за год до этого)([^\\p{L}]|$)"),
            Lang.JA, Pattern.compile("その前|それ以前|前回|それより前|前の年|前年"));

    /**
     * Words asking when something began or ended: "and in what month did it start?" after the year the exchange year was
     * agreed asks of its start, which need not be in that year.
     */
    private static final java.util.Map<Lang, Pattern> BOUNDS = java.util.Map.of(
            Lang.EN, Pattern.compile("\\b(start|starts|started|begin|begins|began|begun|kick(?:ed)? off|launch(?:ed)?|end|ends|ended|finish(?:ed)?|wrap(?:ped)? up)\\b"),
            Lang.RU, Pattern.compile("(^|[^\\p{L}])(начал\\p{L}*|начн\\p{L}*|стартова\\p{L}*|стартует|закончил\\p{L}*|заканчива\\p{L}*|завершил\\p{L}*|заверш\\p{L}*тся)([^\\p{L}]|$)"),
            Lang.JA, Pattern.compile("始ま|はじま|始め|はじめ|開幕|スタート|終わ|おわ|終了|閉幕"));

    /** Whether a follow-up asks of a time of its own or of the next or previous event, not of the time talked about before. */
    static boolean asksAnotherTime(String text, Lang lang) {
        return Months.namesATime(text) || asksTheNext(text, lang) || asksThePrevious(text, lang);
    }

    /** Whether a follow-up speaks of something beginning or ending: "and in what month did it start?". */
    static boolean speaksOfABound(String text, Lang lang) {
        return BOUNDS.get(lang).matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether a follow-up asks of the event before the one talked about: "they had met before that - where?". */
    static boolean asksThePrevious(String text, Lang lang) {
        return PREVIOUS.get(lang).matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether a follow-up asks of the event after the one talked about: "their next meeting", "次の会談". */
    static boolean asksTheNext(String text, Lang lang) {
        return NEXT.get(lang).matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The id prefix of an entity card stated as an answer, so that a follow-up can refer to the entity. */
    static final String CARD_PREFIX = "card-";

    private final KnowledgeBase kb;

    public FollowUpResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Words for a person, which refer back to the person an answer named ("Where was he born?" after "Vladimir Putin"). */
    private static final Pattern PERSON_EN = Pattern.compile("\\b(he|him|his|she|her|hers)\\b");
    private static final Pattern PERSON_RU = Pattern.compile("(^|[^\\p{L}])(он|она|него|неё|нее|ему|нему|ей|ней|ним|его|её|ее)([^\\p{L}]|$)");
    private static final Pattern PERSON_JA = Pattern.compile("(彼女|彼)");
    /** Words for a place, which refer back to the place an answer named ("What happened there?" after "Moscow"). */
    private static final Pattern PLACE_EN = Pattern.compile("\\b(there|that city|this city|that town|this town|the same city|the same town)\\b");
    private static final Pattern PLACE_RU = Pattern.compile("(^|[^\\p{L}])(там|туда|оттуда|этом городе|этот город|том городе|том же городе|тот же город)([^\\p{L}]|$)");
    private static final Pattern PLACE_JA = Pattern.compile("(そこ|その町|その都市|その街|その市)");

    @Override
    public Resolution resolve(Question question, Lang lang) {
        List<Entity> answered = answeredReferents(question, lang);
        if (answered.isEmpty()) {
            return new Resolution(rewrite(question, lang), contextEntities(question));
        }
        String names = String.join(" ", answered.stream().map(e -> e.name(lang)).toList());
        // (a place referred to as "он" has no word of a place: the pronoun is all it refers back with)
        if (answered.get(0).kind() == Entity.Kind.PLACE && namesAPlace(question.text(), lang) && refersBackBesidesThePlace(question.text(), lang)) {
            // "there" besides "they": "what did they agree to set up there?" asks of the talks in Moscow, so the
            // question before stays and the place joins it
            return new Resolution(rewrite(question, lang) + " " + names, answered, answered);
        }
        // the person the last answer named, by name, in place of the question it answered: "Where was he born? Vladimir Putin"
        return new Resolution(question.text().strip() + " " + names, answered, answered);
    }

    /** The words for a person of a language, which refer back to a person. */
    private static Pattern personWords(Lang lang) {
        return switch (lang) {
            case EN -> PERSON_EN;
            case RU -> PERSON_RU;
            case JA -> PERSON_JA;
        };
    }

    /** Whether the lower-case text refers back by a word only a person is ("he", "彼"): Russian "он", "его" stand for things too. */
    private static boolean onlyOfAPerson(String lower, Lang lang) {
        return lang != Lang.RU && personWords(lang).matcher(lower).find();
    }

    /** Whether a Russian question asks for a place: "где", "с каким городом". */
    private static boolean asksAPlace(String text) {
        org.rujp.bot.answer.analysis.LexiconRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(Lang.RU);
        return rules.frames(rules.terms(text)).stream().anyMatch(f -> f.type() == org.rujp.bot.answer.analysis.AnswerType.PLACE);
    }

    /** Whether a follow-up refers back with a word for a place ("there", "там", "そこ"). */
    private static boolean namesAPlace(String text, Lang lang) {
        return placeWords(lang).matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The words for a place of a language, which refer back to the place an answer named. */
    private static Pattern placeWords(Lang lang) {
        return switch (lang) {
            case EN -> PLACE_EN;
            case RU -> PLACE_RU;
            case JA -> PLACE_JA;
        };
    }

    /** Whether a follow-up referring to a place ("there") also refers back to something else ("they", "it"). */
    private static boolean refersBackBesidesThePlace(String text, Lang lang) {
        String lower = text.toLowerCase(Locale.ROOT);
        String rest = placeWords(lang).matcher(lower).replaceAll(" ");
        return switch (lang) {
            case EN -> ANAPHOR_EN.matcher(rest).find();
            case RU -> ANAPHOR_RU.matcher(rest).find();
            case JA -> ANAPHOR_JA.matcher(rest).find();
        };
    }

    /**
     * The people the last answer led with, when the follow-up refers to a person ("he", "она", "彼"), or its places
     * when it refers to a place ("there", "там", "そこ"): the answer, not the topic of the question it answered.
     */
    List<Entity> answeredReferents(Question question, Lang lang) {
        if (question.context().isEmpty() || !isFollowUp(question.text().strip(), lang)) {
            return List.of();
        }
        String text = question.text().toLowerCase(Locale.ROOT);
        boolean person = personWords(lang).matcher(text).find();
        boolean place = namesAPlace(text, lang);
        if (!person && !place) {
            return List.of();
        }
        if (question.context().get().lead().isBlank()) {
            // an answer that told a fact with no value first: "that town" is the one place its first fact is at
            return person ? List.of() : theOnePlaceOfTheFact(question);
        }
        String lead = question.context().get().lead().toLowerCase(Locale.ROOT);
        Entity.Kind kind = person ? Entity.Kind.PERSON : Entity.Kind.PLACE;
        List<Entity> named = namedIn(lead, kind);
        if (named.isEmpty() && person && lang == Lang.RU && asksAPlace(question.text())) {
            // "он", "она" stand for a thing as well as a person: after "Осака." "с каким нашим городом он побратим?" asks of
            // Osaka (a question asking no place, "а когда он начался?", asks of the programme talked about)
            return namedIn(lead, Entity.Kind.PLACE);
        }
        if (named.isEmpty() && onlyOfAPerson(text, lang)) {
            return thePersonOfTheFact(question); // "17%." then "whom was he about to meet?": the minister who gave the figure
        }
        if (named.isEmpty() && place && !person) {
            return theOnePlaceOfTheFact(question); // "約2,500人。" then "その町では…": the town of the centre that treated them
        }
        return named;
    }

    /** The one city, region or islands the first fact of the last answer is at, if it is at one. */
    private List<Entity> theOnePlaceOfTheFact(Question question) {
        List<String> ids = question.context().get().factIds();
        List<Entity> places = ids.isEmpty() ? List.of() : kb.fact(ids.get(0)).stream()
                .flatMap(f -> f.slots().places().stream()).distinct().map(kb::entity).flatMap(java.util.Optional::stream)
                .filter(e -> e.card().placeType().filter(t -> t != org.rujp.bot.knowledge.EntityCard.PlaceType.COUNTRY).isPresent())
                .toList();
        // (the finest: Vladivostok, not the Far East it lies in)
        List<Entity> finest = places.stream().filter(e -> places.stream().noneMatch(o -> o != e && kb.within(o.id(), e.id()))).toList();
        return finest.size() == 1 ? finest : List.of();
    }

    /**
     * The one person the first fact of the last answer has a part in, a reporter aside: he of a follow-up after an answer
     * led by a figure or a date is the one who gave it ("Oreshkin said trade grew by 17%"). None when there are several.
     */
    private List<Entity> thePersonOfTheFact(Question question) {
        List<String> ids = question.context().get().factIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Entity> people = kb.fact(ids.get(0)).stream()
                .flatMap(fact -> fact.slots().actors().stream())
                .filter(a -> a.part() != org.rujp.bot.knowledge.Slots.Actor.Part.REPORTER)
                .map(a -> kb.entity(a.entity())).flatMap(java.util.Optional::stream)
                .filter(e -> e.kind() == Entity.Kind.PERSON).distinct().toList();
        return people.size() == 1 ? people : List.of();
    }

    /** The entities of a kind an answer's lead names, countries aside. */
    private List<Entity> namedIn(String lead, Entity.Kind kind) {
        return kb.entities().stream().filter(e -> e.kind() == kind && !isCountry(e) && LeadExtractor.mentioned(e, lead)).toList();
    }

    /** The follow-up joined with the question it follows, for retrieval; any other question as it is. */
    String rewrite(Question question, Lang lang) {
        String text = question.text().strip();
        if (question.context().isEmpty() || text.isEmpty()) {
            return text;
        }
        String previous = question.context().get().resolvedQuestion();
        if (isFollowUp(text, lang)) {
            // a time of its own, or the next event, is asked instead of the one before: "What happened before that, in
            // September?", "And where was their next meeting planned?" after the talks of November 2017; and a beginning
            // or an end is of a time of its own: "и когда он начался?" after the year it was agreed in
            boolean anotherTime = asksAnotherTime(text, lang) || speaksOfABound(text, lang);
            return text + " " + (anotherTime ? Months.withoutTimes(previous) : previous);
        }
        return text;
    }

    /**
     * What "it" of a follow-up refers to: the main entity of the previous answer, its first fact's topic (the
     * programme or event it is about), the entity of a card, or else the first entity it names that is not a
     * country.
     */
    public java.util.List<Entity> contextEntities(Question question) {
        if (question.context().isEmpty() || question.context().get().factIds().isEmpty()) {
            return java.util.List.of();
        }
        String id = question.context().get().factIds().get(0);
        if (id.startsWith(CARD_PREFIX)) {
            return kb.entity(id.substring(CARD_PREFIX.length())).stream().toList();
        }
        return kb.fact(id).flatMap(fact -> fact.slots().topic().flatMap(kb::entity).or(() -> fact.entities().stream()
                        .map(kb::entity).flatMap(java.util.Optional::stream)
                        .filter(e -> e.kind() != Entity.Kind.PLACE || e.card().placeType().filter(t -> t != org.rujp.bot.knowledge.EntityCard.PlaceType.COUNTRY).isPresent())
                        .findFirst()))
                .stream().toList();
    }

    boolean isFollowUp(String text, Lang lang) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean anaphor = switch (lang) {
            case EN -> ANAPHOR_EN.matcher(lower).find();
            case RU -> ANAPHOR_RU.matcher(lower).find();
            case JA -> ANAPHOR_JA.matcher(lower).find();
        };
        boolean namesEntity = false;
        boolean namesMore = false; // names an entity besides a country, which nearly every question names
        boolean onlyPeople = true; // of the entities it names, countries aside
        for (Entity e : kb.entities()) {
            if (LeadExtractor.mentioned(e, lower)) {
                namesEntity = true;
                namesMore |= !isCountry(e);
                onlyPeople &= isCountry(e) || e.kind() == Entity.Kind.PERSON;
            }
        }
        boolean goesOn = switch (lang) {
            case EN -> GOES_ON_EN.matcher(lower).find();
            case RU -> GOES_ON_RU.matcher(lower).find();
            case JA -> GOES_ON_JA.matcher(lower).find();
        };
        int words = lang == Lang.JA ? text.length() / 4 : text.split("\\s+").length;
        // "and what did Abe say about them?": a pronoun for a thing where the question names only people
        boolean thingOfPeople = lang == Lang.EN && namesEntity && onlyPeople && THING_EN.matcher(lower).find();
        // (a country is named by nearly every question: "who was the japanese minister he was about to meet?" refers back
        // to someone by "he", whatever countries it names)
        return (anaphor && !namesEntity) || (onlyOfAPerson(lower, lang) && !namesMore) || (anaphor && words <= 6) || (!namesEntity && words <= ELLIPTICAL_WORDS) || (goesOn && !namesMore)
                || thingOfPeople;
    }

    /**
     * The most words of a question naming nothing that goes on from the last one: a question of its own names what it
     * asks of ("mostly online or in person?" after the projects asks of them).
     */
    private static final int ELLIPTICAL_WORDS = 6;

    /** An English pronoun for a thing, which no person named in the same question is. */
    private static final Pattern THING_EN = Pattern.compile("\\b(it|them|this|that|these|those)\\b");

    private static boolean isCountry(Entity e) {
        return e.kind() == Entity.Kind.PLACE && e.card().placeTypeIn(org.rujp.bot.knowledge.EntityCard.PlaceType.COUNTRY);
    }
}
