package org.rujp.bot.answer.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.retrieval.AliasExpander;
import org.rujp.bot.yaml.YamlNode;

/**
 * Times a question gives by another event instead of a date: "in the year of the Osaka summit" is in 2019, "the year
 * before the G20 Osaka summit" 2018, "a year after the Cross Years ended" 2020, "8項目プランが提案された翌年" 2017. The
 * event must be one the knowledge dates (a card's {@code held} or {@code began}); the phrase is then read as the year,
 * so that the year is checked against the facts like any other and the event is no premise the facts must speak of
 * ("who did the economy minister meet in Tokyo in the year of the Osaka summit": the meeting's facts need not name the
 * summit). Events the knowledge does not date ("the year the pandemic started") are left as written.
 *
 * <p>The phrases are the lexicon's {@code time_anchors}: each a regular expression in which {@code {event}} stands for
 * the event's name and {@code {verb}} for a verb of its beginning or end, with the years it shifts by (a group
 * {@code n} counts them: "two years before") and what it becomes ("in {year}"; "{season}" keeps the words of a group
 * so named: "in {season} {year}").
 *
 * <p>A year given from today ("next year", "в следующем году", 来年) is written as that year by the clock, from the
 * lexicon's {@code from_now} phrases: the knowledge then tells of it only if a fact does, and a question of next year's
 * events is refused as of a year no fact covers. Only the asking sentence is read, and only when the question names no
 * year of its own ("Back in January 2018, how did they see the year ahead?" is of 2018). Words in quotation marks are a
 * statement quoted, never the question's time: "「今年は特別な年になる」と語ったのは誰？" stays as written.
 */
public final class TimeAnchors {
    /** An event's name in the text while the phrases are read: a private-use character and its mention's index. */
    private static final char MARK = '\uE000';
    private static final Pattern MARKED = Pattern.compile(MARK + "(\\d+)" + MARK);

    private record Phrase(Pattern pattern, int shift, String as) {
    }

    record Rules(List<Phrase> phrases, Pattern ends, Map<String, Integer> numbers, List<Phrase> fromNow, List<WorldEvent> worldEvents) {
    }

    /**
     * An event of the world the articles do not tell of, by which people remember a time ("the year Russia hosted the
     * World Cup", "до пандемии"): its names and its year. Only a time is read from it, never a fact.
     */
    record WorldEvent(Pattern names, int began, int ended) {
    }

    /** Where a dated event stands in the question, and the years it began and ended. */
    private record Dated(int start, int end, int began, int ended) {
    }

    private final AliasExpander aliases;
    private final java.time.Clock clock;
    private final Map<Lang, Rules> rules = new EnumMap<>(Lang.class);

    public TimeAnchors(AliasExpander aliases) {
        this(aliases, java.time.Clock.systemDefaultZone());
    }

    /** With the clock that gives today's year, for the years given from today. */
    public TimeAnchors(AliasExpander aliases, java.time.Clock clock) {
        this.aliases = aliases;
        this.clock = clock;
        for (Lang lang : Lang.values()) {
            rules.put(lang, read(YamlNode.resource("lexicon/" + lang.code() + ".yaml"), lang));
        }
    }

