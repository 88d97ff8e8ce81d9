package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.AliasExpander;
import org.rujp.bot.yaml.YamlNode;

/**
 * Things a question names by another fact about them instead of by their name: "the city where Putin and Abe agreed
 * to hold the interregional year" is Osaka, "министр, который рассказывал про рост товарооборота на 17%" Oreshkin,
 * "プーチン大統領と安倍首相がウラジオストクで会った年の翌年" 2018. Each description is asked on its own first, as a
 * question the answerer answers from the facts like any other ("Where did Putin and Abe agree to hold the
 * interregional year?"); the value it answers with is written in the description's place, and the question so read is
 * answered with the fact that resolved it cited beside the answer's own. A description the facts do not answer with a
 * value of its kind (a wrong premise, a thing no article tells of) is left as written, and the question answered or
 * refused as before.
 *
 * <p>The descriptions are the lexicon's {@code references}: a regular expression whose group {@code c} is the
 * described clause, the kind of thing it names ({@code head}: place, person, organisation or year), the question that
 * asks it ({@code ask}, with {@code {c}} and any other group of the expression), and what stands in its place
 * ({@code as}: {@code {value}} the name, {@code {year}} the year moved by {@code shift}). A description right after
 * words that ask for the thing itself ("who was the minister who…") or that make it the subject of its sentence's own
 * verb ("when did the minister who met Seko arrive") is no reference: the lexicon's {@code references_not_after} and,
 * for the words after it, {@code references_asked}.
 */
final class DescribedReferences {
    /** The kinds of thing a description names. */
    enum Head { PLACE, PERSON, ORGANISATION, YEAR }

    record Reference(Pattern at, Head head, int shift, String ask, String as) {
    }

    record Rules(List<Reference> references, List<Pattern> notAfter, List<Pattern> asked, List<Pattern> subjectAfter,
                 java.util.Set<String> verbs, List<Pattern> besideAName) {
    }

    /**
     * A question read with its descriptions resolved.
     *
     * @param text the question with each description replaced by what it names
     * @param bridges the answers that resolved them, whose facts the answer cites beside its own
     */
    record Resolved(String text, List<Answer.Answered> bridges) {
    }

    /** A year in an answer's lead: "2019", "2019 г.", "2019年6月". */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern GROUP = Pattern.compile("\\{(\\w+)}");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final AliasExpander aliases;
    private final Map<Lang, Rules> rules = new EnumMap<>(Lang.class);

    DescribedReferences(AliasExpander aliases) {
        this.aliases = aliases;
        for (Lang lang : Lang.values()) {
            rules.put(lang, read(YamlNode.resource("lexicon/" + lang.code() + ".yaml")));
        }
    }

