package org.rujp.bot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the amounts a passage states, each as written with its unit ("38,000 yen", "17%", "$3 billion",
 * "38 000 иен", "3万8000円") and the words beside it that say what it counts or measures. A bare number that
 * counts nothing named ("in 2019", "the 4th") is left out.
 */
final class AmountFinder {
    /** An amount at {@code start..end} of the text. */
    record Found(int start, int end, PassageSlots.Amount amount) {
    }

    private static final Pattern EN = Pattern.compile(
            "(?<![\\p{L}\\d$€£¥.,])(?<qual>(?:more than|over|about|around|nearly|almost|some|up to|at least|less than|fewer than"
                    + "|under|approximately|roughly|a total of) )?(?<cur>US\\$|\\$|€|¥|£)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?<scale> ?(?:million|billion|trillion|thousand|bn|mn)\\b)?(?: ?(?<unit>%|percent\\b|per cent\\b|yen\\b|roubles?\\b|rubles?\\b"
                    + "|dollars?\\b|euros?\\b|people\\b|persons\\b|years?\\b|months?\\b|points?\\b))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RU = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?<qual>(?:более|свыше|около|почти|порядка|до|менее|примерно) )?(?<cur>\\$|€|¥)?(?<num>\\d{1,3}(?:[ \\u00a0]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)"
                    + "(?<scale> ?(?:тыс\\.|тысяч[аи]?|млн|миллион[аов]*|млрд|миллиард[аов]*)(?!\\p{L}))?"
                    + "(?: ?(?<unit>%|процент[аов]*|иен[аы]?|рубл[ьяейм]+|доллар[аов]*|евро|человек|лет|год[а]?|месяц[аев]*|очк[аов]*)(?!\\p{L}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern JA = Pattern.compile(
            "(?<qual>約|およそ|最大|最高)?(?<num>\\d[\\d,.]*(?:[万億千]\\d[\\d,]*)*[万億千]?)(?<unit>円|米ドル|ドル|ルーブル|ユーロ|%|人|件|回|年間|か月|ヶ月|カ月|点)"
                    + "(?<after>以上|以下|超|余り|あまり)?");

    private final Lang lang;
    private final SlotWords words;

    AmountFinder(Lang lang) {
        this.lang = lang;
        this.words = SlotWords.of(lang);
    }

    /** Every amount outside {@code taken} (the spans of dates), in order. */
    List<Found> find(String text, List<int[]> taken) {
        Pattern pattern = switch (lang) {
            case EN -> EN;
            case RU -> RU;
            case JA -> JA;
        };
        List<Found> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (overlaps(m.start("num"), m.end("num"), taken)) {
                continue;
            }
            String unitWord = m.group("unit") == null ? "" : m.group("unit").toLowerCase(Locale.ROOT);
            String cur = lang == Lang.JA || m.group("cur") == null ? "" : m.group("cur");
            boolean scaled = lang != Lang.JA && m.group("scale") != null;
            int end = m.end();
            if (lang == Lang.EN && end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && unitWord.isEmpty() && !scaled) {
                continue; // "4th", "G20"
            }
            Slots.Quantity.Unit unit = unit(unitWord, cur);
            String number = m.group("num");
            if (unit == null && !scaled && number.matches("(19|20)\\d\\d")) {
                continue; // a year
            }
            List<String> counts = new ArrayList<>();
            if (!unitWord.isEmpty()) {
                counts.add(unitWord);
            }
            if (unit == null || unit == Slots.Quantity.Unit.COUNT || unit == Slots.Quantity.Unit.PEOPLE) {
                String next = nextWord(text, end);
                if (!next.isEmpty()) {
                    counts.add(next); // "18,400 visitors", "430 пассажиров"
                }
            }
            counts.addAll(wordsBefore(text, m.start()));
            if (unit == null) {
                if (counts.isEmpty() || nextWord(text, end).isEmpty()) {
                    continue; // a number that counts nothing named
                }
                unit = Slots.Quantity.Unit.COUNT;
            }
            String value = text.substring(m.start(), end).strip().replaceAll("\\s+", " ");
            found.add(new Found(m.start(), end, new PassageSlots.Amount(value, counts.stream().distinct().toList(), unit)));
        }
        return found;
    }

    private static boolean overlaps(int start, int end, List<int[]> taken) {
        return taken.stream().anyMatch(t -> start < t[1] && end > t[0]);
    }

    private static Slots.Quantity.Unit unit(String word, String currency) {
        if (currency.contains("$") || word.startsWith("dollar") || word.startsWith("доллар") || word.endsWith("ドル")) {
            return Slots.Quantity.Unit.USD;
        }
        if (currency.equals("¥") || word.equals("yen") || word.startsWith("иен") || word.equals("円")) {
            return Slots.Quantity.Unit.JPY;
        }
        if (currency.equals("€") || word.startsWith("euro") || word.equals("евро") || word.equals("ユーロ")) {
            return Slots.Quantity.Unit.EUR;
        }
        if (word.startsWith("roubl") || word.startsWith("rubl") || word.startsWith("рубл") || word.equals("ルーブル")) {
            return Slots.Quantity.Unit.RUB;
        }
        if (word.equals("%") || word.startsWith("percent") || word.startsWith("per cent") || word.startsWith("процент")) {
            return Slots.Quantity.Unit.PERCENT;
        }
        if (word.startsWith("people") || word.startsWith("person") || word.equals("человек") || word.equals("人")) {
            return Slots.Quantity.Unit.PEOPLE;
        }
        if (word.startsWith("year") || word.equals("лет") || word.startsWith("год") || word.equals("年間")) {
            return Slots.Quantity.Unit.YEARS;
        }
        if (word.startsWith("month") || word.startsWith("месяц") || word.endsWith("月")) {
            return Slots.Quantity.Unit.MONTHS;
        }
        if (word.startsWith("point") || word.startsWith("очк") || word.equals("点")) {
            return Slots.Quantity.Unit.POINTS;
        }
        return word.isEmpty() ? null : Slots.Quantity.Unit.COUNT; // 件, 回
    }

    /** The word right after the amount, when it is a content word ("visitors", "пассажиров"). */
    private String nextWord(String text, int end) {
        if (lang == Lang.JA) {
            return "";
        }
        Matcher m = Pattern.compile("^[ \\u00a0]+(\\p{L}[\\p{L}'-]*)").matcher(text.substring(end));
        if (!m.find()) {
            return "";
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return words.stopWords().contains(word) ? "" : word;
    }

    /** Up to four content words before the amount in its clause ("a ticket to the concert costs"). */
    private List<String> wordsBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 80), start);
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('.')), Math.max(before.lastIndexOf(';'),
                Math.max(before.lastIndexOf('、'), before.lastIndexOf('。'))));
        before = before.substring(cut + 1);
        List<String> out = new ArrayList<>();
        if (lang == Lang.JA) {
            Matcher m = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]{2,}").matcher(before);
            String last = null;
            while (m.find()) {
                last = m.group();
            }
            if (last != null) {
                out.add(last);
            }
            return out;
        }
        String[] tokens = before.toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+");
        for (int i = tokens.length - 1; i >= 0 && out.size() < 4; i--) {
            String t = tokens[i];
            if (t.length() > 1 && !words.stopWords().contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