    static Rules read(YamlNode lexicon, Lang lang) {
        Optional<YamlNode> anchors = lexicon.get("time_anchors");
        if (anchors.isEmpty()) {
            return new Rules(List.of(), Pattern.compile("(?!)"), Map.of(), List.of(), List.of());
        }
        YamlNode node = anchors.get();
        node.requireKeys(java.util.Set.of("verbs", "ends", "numbers", "phrases", "from_now", "world_events"));
        String verbs = alternatives(node.strings("verbs"), lang);
        Pattern ends = Pattern.compile("(?iu)" + alternatives(node.strings("ends"), lang));
        Map<String, Integer> numbers = new java.util.HashMap<>();
        node.get("numbers").ifPresent(n -> n.entries().forEach((word, value) -> numbers.put(word.toLowerCase(Locale.ROOT),
                Integer.parseInt(value.nonBlank()))));
        List<Phrase> phrases = new ArrayList<>();
        for (YamlNode item : node.require("phrases").items()) {
            item.requireKeys(java.util.Set.of("at", "shift", "as"));
            String at = item.string("at").replace("{event}", MARK + "(?<x>\\d+)" + MARK).replace("{verb}", "(?:" + verbs + ")");
            if (!at.contains("(?<x>")) {
                throw item.error("'at' names no {event}");
            }
            Pattern pattern = compiled(item, at);
            Matcher kept = GROUP.matcher(item.string("as"));
            while (kept.find()) {
                if (!kept.group(1).equals("year") && !at.contains("(?<" + kept.group(1) + ">")) {
                    throw item.error("'as' keeps {" + kept.group(1) + "}, which 'at' has no group of");
                }
            }
            phrases.add(new Phrase(pattern, shift(item), item.string("as")));
        }
        List<Phrase> fromNow = new ArrayList<>();
        for (YamlNode item : node.get("from_now").map(YamlNode::items).orElse(List.of())) {
            item.requireKeys(java.util.Set.of("at", "shift", "as"));
            Pattern pattern = compiled(item, item.string("at"));
            if (!item.string("as").contains("{year}")) {
                throw item.error("'as' writes no {year}");
            }
            fromNow.add(new Phrase(pattern, shift(item), item.string("as")));
        }
        List<WorldEvent> worldEvents = new ArrayList<>();
        for (YamlNode item : node.get("world_events").map(YamlNode::items).orElse(List.of())) {
            item.requireKeys(java.util.Set.of("names", "began", "ended"));
            try {
                worldEvents.add(new WorldEvent(Pattern.compile("(?iu)" + alternatives(item.strings("names"), lang)),
                        Integer.parseInt(item.string("began")), Integer.parseInt(item.string("ended"))));
            } catch (NumberFormatException e) {
                throw item.error("'began' and 'ended' are years: " + e.getMessage());
            }
        }
        return new Rules(List.copyOf(phrases), ends, Map.copyOf(numbers), List.copyOf(fromNow), List.copyOf(worldEvents));
    }

    /** A phrase's 'at', compiled case-blind, or an error naming its lexicon line. */
    private static Pattern compiled(YamlNode item, String at) {
        try {
            return Pattern.compile("(?iu)" + at);
        } catch (IllegalArgumentException e) {
            throw item.error("'at' is no regular expression: " + e.getMessage());
        }
    }

    /** A phrase's 'shift', the years it moves by, or an error naming its lexicon line. */
    private static int shift(YamlNode item) {
        try {
            return Integer.parseInt(item.string("shift"));
        } catch (NumberFormatException e) {
            throw item.error("'shift' is no whole number of years: " + item.string("shift"));
        }
    }

    /** The words as alternatives of a pattern, each bounded as a word unless Japanese. */
    private static String alternatives(List<String> words, Lang lang) {
        String bound = lang == Lang.JA ? "" : "(?<!\\p{L})";
        String after = lang == Lang.JA ? "" : "(?!\\p{L})";
        return words.isEmpty() ? "(?!)" : bound + "(?:" + String.join("|", words.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList())
                + ")" + after;
    }