    static Rules read(YamlNode lexicon) {
        List<Reference> references = new ArrayList<>();
        for (YamlNode item : lexicon.get("references").map(YamlNode::items).orElse(List.of())) {
            item.requireKeys(java.util.Set.of("at", "head", "shift", "ask", "as"));
            Pattern at = compiled(item, item.string("at"));
            if (!item.string("at").contains("(?<c>")) {
                throw item.error("'at' has no group c, the described clause");
            }
            Head head;
            try {
                head = Head.valueOf(item.string("head").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw item.error("'head' is no kind of thing described: " + item.string("head") + "; kinds: place, person, organisation, year");
            }
            int shift;
            try {
                shift = Integer.parseInt(item.string("shift"));
            } catch (NumberFormatException e) {
                throw item.error("'shift' is no whole number of years: " + item.string("shift"));
            }
            Matcher groups = GROUP.matcher(item.string("ask"));
            while (groups.find()) {
                if (!item.string("at").contains("(?<" + groups.group(1) + ">")) {
                    throw item.error("'ask' writes {" + groups.group(1) + "}, which 'at' has no group of");
                }
            }
            String as = item.string("as");
            if (!as.contains(head == Head.YEAR ? "{year}" : "{value}")) {
                throw item.error("'as' writes no " + (head == Head.YEAR ? "{year}" : "{value}") + " of the " + head.name().toLowerCase(Locale.ROOT));
            }
            references.add(new Reference(at, head, shift, item.string("ask"), as));
        }
        java.util.Set<String> verbs = lexicon.get("references_verbs").map(v -> java.util.Set.copyOf(lexicon.strings("references_verbs")))
                .orElse(java.util.Set.of());
        return new Rules(List.copyOf(references), patterns(lexicon, "references_not_after"), patterns(lexicon, "references_asked"),
                patterns(lexicon, "references_subject_after"), verbs, patterns(lexicon, "references_beside_a_name"));
    }

    private static List<Pattern> patterns(YamlNode lexicon, String key) {
        return lexicon.get(key).map(YamlNode::items).orElse(List.of()).stream().map(item -> compiled(item, item.nonBlank())).toList();
    }

    private static Pattern compiled(YamlNode item, String regex) {
        try {
            return Pattern.compile("(?iu)" + regex);
        } catch (IllegalArgumentException e) {
            throw item.error("no regular expression: " + e.getMessage());
        }
    }

    /** Whether the question holds words of a description at all: most do not, and are read no further here. */
    boolean mayDescribe(String question, Lang lang) {
        return rules.get(lang).references().stream().anyMatch(reference -> reference.at().matcher(question).find());
    }

    /**
     * The question with each description the facts resolve replaced by what it names; none when it has no
     * description, or none the facts resolve.
     *
     * @param ask answers a description asked on its own
     */
    Optional<Resolved> resolved(String question, Lang lang, Function<String, Answer> ask) {
        Rules r = rules.get(lang);
        String text = question;
        List<Answer.Answered> bridges = new ArrayList<>();
        for (Reference reference : r.references()) {
            Matcher m = reference.at().matcher(text);
            if (!m.find() || describesTheAsked(text, m, r)) {
                continue;
            }
            String before = text.substring(0, m.start());
            // "did the minister who joined Oreshkin in the talks with Seko say …": the description ends where the
            // sentence's own verb begins
            boolean subject = r.subjectAfter().stream().anyMatch(p -> p.matcher(before).find());
            int end = subject ? endBeforeTheVerb(m, r) : m.end();
            if (end < 0) {
                continue;
            }
            String clause = subject ? m.group("c").substring(0, end - m.start("c")).strip() : m.group("c").strip();
            Answer answer = ask.apply(asked(reference.ask(), m).replace(m.group("c").strip(), clause));
            Optional<Entity> thing = answer instanceof Answer.Answered a ? thingOf(a, reference) : Optional.empty();
            Optional<String> value = answer instanceof Answer.Answered a ? valueOf(a, reference, thing, lang) : Optional.empty();
            if (value.isEmpty()) {
                continue;
            }
            if (r.besideAName().stream().anyMatch(p -> p.matcher(before).find())) {
                // "who is noskov, the russian official who…": a description beside the name it restates says nothing more
                if (thing.isEmpty() || aliases.expand(before).entities().stream().noneMatch(thing.get()::equals)) {
                    continue;
                }
                text = before.replaceFirst(",\\s*$", "") + text.substring(end);
            } else {
                text = before + value.get() + text.substring(end);
            }
            bridges.add((Answer.Answered) answer);
        }
        return bridges.isEmpty() ? Optional.empty() : Optional.of(new Resolved(text, List.copyOf(bridges)));
    }

    /**
     * Where a description that is its sentence's subject ends: before the first of the lexicon's verbs after its
     * clause's first word; -1 when none stands there.
     */
    private static int endBeforeTheVerb(Matcher m, Rules r) {
        Matcher word = WORD.matcher(m.group("c"));
        boolean first = true;
        while (word.find()) {
            if (!first && r.verbs().contains(word.group().toLowerCase(Locale.ROOT))) {
                return m.start("c") + word.start();
            }
            first = false;
        }
        return -1;
    }

    /** Whether the words around a description make it the thing asked, or the subject of its sentence's verb. */
    private static boolean describesTheAsked(String text, Matcher m, Rules r) {
        String before = text.substring(0, m.start());
        String after = text.substring(m.end());
        return r.notAfter().stream().anyMatch(p -> p.matcher(before).find()) || r.asked().stream().anyMatch(p -> p.matcher(after).find());
    }

    /** The question asking a description: its 'ask' with the groups the description matched. */
    private static String asked(String ask, Matcher m) {
        Matcher groups = GROUP.matcher(ask);
        StringBuilder out = new StringBuilder();
        while (groups.find()) {
            String group = m.group(groups.group(1));
            groups.appendReplacement(out, Matcher.quoteReplacement(group == null ? "" : group.strip()));
        }
        groups.appendTail(out);
        return out.toString();
    }

    /** The one thing of the kind a description names that the answer leads with: "Osaka", not "Osaka; Tokyo". */
    private Optional<Entity> thingOf(Answer.Answered answer, Reference reference) {
        if (reference.head() == Head.YEAR || answer.lead().isBlank()) {
            return Optional.empty();
        }
        Entity.Kind kind = switch (reference.head()) {
            case PLACE -> Entity.Kind.PLACE;
            case PERSON -> Entity.Kind.PERSON;
            default -> Entity.Kind.ORGANISATION;
        };
        List<Entity> ofKind = aliases.expand(answer.lead()).entities().stream().filter(e -> e.kind() == kind).distinct().toList();
        return ofKind.size() == 1 ? Optional.of(ofKind.get(0)) : Optional.empty();
    }

    /** What stands in a description's place: the name of the thing, or the year the answer leads with, moved. */
    private static Optional<String> valueOf(Answer.Answered answer, Reference reference, Optional<Entity> thing, Lang lang) {
        if (reference.head() != Head.YEAR) {
            return thing.map(t -> reference.as().replace("{value}", t.name(lang)));
        }
        Matcher year = YEAR.matcher(answer.lead());
        return year.find() ? Optional.of(reference.as().replace("{year}", String.valueOf(Integer.parseInt(year.group(1)) + reference.shift())))
                : Optional.empty();
    }
}
