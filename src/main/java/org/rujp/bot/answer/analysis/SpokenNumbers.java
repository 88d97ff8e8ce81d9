package org.rujp.bot.answer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Lang;

/**
 * Numbers said in words, as a dictated question carries them, written in digits: "twenty eighteen" and "two thousand
 * seventeen" are the years 2018 and 2017, "four hundred thousand" is 400,000, "восемь пунктов" are "8 пунктов",
 * "в две тысячи семнадцатом году" is "в 2017 году", "二千十七年" is "2017年" and "四十万人" "40万人". A word that is a
 * number only sometimes stays a word: "one" alone ("which one"), a Russian ordinal away from a year or a month
 * ("первый вице-премьер"), a Japanese numeral without a counter after it ("統一", "十分").
 */
final class SpokenNumbers {
    private static final Map<String, Integer> EN_SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> EN_TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> EN_ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11),
            Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
    private static final Pattern EN_MONTH = Pattern.compile(
            "(?i)january|february|march|april|may|june|july|august|september|october|november|december");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*|\\d+(?:[.,]\\d+)?");

    private static final List<Map.Entry<Pattern, Integer>> RU_CARDINALS = List.of(
            ru("одного|одному|одним|одном|одной|одну|одна|одно|один", 1), ru("две|два|двух|двум|двумя", 2),
            ru("три|тр[её]х|тр[её]м|тремя", 3), ru("четыре|четыр[её]х|четыр[её]м|четырьмя", 4), ru("пять|пяти|пятью", 5),
            ru("шесть|шести|шестью", 6), ru("семь|семи|семью", 7), ru("восемь|восьми|восемью|восьмью", 8),
            ru("девять|девяти|девятью", 9), ru("десять|десяти|десятью", 10), ru("одиннадцат(?:ь|и|ью)", 11),
            ru("двенадцат(?:ь|и|ью)", 12), ru("тринадцат(?:ь|и|ью)", 13), ru("четырнадцат(?:ь|и|ью)", 14),
            ru("пятнадцат(?:ь|и|ью)", 15), ru("шестнадцат(?:ь|и|ью)", 16), ru("семнадцат(?:ь|и|ью)", 17),
            ru("восемнадцат(?:ь|и|ью)", 18), ru("девятнадцат(?:ь|и|ью)", 19), ru("двадцат(?:ь|и|ью)", 20),
            ru("тридцат(?:ь|и|ью)", 30), ru("сорок|сорока", 40), ru("пятьдесят|пятидесяти|пятьюдесятью", 50),
            ru("шестьдесят|шестидесяти|шестьюдесятью", 60), ru("семьдесят|семидесяти|семьюдесятью", 70),
            ru("восемьдесят|восьмидесяти|восемьюдесятью", 80), ru("девяносто|девяноста", 90), ru("сто|ста", 100),
            ru("двести|двухсот|двумстам|двумястами|двухстах", 200), ru("триста|тр[её]хсот|тр[её]мстам|тремястами|тр[её]хстах", 300),
            ru("четыреста|четыр[её]хсот|четыр[её]мстам|четырьмястами|четыр[её]хстах", 400), ru("пятьсот|пятисот|пятистам|пятистах", 500),
            ru("шестьсот|шестисот|шестистам|шестистах", 600), ru("семьсот|семисот|семистам|семистах", 700),
            ru("восемьсот|восьмисот|восьмистам|восьмистах", 800), ru("девятьсот|девятисот|девятистам|девятистах", 900));
    private static final List<Map.Entry<Pattern, Integer>> RU_SCALES = List.of(
            ru("тысяч(?:а|и|у|ей|ам|ами|ах)?", 1_000), ru("миллион(?:а|у|ом|е|ов|ам|ами|ах)?", 1_000_000),
            ru("миллиард(?:а|у|ом|е|ов|ам|ами|ах)?", 1_000_000_000));
    private static final String RU_ENDING = "(?:ый|ой|ий|ого|ому|ым|ом|ая|ую|ое|ые|ых|ыми|ей)";
    private static final List<Map.Entry<Pattern, Integer>> RU_ORDINALS = List.of(
            ru("перв" + RU_ENDING, 1), ru("втор" + RU_ENDING, 2), ru("трет(?:ий|ьего|ьему|ьим|ьем|ья|ью|ье|ьи|ьих|ьей)", 3),
            ru("четв[её]рт" + RU_ENDING, 4), ru("пят" + RU_ENDING, 5), ru("шест" + RU_ENDING, 6), ru("седьм" + RU_ENDING, 7),
            ru("восьм" + RU_ENDING, 8), ru("девят" + RU_ENDING, 9), ru("десят" + RU_ENDING, 10), ru("одиннадцат" + RU_ENDING, 11),
            ru("двенадцат" + RU_ENDING, 12), ru("тринадцат" + RU_ENDING, 13), ru("четырнадцат" + RU_ENDING, 14),
            ru("пятнадцат" + RU_ENDING, 15), ru("шестнадцат" + RU_ENDING, 16), ru("семнадцат" + RU_ENDING, 17),
            ru("восемнадцат" + RU_ENDING, 18), ru("девятнадцат" + RU_ENDING, 19), ru("двадцат" + RU_ENDING, 20),
            ru("тридцат" + RU_ENDING, 30), ru("сороков" + RU_ENDING, 40), ru("пятидесят" + RU_ENDING, 50),
            ru("шестидесят" + RU_ENDING, 60), ru("семидесят" + RU_ENDING, 70), ru("восьмидесят" + RU_ENDING, 80),
            ru("девяност" + RU_ENDING, 90), ru("сот" + RU_ENDING, 100), ru("тысячн" + RU_ENDING, 1_000),
            ru("двухтысячн" + RU_ENDING, 2_000));
    /** Words after a Russian ordinal that make it a year or a day: "семнадцатом году", "десятого июня". */
    private static final Pattern RU_DATED = Pattern.compile("(?iu)год.*|числ.*|январ.*|феврал.*|март.*|апрел.*|ма[йяе]|июн.*|июл.*"
            + "|август.*|сентябр.*|октябр.*|ноябр.*|декабр.*");

    /** A run of Japanese numerals and the counter after it: "二千十七年", "四十万人", "百三十件". */
    private static final Pattern JA_NUMERAL = Pattern.compile("(?<![\\p{IsHan}&&[^年月日]])([〇一二三四五六七八九十百千][〇一二三四五六七八九十百千万億]*)"
            + "(?=年|月|日|項目|件|人|名|社|回|個|つ|点|倍|割|%|％|パーセント|円|ドル|ルーブル|周年|か月|ヶ月|カ月|以上|近く|余り|超|あまり)"
            // or a numeral of two characters or more before の: "二十一のプロジェクト", "百三十の案件"
            + "|(?<![\\p{IsHan}&&[^年月日]])([〇一二三四五六七八九十百千][〇一二三四五六七八九十百千万億]+)(?=の)");

    private SpokenNumbers() {
    }

    private static Map.Entry<Pattern, Integer> ru(String forms, int value) {
        return Map.entry(Pattern.compile("(?iu)(?:" + forms + ")"), value);
    }

    /** The text with its numbers said in words written in digits. */
    static String inDigits(String text, Lang lang) {
        return switch (lang) {
            case EN -> english(text);
            case RU -> LETTERED_RU.matcher(russian(text)).replaceAll("G$1"); // "джи двадцать": the G20
            case JA -> japanese(text);
        };
    }

    /** A word of a text and where it stands. */
    private record Word(String text, int start, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
    }

    /** Whether only spaces stand between two words, so that they can be one number said. */
    private static boolean adjacent(String text, Word before, Word after) {
        return text.substring(before.end(), after.start()).isBlank();
    }

    /** A count of points said before a noun: "8 point plan" is the "8-point plan". */
    private static final Pattern POINTS = Pattern.compile("(?i)\\b(\\d+) point\\b(?!s)");

    /** The letter G said in Russian before a number: "джи двадцать", "джи-20" are the G20. */
    private static final Pattern LETTERED_RU = Pattern.compile("(?iu)(?<!\\p{L})джи[ -]?(\\d{1,2})(?!\\d)");

    /** A letter said before a number names a group: "g twenty" is the G20. */
    private static final Pattern LETTERED = Pattern.compile("(?i)\\b([b-hj-z]) (\\d{1,2})\\b");

    private static String english(String text) {
        String digits = englishWords(text);
        return LETTERED.matcher(POINTS.matcher(digits).replaceAll("$1-point")).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT) + m.group(2));
    }

    private static String englishWords(String text) {
        List<Word> words = words(text);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < words.size(); i++) {
            Optional<Integer> aRound = aRoundNumber(text, words, i);
            if (aRound.isPresent()) { // "a thousand events" is 1000 events
                out.append(text, kept, words.get(i).start()).append(aRound.get());
                kept = words.get(i + 1).end();
                i++;
                continue;
            }
            int end = englishNumberEnd(text, words, i);
            boolean small = end == i + 1 && EN_SMALL.getOrDefault(words.get(i).lower(), 10) < 10
                    && !(end < words.size() && words.get(end).lower().equals("point"));
            // "two countries", "which of the two" as typed: a digit is a word's count only before "point" ("eight point plan")
            Optional<String> digits = end > i && !small && !quoted(text, words.get(i).start()) ? englishNumber(words.subList(i, end)) : Optional.empty();
            if (digits.isEmpty()) {
                Optional<String> day = englishDay(words, i);
                if (day.isPresent()) {
                    out.append(text, kept, words.get(i).start()).append(day.get());
                    kept = words.get(i).end();
                }
                continue;
            }
            out.append(text, kept, words.get(i).start()).append(digits.get());
            kept = words.get(end - 1).end();
            i = end - 1;
        }
        return kept == 0 ? text : out.append(text.substring(kept)).toString();
    }

    /**
     * A round number said with "a" before the things counted: "a thousand events" is 1000 of them, "a million people"
     * 1,000,000; alone or before "of" ("a hundred of them", "a thousand thanks" aside) it is said loosely and stays.
     */
    private static Optional<Integer> aRoundNumber(String text, List<Word> words, int i) {
        if (i + 2 >= words.size() || !words.get(i).lower().equals("a") || !adjacent(text, words.get(i), words.get(i + 1))
                || !adjacent(text, words.get(i + 1), words.get(i + 2))) {
            return Optional.empty();
        }
        String counted = words.get(i + 2).lower();
        if (isEnglishNumberWord(counted) || counted.equals("of") || counted.equals("and") || counted.equals("or")
                || !counted.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (words.get(i + 1).lower()) {
            case "hundred" -> 100;
            case "thousand" -> 1000;
            case "million" -> 1_000_000;
            default -> null;
        });
    }

    /** Where the words of a number said in English that starts at a word end: the word itself when none starts there. */
    private static int englishNumberEnd(String text, List<Word> words, int from) {
        int end = from;
        while (end < words.size() && (end == from || adjacent(text, words.get(end - 1), words.get(end)))) {
            String w = words.get(end).lower();
            boolean joining = w.equals("and") && end > from && end + 1 < words.size()
                    && isEnglishNumberWord(words.get(end + 1).lower())
                    && List.of("hundred", "thousand").contains(words.get(end - 1).lower());
            boolean point = w.equals("point") && end > from && end + 1 < words.size()
                    && EN_SMALL.getOrDefault(words.get(end + 1).lower(), 10) < 10;
            if (!isEnglishNumberWord(w) && !joining && !point) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean isEnglishNumberWord(String w) {
        if (w.contains("-")) {
            String[] parts = w.split("-");
            return parts.length == 2 && EN_TENS.containsKey(parts[0]) && EN_SMALL.getOrDefault(parts[1], 10) < 10;
        }
        return EN_SMALL.containsKey(w) || EN_TENS.containsKey(w) || w.equals("zero") || w.equals("oh")
                || w.equals("hundred") || w.equals("thousand") || w.equals("million") || w.equals("billion");
    }

    /** The number some English words say, in digits; empty when they say none or only "one" or "oh". */
    private static Optional<String> englishNumber(List<Word> said) {
        List<String> w = new ArrayList<>(said.stream().map(Word::lower).toList());
        while (!w.isEmpty() && (w.get(w.size() - 1).equals("and") || w.get(w.size() - 1).equals("point"))) {
            w.remove(w.size() - 1);
        }
        if (w.isEmpty() || w.get(0).equals("oh") || w.get(0).equals("hundred") || w.get(0).equals("thousand")
                || w.get(0).equals("million") || w.get(0).equals("billion") || (w.size() == 1 && (w.get(0).equals("one") || w.get(0).equals("zero")))) {
            return Optional.empty(); // "which one", "a hundred" is no number said in digits here
        }
        // a year said in pairs: "twenty eighteen", "nineteen ninety-eight", "twenty twenty one", "two thousand seventeen"
        if ((w.get(0).equals("twenty") || w.get(0).equals("nineteen")) && w.size() >= 2 && !w.contains("hundred")
                && !w.contains("thousand")) {
            Optional<Integer> rest = belowHundred(w.subList(1, w.size()));
            if (rest.isPresent() && rest.get() >= 10) {
                return Optional.of(String.valueOf((w.get(0).equals("twenty") ? 2000 : 1900) + rest.get()));
            }
        }
        int point = w.indexOf("point");
        String decimals = "";
        String scaleWord = null;
        if (point > 0) {
            StringBuilder d = new StringBuilder();
            int after = point + 1;
            for (; after < w.size() && (w.get(after).equals("zero") || w.get(after).equals("oh")
                    || EN_SMALL.getOrDefault(w.get(after), 10) < 10); after++) {
                d.append(w.get(after).equals("zero") || w.get(after).equals("oh") ? 0 : EN_SMALL.get(w.get(after)));
            }
            List<String> tail = w.subList(after, w.size());
            if (d.length() == 0 || tail.size() > 1 || tail.size() == 1 && !List.of("million", "billion").contains(tail.get(0))) {
                return Optional.empty();
            }
            decimals = "." + d;
            scaleWord = tail.isEmpty() ? null : tail.get(0); // "one point five billion": "1.5 billion"
            w = w.subList(0, point);
        }
        long total = 0;
        long current = 0;
        for (String word : w) {
            if (word.equals("and")) {
                continue;
            }
            switch (word) {
                case "hundred" -> current = Math.max(current, 1) * 100;
                case "thousand" -> {
                    total += Math.max(current, 1) * 1_000;
                    current = 0;
                }
                case "million", "billion" -> {
                    if (!decimals.isEmpty() || total == 0 && current < 1_000) {
                        scaleWord = word; // "three million", "1.5 billion": the scale stays a word, as the articles write it
                    } else {
                        total += Math.max(current, 1) * (word.equals("million") ? 1_000_000L : 1_000_000_000L);
                        current = 0;
                    }
                }
                default -> {
                    if (word.contains("-")) {
                        String[] parts = word.split("-");
                        current += EN_TENS.get(parts[0]) + EN_SMALL.get(parts[1]);
                    } else if (word.equals("zero") || word.equals("oh")) {
                        return Optional.empty();
                    } else {
                        current += EN_SMALL.containsKey(word) ? EN_SMALL.get(word) : EN_TENS.get(word);
                    }
                }
            }
        }
        long value = total + current;
        if (scaleWord != null) {
            return Optional.of(value + decimals + " " + scaleWord);
        }
        return Optional.of(value >= 10_000 && decimals.isEmpty() ? String.format(Locale.ROOT, "%,d", value) : value + decimals);
    }

    /** A number below a hundred said in English words: "eighteen", "twenty one", "ninety-eight". */
    private static Optional<Integer> belowHundred(List<String> w) {
        if (w.size() == 1 && w.get(0).contains("-")) {
            String[] parts = w.get(0).split("-");
            return Optional.of(EN_TENS.get(parts[0]) + EN_SMALL.get(parts[1]));
        }
        if (w.size() == 1) {
            Integer v = EN_SMALL.containsKey(w.get(0)) ? EN_SMALL.get(w.get(0)) : EN_TENS.get(w.get(0));
            return Optional.ofNullable(v);
        }
        if (w.size() == 2 && EN_TENS.containsKey(w.get(0)) && EN_SMALL.getOrDefault(w.get(1), 10) < 10) {
            return Optional.of(EN_TENS.get(w.get(0)) + EN_SMALL.get(w.get(1)));
        }
        return Optional.empty();
    }

    /** A day said as an ordinal next to its month: "june tenth", "the tenth of june": "10". */
    private static Optional<String> englishDay(List<Word> words, int i) {
        Integer day = EN_ORDINALS.get(words.get(i).lower());
        if (day == null) {
            return Optional.empty();
        }
        boolean monthBefore = i >= 1 && EN_MONTH.matcher(words.get(i - 1).text()).matches()
                || i >= 2 && words.get(i - 1).lower().equals("the") && EN_MONTH.matcher(words.get(i - 2).text()).matches();
        boolean monthAfter = i + 2 < words.size() && words.get(i + 1).lower().equals("of") && EN_MONTH.matcher(words.get(i + 2).text()).matches();
        return monthBefore || monthAfter ? Optional.of(String.valueOf(day)) : Optional.empty();
    }

    private static Optional<Integer> match(List<Map.Entry<Pattern, Integer>> table, String word) {
        if (!RU_ANY.matcher(word).matches()) {
            return Optional.empty(); // most words are no number: one pattern tells, not sixty
        }
        return table.stream().filter(e -> e.getKey().matcher(word).matches()).map(Map.Entry::getValue).findFirst();
    }

    /** Every Russian number word of the tables above, as one pattern. */
    private static final Pattern RU_ANY = Pattern.compile("(?iu)(?:" + String.join("|",
            java.util.stream.Stream.of(RU_CARDINALS, RU_SCALES, RU_ORDINALS).flatMap(List::stream).map(e -> e.getKey().pattern().replace("(?iu)", ""))
                    .toList()) + ")");

    /** Words before "тысячи", "миллиона" that take one of them: "больше тысячи" is more than 1000, "тысячи" alone thousands. */
    private static final Pattern RU_GOVERNS_ONE = Pattern.compile("больше|более|меньше|менее|около|свыше|порядка|почти|до|с|со");

    /**
     * Whether a scale word said without a number is one of it: "тысяча мероприятий", "больше тысячи" are 1000, where
     * "тысячи людей", "миллионы" are many.
     */
    private static boolean oneOf(List<Word> words, int i) {
        String w = words.get(i).lower();
        if (i > 0 && Character.isDigit(words.get(i - 1).lower().charAt(0))) {
            return false; // "1,5 миллиона": the digits' scale
        }
        return w.matches("тысяч[ауе]й?|миллион(?:ом|у)?|миллиард(?:ом|у)?")
                || w.matches("тысячи|миллиона|миллиарда") && i > 0 && RU_GOVERNS_ONE.matcher(words.get(i - 1).lower()).matches();
    }

    private static String russian(String text) {
        List<Word> words = words(text);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < words.size(); i++) {
            long total = 0;
            long current = 0;
            int end = i;
            boolean ordinal = false;
            while (end < words.size() && (end == i || adjacent(text, words.get(end - 1), words.get(end))) && !ordinal) {
                String w = words.get(end).lower();
                Optional<Integer> cardinal = match(RU_CARDINALS, w);
                Optional<Integer> scale = cardinal.isEmpty() ? match(RU_SCALES, w) : Optional.empty();
                Optional<Integer> nth = cardinal.isEmpty() && scale.isEmpty() ? match(RU_ORDINALS, w) : Optional.empty();
                if (cardinal.isPresent()) {
                    current += cardinal.get();
                } else if (scale.isPresent() && (end > i || oneOf(words, i))) {
                    total += Math.max(current, 1) * scale.get();
                    current = 0;
                } else if (nth.isPresent()) {
                    current += nth.get();
                    ordinal = true;
                } else {
                    break;
                }
                end++;
            }
            if (end == i) {
                continue;
            }
            long value = total + current;
            boolean dated = end < words.size() && RU_DATED.matcher(words.get(end).lower()).matches();
            boolean alone = end == i + 1;
            boolean points = end < words.size() && words.get(end).lower().startsWith("пункт");
            if (alone && (value < 10 && !ordinal && !points || ordinal && !dated) || ordinal && !alone && !dated && value < 1000
                    || quoted(text, words.get(i).start()) || i > 0 && words.get(i - 1).lower().startsWith("групп")) {
                continue; // "один из", "двух стран", "первый вице-премьер", "«Группы двадцати»": words, not numbers
            }
            if (ordinal && alone && dated && value >= 10 && value < 100 && words.get(end).lower().startsWith("год")) {
                value += 2000; // "в семнадцатом году": 2017
            }
            String digits = value >= 10_000 && !(ordinal && dated) ? String.format(Locale.ROOT, "%,d", value).replace(',', ' ')
                    : String.valueOf(value);
            out.append(text, kept, words.get(i).start()).append(digits);
            kept = words.get(end - 1).end();
            i = end - 1;
        }
        return kept == 0 ? text : out.append(text.substring(kept)).toString();
    }

    /** Whether a place of a text stands inside quotation marks: a name ("«Группы двадцати»"), not a number said. */
    private static boolean quoted(String text, int at) {
        String before = text.substring(0, at);
        return before.chars().filter(c -> c == '«').count() > before.chars().filter(c -> c == '»').count()
                || before.chars().filter(c -> c == '"').count() % 2 == 1
                || before.chars().filter(c -> c == '“').count() > before.chars().filter(c -> c == '”').count();
    }

    /** Japanese numerals said in kana, each with its kanji: the sounds a speech recogniser leaves ("にせんじゅうはち"). */
    private static final Map<String, String> KANA_NUMERALS = Map.ofEntries(Map.entry("いち", "一"), Map.entry("に", "二"),
            Map.entry("さん", "三"), Map.entry("よん", "四"), Map.entry("ご", "五"), Map.entry("ろく", "六"), Map.entry("なな", "七"),
            Map.entry("はち", "八"), Map.entry("きゅう", "九"), Map.entry("じゅう", "十"), Map.entry("ひゃく", "百"), Map.entry("びゃく", "百"),
            Map.entry("ぴゃく", "百"), Map.entry("せん", "千"), Map.entry("ぜん", "千"), Map.entry("まん", "万"), Map.entry("おく", "億"),
            Map.entry("はっ", "八"), Map.entry("ろっ", "六"), Map.entry("いっ", "一"), Map.entry("じゅっ", "十"), Map.entry("じっ", "十"));
    private static final String KANA_NUMERAL = "(?:" + LexiconRules.alternation(KANA_NUMERALS.keySet()) + ")";
    /** Counters said in kana, each as written. */
    private static final Map<String, String> KANA_COUNTERS = Map.of("ねん", "年", "がつ", "月", "にち", "日", "こうもく", "項目", "かこく", "か国",
            "にん", "人", "けん", "件", "かい", "回", "ぱーせんと", "パーセント");
    private static final String KANA_COUNTER_SAID = "(?:" + LexiconRules.alternation(KANA_COUNTERS.keySet()) + ")";
    /**
     * A run of numerals said in kana, two sounds at least, and the counter after it, said in kana or written: "にせんじゅうは
     * ちねん", "じゅうこうもく", "はち項目". One sound alone ("に", "ご") is as often a particle or a word.
     */
    private static final Pattern JA_KANA_NUMERAL = Pattern.compile("(?<![\\p{IsHiragana}&&[^のがはをにでともへ]])(" + KANA_NUMERAL + "{2,}|はち|ろく|なな|きゅう|じゅう|ひゃく|せん|まん)"
            + "(?=" + KANA_COUNTER_SAID + "|パーセント|年|月|日|項目|件|人|%|％|か国|回|個|つ)");
    private static final Pattern ONE_KANA_NUMERAL = Pattern.compile(KANA_NUMERAL);
    private static final Pattern KANA_COUNTER = Pattern.compile("^" + KANA_COUNTER_SAID);

    /** Numerals said in kana written in kanji, with a counter said in kana: "にせんじゅうはちねん" is 二千十八年. */
    private static String kanaNumeralsInKanji(String text) {
        Matcher m = JA_KANA_NUMERAL.matcher(text);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        while (m.find()) {
            if (m.start() < kept) {
                continue;
            }
            String kanji = ONE_KANA_NUMERAL.matcher(m.group(1)).replaceAll(n -> KANA_NUMERALS.get(n.group()));
            Matcher counter = KANA_COUNTER.matcher(text.substring(m.end()));
            out.append(text, kept, m.start()).append(kanji);
            kept = m.end();
            if (counter.find()) {
                out.append(KANA_COUNTERS.get(counter.group()));
                kept = m.end() + counter.end();
            }
        }
        return out.append(text.substring(kept)).toString();
    }

    private static String japanese(String spoken) {
        String text = kanaNumeralsInKanji(spoken);
        Matcher m = JA_NUMERAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(japaneseDigits(m.group(1) != null ? m.group(1) : m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Japanese numerals in digits, their 万 and 億 kept: "二千十七" is 2017, "四十万" 40万, "百三十" 130. */
    private static String japaneseDigits(String numerals) {
        StringBuilder out = new StringBuilder();
        StringBuilder group = new StringBuilder();
        for (char c : numerals.toCharArray()) {
            if (c == '万' || c == '億') {
                out.append(group.length() == 0 ? "1" : japaneseGroup(group.toString())).append(c);
                group.setLength(0);
            } else {
                group.append(c);
            }
        }
        if (group.length() > 0) {
            out.append(japaneseGroup(group.toString()));
        }
        return out.toString();
    }

    /** Numerals below ten thousand: "二千十七" is 2017; digits one after another ("二〇一七") read as digits. */
    private static long japaneseGroup(String numerals) {
        String digits = "〇一二三四五六七八九";
        if (numerals.chars().allMatch(c -> digits.indexOf(c) >= 0)) {
            long v = 0;
            for (char c : numerals.toCharArray()) {
                v = v * 10 + digits.indexOf(c);
            }
            return v;
        }
        long total = 0;
        long digit = 0;
        for (char c : numerals.toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : 1_000;
            total += Math.max(digit, 1) * unit;
            digit = 0;
        }
        return total + digit;
    }
}