    /** The question with each time given by an event the knowledge dates, or from today, written as its year. */
    public String dated(String question, Lang lang) {
        Rules r = rules.get(lang);
        question = fromNow(question, r.fromNow());
        if (r.phrases().isEmpty()) {
            return question;
        }
        List<Dated> dated = new ArrayList<>(joined(question, aliases.mentions(question).stream()
                .filter(m -> m.entity().card().yearOf(false).isPresent()).toList()).stream()
                .map(m -> new Dated(m.start(), m.end(), m.entity().card().yearOf(false).orElseThrow(),
                        m.entity().card().yearOf(true).orElseThrow())).toList());
        for (WorldEvent event : r.worldEvents()) {
            Matcher named = event.names().matcher(question);
            while (named.find()) {
                int from = named.start();
                int to = named.end();
                if (dated.stream().noneMatch(d -> d.start() < to && from < d.end())) {
                    dated.add(new Dated(from, to, event.began(), event.ended()));
                }
            }
        }
        if (dated.isEmpty()) {
            return question;
        }
        dated.sort(java.util.Comparator.comparingInt(Dated::start));
        StringBuilder marked = new StringBuilder();
        int at = 0;
        for (int i = 0; i < dated.size(); i++) {
            Dated m = dated.get(i);
            marked.append(question, at, m.start()).append(MARK).append(i).append(MARK);
            at = m.end();
        }
        String text = marked.append(question.substring(at)).toString();
        for (Phrase phrase : r.phrases()) {
            Matcher m = phrase.pattern().matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Dated event = dated.get(Integer.parseInt(m.group("x")));
                boolean end = r.ends().matcher(MARKED.matcher(m.group()).replaceAll(" ")).find();
                int shift = phrase.shift() * count(m, r.numbers());
                int year = (end ? event.ended() : event.began()) + shift;
                m.appendReplacement(out, Matcher.quoteReplacement(kept(m, phrase.as().replace("{year}", Integer.toString(year)))));
            }
            text = m.appendTail(out).toString();
        }
        Matcher left = MARKED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (left.find()) {
            Dated m = dated.get(Integer.parseInt(left.group(1)));
            left.appendReplacement(out, Matcher.quoteReplacement(question.substring(m.start(), m.end())));
        }
        return left.appendTail(out).toString();
    }

    /** A year written in digits. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /** The question with each year given from today written as the year, outside quotation marks. */
    private String fromNow(String question, List<Phrase> phrases) {
        if (phrases.isEmpty()) {
            return question;
        }
        List<int[]> quoted = spans(question);
        // a year the question names sets its own time: "Back in Jan 2018, how did the MFA see the year ahead?"
        Matcher named = YEAR.matcher(question);
        while (named.find()) {
            int at = named.start();
            if (quoted.stream().noneMatch(span -> span[0] <= at && at < span[1])) {
                return question;
            }
        }
        int thisYear = java.time.LocalDate.now(clock).getYear();
        String text = question;
        for (Phrase phrase : phrases) {
            // in the asking sentence only: "来年の企画書を書いています。交流年はどこで決まったの？" asks of no next year
            String asking = Sentences.asking(text);
            int from = text.lastIndexOf(asking);
            int to = from < 0 ? text.length() : from + asking.length();
            int start = Math.max(from, 0);
            Matcher m = phrase.pattern().matcher(text);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                int at = m.start();
                if (at < start || at >= to || quoted.stream().anyMatch(span -> span[0] <= at && at < span[1])) {
                    continue;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(phrase.as().replace("{year}", Integer.toString(thisYear + phrase.shift()))));
                changed = true;
            }
            if (changed) {
                text = m.appendTail(out).toString();
                quoted = spans(text); // the quotes stand elsewhere now
            }
        }
        return text;
    }

    /** Where the text's quotations stand ({@link LexiconRules#QUOTED}: «…», 「今年は…」): each a start and an end. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher q = LexiconRules.QUOTED.matcher(text);
        while (q.find()) {
            spans.add(new int[] {q.start(), q.end()});
        }
        return spans;
    }

    /** A conjunction between two names: "Год России в Японии и Год Японии в России" is one time. */
    private static final Pattern AND = Pattern.compile("(?iu)\\s*(?:,|、|и|and|&|と|や)\\s*");

    /** The mentions, those of one time joined by a conjunction taken as one ("the Year of Russia in Japan and …"). */
    private static List<AliasExpander.Mention> joined(String question, List<AliasExpander.Mention> mentions) {
        List<AliasExpander.Mention> out = new ArrayList<>();
        for (AliasExpander.Mention m : mentions) {
            AliasExpander.Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && m.start() < last.end()) {
                continue; // one name of two entities ("перекрёстные годы"): one time
            }
            if (last != null && AND.matcher(question.substring(last.end(), m.start())).matches()
                    && last.entity().card().yearOf(false).equals(m.entity().card().yearOf(false))) {
                out.set(out.size() - 1, new AliasExpander.Mention(last.entity(), last.start(), m.end()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static final Pattern GROUP = Pattern.compile("\\{(\\p{Alpha}+)}");

    /** What the phrase becomes with the words of its other named groups kept: "in the spring of …" is "in spring 2018". */
    private static String kept(Matcher m, String as) {
        Matcher group = GROUP.matcher(as);
        StringBuilder out = new StringBuilder();
        while (group.find()) {
            String word = m.group(group.group(1));
            group.appendReplacement(out, Matcher.quoteReplacement(word == null ? "" : word));
        }
        return group.appendTail(out).toString();
    }

    /** How many years a phrase's group {@code n} counts ("two years before"); one where it has none. */
    private static int count(Matcher m, Map<String, Integer> numbers) {
        String n;
        try {
            n = m.group("n");
        } catch (IllegalArgumentException noGroup) {
            return 1;
        }
        if (n == null) {
            return 1;
        }
        String word = n.strip().toLowerCase(Locale.ROOT);
        return word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : numbers.getOrDefault(word, 1);
    }
}
