package org.rujp.bot.answer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Lang;

/**
 * The options a quiz-like question offers to choose from, and the question without them. "In which month did the
 * year begin: January, April or September?", "Когда продлили Год: на полгода, на год или на два года?",
 * "会談は東京だった？モスクワだった？", "次のうちどれ 大阪 つくば 福岡". The question is read without its options, so that
 * the wrong ones are not taken for premises ("the question asks about April") nor for unknown names ("Sochi"); the
 * answer then says which option the facts found state, or, asked which is <i>not</i> among them ("odd one out",
 * "какой лишний", "仲間はずれ"), which ones they do not.
 *
 * @param stem     the question without its options ("In which month did the year begin?")
 * @param options  what it offers, as written, two or more
 * @param negative whether it asks which option is not so
 * @param earliest whether it asks which of the options came first
 */
public record Choices(String stem, List<String> options, boolean negative, boolean earliest) {
    /** A list after a colon or a dash that ends the question: ": January, April or September?". */
    private static final Pattern LISTED = Pattern.compile("(?<=\\p{L}|\\p{N}|[»\"”)])\\s*(?::|：|\\s[-–—]\\s?)\\s*([^:：.?？!。]+?)\\s*(?=[.?？!。]|$)");
    private static final Pattern DASH = Pattern.compile("\\s[-–—]\\s");
    private static final Pattern OR_WORD = Pattern.compile("(?iu)\\s(?:or|или|либо)\\s");
    private static final Pattern OR = Pattern.compile("(?iu)\\s*,?\\s+(?:or|или|либо)\\s+|\\s*,\\s*");
    private static final Pattern LAST_OR = Pattern.compile("(?iu)^(.*?)(\\S[^,]*?)\\s*,?\\s+(?:or|или|либо)\\s+([^,?？!.]+?)[\\s?？!.]*$");
    /** "…のは プーチン大統領か安倍首相か", "…は東京だった？モスクワだった？", "東京ですか、モスクワですか", "8項目だっけ、9項目だっけ". */
    private static final Pattern JA_EITHER = Pattern.compile("^(.*?)([^\\s、。？?はがを]{1,20}?)(?:か|だった[？?]?|でした[？?]?|ですか[？?、]?|なの[？?]?|(?:だ|でした|だった)っけ[？?、]?)\\s*"
            + "(?:それとも)?\\s*([^\\s、。？?]{1,20}?)(?:か|だった|でした|ですか|なの|(?:だ|でした|だった)っけ)[？?。]?$");
    /** "…のうちどれ 大阪 つくば 福岡", "仲間はずれはどれ？ 養殖 風力発電 石油採掘": the options after the question word. */
    private static final Pattern JA_SPACED = Pattern.compile("^(.*?(?:どれ|どっち|どちら)(?:ですか|でしょう|か)?[？?]?)[\\s　]+(\\S+(?:[\\s　、]+\\S+)+?)[？?。]?$");
    /** "…？ タス RIAノーボスチ スプートニク のどれ": options with spaces after the question, before the word asking which of them. */
    private static final Pattern JA_SPACED_BEFORE = Pattern.compile(
            "^(.*?[？?])[\\s　]*(\\S+(?:[\\s　]+\\S+)+?)[\\s　]*(の(?:うち|中で)?(?:どれ|どっち|どちら)(?:ですか|でしょう|か)?[？?。]?)$");
    /** The same once marked (see {@link #markedJapanese}): "…のうちどれ 大阪、つくば、福岡". */
    private static final Pattern JA_AFTER = Pattern.compile("^(.*?(?:どれ|どっち|どちら)(?:ですか|でしょう|か)?[？?]?)\\s*([^、\\s]+(?:、[^、\\s]+)+)[？?。]?$");
    /** "どっちが先？ ウラジオストクでの会談と 大阪での合意": two things after the question, joined by と. */
    private static final Pattern JA_BOTH = Pattern.compile("^(.*?(?:どっち|どちら)が[^？?]{0,6}[？?])\\s*([^\\s、と]{2,30}?)\\s*と\\s*([^\\s、]{2,30}?)[？?。]?$");
    /** "ウラジオストクが先だっけ、大阪が先だっけ？": each option asked to have come first, the question before them. */
    private static final Pattern JA_FIRST = Pattern.compile("^(.*?)([^、。？?\\s]{2,30}?)が先(?:だっけ|でしたっけ|だった|なの|か)?[、,？?]\\s*(?:それとも)?\\s*"
            + "([^、。？?\\s]{2,30}?)が先(?:だっけ|でしたっけ|だった|なの|か)?[？?。]?$");
    /**
     * "つくばの閣僚会合と、大阪での会談、どっちが先？", "…、先にあったのはどっち？": two things joined by と and a comma, before
     * the question of which came first.
     */
    private static final Pattern JA_PAIR_FIRST = Pattern.compile("^(.*?[。！!]?)\\s*([^。？?！!]{2,40})と[、,]\\s*([^、。？?]{2,30})[、,]\\s*"
            + "((?:どっち|どちら)が(?:先|早)[^。]*|(?:先|最初|早く)[^、。？?]{0,10}(?:のは|のって)\\s*(?:どっち|どちら)[^。]*)$");
    /** "8項目プランと大阪での合意、どちらが先？": two things joined by と (the last と before the comma), then which came first. */
    private static final Pattern JA_PAIR_JOINED = Pattern.compile("^([^。？?！!]*[。！!])?\\s*([^。？?！!、]{2,40})と([^と、。？?！!]{2,30})[、,]\\s*"
            + "((?:どっち|どちら)が(?:先|早)[^。]*|(?:先|最初|早く)[^、。？?]{0,10}(?:のは|のって)\\s*(?:どっち|どちら)[^。]*)$");
    /** "…は2月と3月、どちらに予定されていましたか": two things joined by と, a comma, then the question word asking which. */
    private static final Pattern JA_PAIR_ASKED = Pattern.compile("^(.*?[はがで、]?)([^、。？?！!\\sはがをで]{1,12})と([^、。？?！!\\s]{1,12})[、,]\\s*((?:どっち|どちら)(?!が(?:先|早))[^。]*)$");
    /** The end of the topic before an option: the last って or は. */
    private static final Pattern JA_TOPIC_END = Pattern.compile(".*(?:って|は)");
    /** "大阪、つくば、福岡のどれ" (as lettered options are read). */
    private static final Pattern JA_LIST = Pattern.compile("^(.*?)((?:[^、。？?：:\\s]{1,20}、)+[^、。？?：:\\s]{1,20}?)の(?:うち|中で)?(どれ|どちら|どっち)(.*)$");
    /** Words after "or" that offer no option: "or not", "или нет", "or something". */
    private static final Set<String> NO_OPTION = Set.of("not", "no", "false", "otherwise", "something", "so", "what", "else",
            "nothing", "anything", "нет", "не", "что", "как", "неверно", "ложь", "наоборот");
    private static final Pattern QUESTION_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:who|what|when|where|which|why|how|whom|whose"
            + "|кто|что|когда|где|куда|откуда|какой|какая|какое|какие|каком|какую|каких|как|сколько|почему|зачем|чей|чья|чьё)(?!\\p{L})");
    /** An option list that is a yes-or-no question: "Quick one: did Putin or Abe announce it?". */
    private static final Pattern YES_NO = Pattern.compile("(?iu)^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\\s|(?<!\\p{L})ли(?!\\p{L})");
    private static final Pattern NEGATIVE_EN = Pattern.compile("(?i)\\b(?:not|odd one out|except|wasn't|isn't|weren't|aren't|never)\\b|n't\\b");
    private static final Pattern NEGATIVE_RU = Pattern.compile("(?iu)(?<!\\p{L})(?:не|лишн\\p{L}*|кроме)(?!\\p{L})");
    private static final Pattern NEGATIVE_JA = Pattern.compile("仲間はずれ|仲間外れ|ないの|ないもの|ないのは|でない|じゃない|以外|含まれない|入っていない|入らない|違うもの|関係ない");
    private static final Pattern EARLIEST_EN = Pattern.compile("(?i)\\b(?:came first|come first|happened first|happen first|earlier|first[:,]|which first)\\b");
    private static final Pattern EARLIEST_RU = Pattern.compile("(?iu)(?<!\\p{L})(?:раньше|ранее|прежде|первым|первее|сначала)(?!\\p{L})");
    private static final Pattern EARLIEST_JA = Pattern.compile("先|早い|早かった|最初");
    private static final Pattern EARLIEST_COMMA = Pattern.compile(
            "(?iu)(?:came first|come first|happened first|was first|earlier|раньше|первым|прежде)\\s*,");
    /** A tag question after the options: ", which was it?", "— which one?", ", как правильно?", ", что из этого?". */
    private static final Pattern TAG = Pattern.compile("(?iu)\\s*[,;:–—-]\\s*(?:(?:so\\s+)?which\\s+(?:one\\s+)?(?:was|is)\\s+(?:it|right|correct|true)"
            + "|which\\s+one|which|(?:так\\s+)?как\\s+(?:же\\s+)?(?:правильно|верно)|что\\s+(?:же\\s+)?(?:верно|правильно)|что\\s+из\\s+этого"
            + "|какой\\s+(?:из\\s+них|вариант))\\s*[?!]*\\s*$");
    /** Options around an "or", then a comma and a few words more: "…в январе или летом, сразу после саммита?". */
    private static final Pattern TRAILING_ASIDE = Pattern.compile("(?iu)^(.*\\s(?:or|или|либо)\\s[^,]+?),\\s*([^,?？]+?)[?？]$");
    private static final int MOST_OPTIONS = 6;
    private static final int MOST_WORDS = 7;
    /** Two options may be longer: "which came first: the meeting in Vladivostok, or the talks in Moscow?". */
    private static final int MOST_WORDS_OF_TWO = 12;
    /** Two events asked which came first, each told with a clause of its own. */
    private static final int MOST_WORDS_OF_EVENTS = 20;

    public Choices {
        options = List.copyOf(options);
    }

    /** The options the question offers; none when it offers fewer than two. */
    public static Optional<Choices> in(String asked, Lang lang, Function<String, Optional<Entity.Kind>> kindOf) {
        // "Which came first, the meeting or the agreement?": the comma after the ask stands for a colon
        Matcher first = EARLIEST_COMMA.matcher(asked);
        String question = lang != Lang.JA && first.find() ? asked.substring(0, first.end() - 1) + ":" + asked.substring(first.end()) : asked;
        // "February or March, which was it?": the tag after the options asks nothing of its own
        Matcher tag = lang == Lang.JA ? null : TAG.matcher(question);
        String untagged = tag != null && tag.find() ? question.substring(0, tag.start()) + "?" : question;
        Optional<Choices> found = lang == Lang.JA ? japanese(question, kindOf) : listed(untagged)
                // "proposed by Putin or by Medvedev?": a name the knowledge knows beside one it does not is no quiz's
                // options but a premise to check
                .or(() -> either(untagged).filter(c -> c.options().stream().map(kindOf).distinct().count() == 1
                        || c.options().stream().noneMatch(o -> kindOf.apply(o).isPresent())))
                // "was that about the Osaka summit or the G20 meeting in Tsukuba?": two things the knowledge knows
                .or(() -> parallel(untagged).filter(c -> c.options().stream().allMatch(o -> kindOf.apply(o).isPresent())));
        if (found.isEmpty() && lang != Lang.JA) {
            // "…в январе или летом, сразу после саммита?": a short aside after the options is no option
            Matcher aside = TRAILING_ASIDE.matcher(untagged.strip());
            if (aside.matches() && !QUESTION_WORD.matcher(aside.group(2)).find() && words(aside.group(2)).size() <= 5) {
                String without = aside.group(1) + "?";
                found = either(without).filter(c -> c.options().stream().map(kindOf).distinct().count() == 1
                        || c.options().stream().noneMatch(o -> kindOf.apply(o).isPresent()));
            }
        }
        return found.filter(c -> c.options().size() >= 2 && c.options().size() <= MOST_OPTIONS)
                // names the knowledge knows, all of one kind, are read as a choice with the question ("Putin, Abe or Seko")
                .map(c -> lang != Lang.JA && ofOneKnownKind(c.options(), kindOf) ? new Choices(untagged, c.options(), false, false) : c)
                .map(c -> new Choices(c.stem(), c.options(), negative(c.stem(), lang), earliest(c.stem(), lang)));
    }

    /**
     * A list after a colon or a dash, up to the end of its sentence: ": January, April or September?", "Odd one out:
     * aquaculture, wind power, oil drilling. Which was not…?". Two options or more joined by "or", or three or more
     * listed with commas.
     */
    private static Optional<Choices> listed(String question) {
        String q = question.strip();
        Matcher m = LISTED.matcher(q);
        while (m.find()) {
            String list = m.group(1);
            int listStart = m.start(1);
            Matcher dash = DASH.matcher(list);
            while (dash.find()) { // "поправьте: осака — побратим Петербурга или Владивостока?": the list after the dash
                listStart = m.start(1) + dash.end();
            }
            list = q.substring(listStart, m.end(1));
            boolean or = OR_WORD.matcher(list).find();
            List<String> parts = List.of(OR.split(list));
            String before = q.substring(0, m.start());
            if (or && parts.size() > 2 && OR_WORD.split(list).length == 2 && (EARLIEST_EN.matcher(before).find() || EARLIEST_RU.matcher(before).find())) {
                // "что было раньше: встреча во Владивостоке, после которой …, или переговоры в Москве, где …?": two
                // events told with their clauses, on either side of the one "or"
                parts = java.util.Arrays.stream(OR_WORD.split(list)).map(p -> p.strip().replaceAll("[,，]$", "").strip()).toList();
                List<String> events = options(parts, MOST_WORDS_OF_EVENTS);
                if (events.size() == 2) {
                    String stem = (before + q.substring(m.end(1))).strip();
                    return Optional.of(new Choices(asked(stem.replaceAll("\\s+([.?!])", "$1")), events, false, false));
                }
            }
            List<String> options = options(parts, or && parts.size() == 2 ? MOST_WORDS_OF_TWO : MOST_WORDS);
            boolean asking = options.stream().anyMatch(o -> QUESTION_WORD.matcher(o).find())
                    || !options.isEmpty() && YES_NO.matcher(options.get(0)).find();
            if (asking || options.size() < (or ? 2 : 3)) {
                continue;
            }
            String stem = (q.substring(0, listStart == m.start(1) ? m.start() : listStart) + q.substring(m.end(1))).strip();
            if (!stem.codePoints().anyMatch(Character::isLetter)) {
                continue;
            }
            return Optional.of(new Choices(asked(stem.replaceAll("\\s+([.?!])", "$1")), options, false, false));
        }
        return Optional.empty();
    }

    /**
     * "Was it Tokyo or Moscow?", "в Москве или в Токио?": the options around an "or" that ends the question, of the
     * same shape on both sides (names, numbers or dates), and those listed before them with commas.
     */
    private static Optional<Choices> either(String question) {
        Matcher m = LAST_OR.matcher(question.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String after = ASIDE.matcher(m.group(3).strip()).replaceFirst("");
        String before = m.group(2).strip();
        String counts = "";
        Matcher countedAfter = COUNTED_AFTER.matcher(after);
        if (countedAfter.matches() && before.matches("(?s).*\\d[\\d.,]*%?")) {
            // "из 600 или из 700 мероприятий": what is counted, said once after the second number, is of both
            after = countedAfter.group(1);
            counts = " " + countedAfter.group(2);
        }
        List<String> afterWords = words(after);
        if (afterWords.isEmpty() || afterWords.size() > 4 || NO_OPTION.contains(afterWords.get(0).toLowerCase(Locale.ROOT))
                || QUESTION_WORD.matcher(after).find() || !optionShaped(after)) {
            return Optional.empty();
        }
        List<String> beforeWords = new ArrayList<>(words(before));
        // as many words before the "or" as after it, from a word of the same shape: "in Moscow or in Tokyo", "15 or 17%"
        int from = Math.max(0, beforeWords.size() - afterWords.size());
        String first = String.join(" ", beforeWords.subList(from, beforeWords.size()));
        if (from > 0 && afterWords.size() > 1 && beforeWords.get(from - 1).equalsIgnoreCase(afterWords.get(0))
                && PREPOSITION.matcher(afterWords.get(0)).matches()) {
            // "by one year or by two": the first option with its preposition, as the second has it
            from--;
            first = String.join(" ", beforeWords.subList(from, beforeWords.size()));
        }
        if (from > 0 && afterWords.size() == 1 && PREPOSITION.matcher(beforeWords.get(from - 1)).matches()
                && TIME_WORD.matcher(afterWords.get(0)).matches()) {
            // "в январе или летом": the first time with its preposition, the second an adverb of its own
            from--;
            first = String.join(" ", beforeWords.subList(from, beforeWords.size()));
        }
        int counted = lastNumber(beforeWords);
        if (numberShaped(after) && !numberShaped(first) && counted >= 0 && beforeWords.size() - counted <= MOST_WORDS) {
            // "о более чем 700 мероприятиях Перекрёстных годов или о 600?": the number the other one stands against,
            // said before the words of what is counted
            first = beforeWords.remove(counted);
            from = beforeWords.size();
        }
        if (!optionShaped(first) || QUESTION_WORD.matcher(first).find()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        String rest = m.group(1) + String.join(" ", beforeWords.subList(0, from));
        // "Putin, Abe or Seko": options listed with commas before
        String listedBefore = m.group(1).strip();
        if (from == 0 && listedBefore.endsWith(",")) {
            List<String> parts = new ArrayList<>(List.of(listedBefore.substring(0, listedBefore.length() - 1).split(",")));
            while (!parts.isEmpty() && optionShaped(parts.get(parts.size() - 1).strip()) && words(parts.get(parts.size() - 1)).size() <= 4
                    && !QUESTION_WORD.matcher(parts.get(parts.size() - 1)).find()) {
                options.add(0, parts.remove(parts.size() - 1).strip());
            }
            rest = String.join(",", parts);
        }
        options.add(first);
        options.add(after);
        String stem = (rest.strip() + counts).strip();
        if (!stem.codePoints().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(new Choices(asked(stem), options(options), false, false));
    }

    /**
     * "…: was that about the Osaka summit or the G20 ministerial meeting in Tsukuba?", "Это он про саммит в Осаке или про
     * встречу в Цукубе?": two options around the "or" that ends the question, each a phrase opening with the same word
     * (a preposition or "the"), as long as two options may be.
     */
    private static Optional<Choices> parallel(String question) {
        Matcher m = LAST_OR.matcher(question.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> afterWords = words(ASIDE.matcher(m.group(3).strip()).replaceFirst("")); // "…or out in the Far East"
        if (afterWords.size() < 2 || afterWords.size() > MOST_WORDS_OF_TWO || !OPENS_PHRASE.matcher(afterWords.get(0)).matches()) {
            return Optional.empty();
        }
        List<String> beforeWords = words(m.group(1) + m.group(2));
        int from = -1;
        for (int i = beforeWords.size() - 2; i >= Math.max(0, beforeWords.size() - MOST_WORDS_OF_TWO); i--) {
            if (beforeWords.get(i).equalsIgnoreCase(afterWords.get(0))) {
                from = i;
                break;
            }
        }
        String first = from < 0 ? "" : String.join(" ", beforeWords.subList(from, beforeWords.size()));
        String after = String.join(" ", afterWords);
        if (from <= 0 || QUESTION_WORD.matcher(first).find() || QUESTION_WORD.matcher(after).find()) {
            return Optional.empty();
        }
        String stem = String.join(" ", beforeWords.subList(0, from));
        return Optional.of(new Choices(asked(stem), options(List.of(first, after), MOST_WORDS_OF_TWO), false, false));
    }

    /** A number then the one word of what it counts: "из 700 мероприятий", "700 events". */
    private static final Pattern COUNTED_AFTER = Pattern.compile("(?iu)((?:\\p{L}{1,5}\\s+)?\\d[\\d.,]*%?)\\s+(\\p{L}{3,})");

    /** A word both of two parallel options open with: "about", "про", "the". */
    private static final Pattern OPENS_PHRASE = Pattern.compile("(?iu)about|про|о|об|the|in|at|в|во|на");

    private static Optional<Choices> japanese(String question, Function<String, Optional<Entity.Kind>> kindOf) {
        String q = question.strip();
        Matcher list = JA_LIST.matcher(q);
        if (list.matches()) {
            List<String> options = options(List.of(list.group(2).split("、")));
            if (options.stream().allMatch(Choices::japaneseOption)) {
                boolean asks = list.group(1).matches("(?s).*(?:どれ|どこ|誰|だれ|何|いつ|いくつ|どの).*"); // "…ロシアのどこ？ A、B、Cのどれ"
                return Optional.of(new Choices((list.group(1) + (asks ? "" : list.group(3)) + list.group(4)).strip(), options, false, false));
            }
        }
        Matcher after = JA_AFTER.matcher(q);
        if (after.matches()) {
            List<String> options = options(List.of(after.group(2).split("、")));
            if (options.stream().allMatch(Choices::japaneseOption)) {
                return Optional.of(new Choices(after.group(1).strip(), options, false, false));
            }
        }
        Matcher first = JA_FIRST.matcher(q);
        if (first.matches()) { // "会ったのってウラジオストクが先だっけ、大阪が先だっけ？": which came first
            // the topic before the first option ends with its って or は: "会ったのって | ウラジオストク"
            Matcher topic = JA_TOPIC_END.matcher(first.group(2));
            int cut = topic.find() ? topic.end() : 0;
            String stem = first.group(1) + first.group(2).substring(0, cut);
            return Optional.of(new Choices((stem.strip() + "どっちが先？").strip(),
                    options(List.of(first.group(2).substring(cut), first.group(3))), false, false));
        }
        Matcher pair = JA_PAIR_FIRST.matcher(q);
        if (pair.matches()) {
            return Optional.of(new Choices((pair.group(1) + pair.group(4)).strip(), options(List.of(pair.group(2), pair.group(3))), false, false));
        }
        Matcher joined = JA_PAIR_JOINED.matcher(q);
        if (joined.matches()) {
            String before = joined.group(1) == null ? "" : joined.group(1);
            return Optional.of(new Choices((before + joined.group(4)).strip(), options(List.of(joined.group(2), joined.group(3))), false, false));
        }
        Matcher pairAsked = JA_PAIR_ASKED.matcher(q);
        if (pairAsked.matches() && japaneseOption(pairAsked.group(2)) && japaneseOption(pairAsked.group(3))
                && !pairAsked.group(1).isBlank()) {
            // "次のラウンドは2月と3月、どちらに予定されていましたか": the two before the question word
            List<String> options = options(List.of(pairAsked.group(2), pairAsked.group(3)));
            // the question word the options stand for: "…は何月に予定されていましたか"
            String word = options.stream().allMatch(o -> o.matches("[0-9０-９]{1,2}月")) ? "何月"
                    : options.stream().allMatch(o -> o.matches("[0-9０-９]{4}年")) ? "何年"
                    : options.stream().map(kindOf).distinct().count() == 1 ? questionWord(kindOf.apply(options.get(0)), "どちら") : "どちら";
            String asked = pairAsked.group(4).replaceFirst("^(?:どっち|どちら)", word);
            return Optional.of(new Choices((pairAsked.group(1) + asked).strip(), options, false, false));
        }
        Matcher both = JA_BOTH.matcher(q);
        if (both.matches()) { // "どっちが先？ ウラジオストクでの会談と大阪での合意"
            return Optional.of(new Choices(both.group(1).strip(), options(List.of(both.group(2), both.group(3))), false, false));
        }
        Matcher either = JA_EITHER.matcher(q);
        // the topic before the first option ends with its って: "プランって | 8項目だっけ"
        Matcher topic = either.matches() ? JA_TOPIC_END.matcher(either.group(2)) : null;
        int cut = topic != null && topic.find() ? topic.end() : 0;
        if (either.matches() && !(either.group(1) + either.group(2).substring(0, cut)).isBlank()) {
            List<String> options = options(List.of(either.group(2).substring(cut), either.group(3)));
            // two names of one kind, or two numbers: "プーチン大統領か安倍首相か", "東京だった？モスクワだった？"
            Optional<Entity.Kind> kind = options.size() == 2 ? kindOf.apply(options.get(0)) : Optional.empty();
            boolean names = kind.isPresent() && kindOf.apply(options.get(1)).equals(kind);
            boolean numbers = options.size() == 2 && options.stream().allMatch(o -> Character.isDigit(o.codePointAt(0)));
            if (!names && !numbers) {
                return Optional.empty();
            }
            String word = questionWord(kind, "何"); // the question word the options stand for: "…言ったのは誰？"
            return Optional.of(new Choices(either.group(1).strip() + either.group(2).substring(0, cut) + word + "？", options, false, false));
        }
        return Optional.empty();
    }

    /** The Japanese question word options of a kind stand for: 誰 for people, どこ for places, the one given otherwise. */
    private static String questionWord(Optional<Entity.Kind> kind, String otherwise) {
        return kind.map(k -> switch (k) {
            case PERSON -> "誰";
            case PLACE -> "どこ";
            default -> otherwise;
        }).orElse(otherwise);
    }

    /** A relative clause before a noun, no option: "南クリルで有望とされた分野" (a particle, then a past verb). */
    private static final Pattern JA_CLAUSE = Pattern.compile(".*[でにをが].*[たれ][^\\p{IsHiragana}]+");

    /** A Japanese option: a short noun phrase, not a clause ("大阪", "石油採掘", not "どこで行われたの"). */
    private static boolean japaneseOption(String option) {
        return option.length() <= 16 && !option.matches(".*(?:[たるすいう]の|ます|でした|です|だった|でしょう|[？?]).*")
                && !option.matches("[\\p{IsHiragana}ー]+");
    }

    /**
     * A Japanese question's options listed after its question word with spaces ("…のうちどれ 大阪 つくば 福岡"), as
     * the options' separator 、, so that the spaces between Japanese words may go without running them together.
     */
    public static String markedJapanese(String question) {
        Matcher before = JA_SPACED_BEFORE.matcher(question.strip());
        if (before.matches()) { // "…引いていた？ タス RIAノーボスチ スプートニク のどれ": "…？ タス、RIAノーボスチ、スプートニクのどれ"
            List<String> options = List.of(before.group(2).strip().split("[\\s　、]+"));
            if (options.size() >= 2 && options.stream().allMatch(Choices::japaneseOption)) {
                return before.group(1) + " " + String.join("、", options) + before.group(3);
            }
        }
        Matcher m = JA_SPACED.matcher(question.strip());
        if (!m.matches()) {
            return question;
        }
        List<String> options = new ArrayList<>(List.of(m.group(2).strip().split("[\\s　、]+")));
        // "仲間はずれはどれ？ 南クリルで有望とされた分野 養殖 風力発電…": a clause before the options tells what they are of
        List<String> told = new ArrayList<>();
        while (options.size() > 2 && JA_CLAUSE.matcher(options.get(0)).matches()) {
            told.add(options.remove(0));
        }
        if (options.size() < 2 || !options.stream().allMatch(Choices::japaneseOption)) {
            return question;
        }
        return (told.isEmpty() ? "" : String.join(" ", told) + " ") + m.group(1) + " " + String.join("、", options);
    }

    private static boolean ofOneKnownKind(List<String> options, Function<String, Optional<Entity.Kind>> kindOf) {
        Optional<Entity.Kind> kind = kindOf.apply(options.get(0));
        return kind.isPresent() && options.stream().allMatch(o -> kindOf.apply(o).equals(kind));
    }

    /** The options trimmed; none when one is empty or too long to be an option. */
    private static List<String> options(List<String> raw) {
        return options(raw, MOST_WORDS);
    }

    private static List<String> options(List<String> raw, int mostWords) {
        List<String> options = new ArrayList<>();
        for (String option : raw) {
            String trimmed = option.strip().replaceAll("^(?:(?iu)or|или|либо|это|it's|it was|that's)\\s+", "").replaceAll("[?？!.。]+$", "").strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (words(trimmed).size() > mostWords || !balanced(trimmed)) {
                return List.of(); // "…, по словам Путина (для таблицы, с пометкой источника)": a comma inside brackets lists nothing
            }
            options.add(trimmed);
        }
        return options;
    }

    /** Whether each bracket the text opens it closes, and none it closes was opened. */
    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' || c == '（' || c == '«' ? 1 : c == ')' || c == '）' || c == '»' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** A word before an option's preposition that only points: "or over in Japan", "или же в Японии". */
    private static final Pattern ASIDE = Pattern.compile("(?iu)^(?:over|out|up|down|back|right|же)\\s+(?=(?:in|at|on|to|from|в|во|на)\\s)");

    /** A preposition an option may open with: "in Tokyo", "на год", "о 600". */
    private static final Pattern PREPOSITION = Pattern.compile("(?iu)in|at|on|by|from|to|about|в|во|на|из|с|со|к|по|за|о|об|до|около");

    /** A month or a season written in lower case: "в январе или летом", "in spring or in autumn". */
    private static final Pattern TIME_WORD = Pattern.compile("(?iu)(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр"
            + "|весн|лет|осен|зим)\\p{L}{0,3}|spring|summer|autumn|fall|winter");
    /** A number written as a word: "by one year or by two?". */
    private static final Pattern NUMBER_WORD = Pattern.compile("(?iu)one|two|three|four|five|six|seven|eight|nine|ten|half");

    /** A name, a number or a date: capitalised words, digits or a prepositional phrase of them ("in Tokyo", "на год"). */
    private static boolean optionShaped(String option) {
        List<String> words = words(option);
        if (words.isEmpty()) {
            return false;
        }
        int start = words.size() > 1 && PREPOSITION.matcher(words.get(0)).matches() ? 1 : 0;
        return words.subList(start, words.size()).stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0))
                || Character.isDigit(w.codePointAt(0)) || NUMBER_WORD.matcher(w).matches() || TIME_WORD.matcher(w).matches()
                || w.matches("(?iu)[%$]|percent|per|cent|процент\\p{L}*|год\\p{L}*|year|years|месяц\\p{L}*|months?|the"))
                && words.subList(start, words.size()).stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
                        || NUMBER_WORD.matcher(w).matches() || TIME_WORD.matcher(w).matches());
    }

    /** An option that is a number, after a preposition or not: "600", "о 600", "by 15%". */
    private static boolean numberShaped(String option) {
        List<String> words = words(option);
        return !words.isEmpty() && words.size() <= 2 && Character.isDigit(words.get(words.size() - 1).codePointAt(0))
                && (words.size() == 1 || words.get(0).matches("(?iu)in|at|on|by|to|about|о|об|на|в|до|около"));
    }

    /** Where the last word that is a number stands, or -1. */
    private static int lastNumber(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).matches("\\d[\\d.,]*%?")) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }

    /** The stem as a question, with its question mark. */
    private static String asked(String stem) {
        String s = stem.replaceAll("[\\s,;:–—-]+$", "");
        return s.endsWith("?") || s.endsWith("？") ? s : s + "?";
    }

    private static boolean negative(String stem, Lang lang) {
        return switch (lang) {
            case EN -> NEGATIVE_EN.matcher(stem).find();
            case RU -> NEGATIVE_RU.matcher(stem).find();
            case JA -> NEGATIVE_JA.matcher(stem).find();
        };
    }

    private static boolean earliest(String stem, Lang lang) {
        return switch (lang) {
            case EN -> EARLIEST_EN.matcher(stem).find();
            case RU -> EARLIEST_RU.matcher(stem).find();
            case JA -> EARLIEST_JA.matcher(stem).find();
        };
    }
}
