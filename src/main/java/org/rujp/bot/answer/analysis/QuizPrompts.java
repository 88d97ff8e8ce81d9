package org.rujp.bot.answer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Lang;

/**
 * Quiz wording read as the question it stands for. Lettered or numbered options ("A) Putin, B) Abe, C) Seko",
 * "А) Путин, Б) Абэ", "A プーチン B 安倍") become the choice the analyser reads ("Putin, Abe or Seko",
 * "プーチン、安倍のどれ"), so the letters are not taken for names and the options for premises; a blank to fill
 * ("the plan has ___ points", "___項目") becomes the question word it stands for.
 */
public final class QuizPrompts {
    /** An option's mark: a letter or digit with a bracket or a point after it, or a capital letter alone before a space. */
    private static final Pattern MARK = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[(（]?(?:([A-Fa-fА-Еа-е1-6Ａ-Ｆａ-ｆ１-６])[).）．]|([A-FＡ-Ｆ])(?=\\s)|([①-⑥]))\\s*");
    private static final String ORDER_LATIN = "abcdef";
    private static final String ORDER_CYRILLIC = "абвгде";
    private static final String ORDER_DIGITS = "123456";
    private static final String ORDER_CIRCLED = "①②③④⑤⑥";
    private static final Pattern BLANK = Pattern.compile("[_＿]{2,}|\\[\\s*]|\\(\\s*\\)|（\\s*）|［\\s*］|□+|〇〇|○○");
    /**
     * A quiz's label before its prompt: "Bonus:", "Question 3.", "Part b)", "For an extra point:", "Доп. вопрос:",
     * "Вопрос №2 —", "ボーナス問題：", "第3問". Nothing a user asks about: "bonus" is no salary, "3" no count.
     */
    private static final Pattern LABEL_EN = Pattern.compile("(?i)^\\s*(?:for\\s+)?(?:an?\\s+|one\\s+|the\\s+)?"
            + "(?:bonus|extra|next|final|last|follow-?up|tie-?breaker|warm-?up|part|round|question|q|quiz|challenge|lightning"
            + "|fill\\s+in(?:\\s+the\\s+blanks?)?|complete\\s+the\\s+sentence)"
            + "(?:\\s*(?:question|round|point|points|part|no\\.?|#|[a-h]|\\d{1,2}|[ivx]{1,4}))*"
            + "\\s*(?:\\(\\s*\\d+\\s*(?:points?|pts?)\\s*\\)\\s*)?[:.)\\-\u2013\u2014]\\s+");
    private static final Pattern LABEL_RU = Pattern.compile("(?iu)^\\s*(?:бонус(?:ный)?|доп\\.?|дополнительный|следующий|последний|ещё|еще|блиц|часть|раунд|вопрос"
            + "|заполн\\p{L}*\\s+пропуски?|встав\\p{L}*\\s+пропущенное\\s+слово|допиши(?:те)?(?:\\s+предложение)?)"
            + "(?:\\s*(?:вопрос|№|#|[а-еa-e]|\\d{1,2}))*\\s*[:.)\\-\u2013\u2014]\\s*");
    /** An English quiz label before a prompt in another language; group 1 when it asks whether a statement is true. */
    private static final Pattern LABEL_EN_ABROAD = Pattern.compile("(?i)^\\s*(?:(true\\s+or\\s+false|true/false|t/f)|name\\s+the\\s+\\p{L}+"
            + "|quiz|bonus(?:\\s+question)?|question\\s*\\d*)\\s*[:：.)\\-\u2013\u2014]\\s*");
    private static final Pattern LABEL_JA = Pattern.compile("^\\s*(?:ボーナス(?:問題|クイズ)?|おまけ(?:問題)?|追加問題|次の問題|最後の問題|クイズ|穴埋め(?:問題)?|空欄を埋めて(?:ください|ね)?|[○〇◯]\\s*[×✕xX]\\s*(?:問題|クイズ)|第?\\s*[0-9０-９]{1,2}\\s*問|問題?\\s*[0-9０-９]{1,2})"
            + "\\s*[:：.．)）\\-\u2013\u2014\u3000 ]\\s*");
    private static final Pattern MONTH_AFTER_EN = Pattern.compile("(?is)\\s*(?:of\\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\\b.*");
    private static final Pattern MONTH_AFTER_RU = Pattern.compile("(?isu)\\s*(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\\p{L}]).*");
    private static final Pattern TRAILING = Pattern.compile("(?iu)[\\s,;、，]*(?:(?:^|\\s)(?:or|или|либо)|または|か)?[\\s,;、，]*$");

    /** A hint of the unit a blank asks, in brackets after it: "(month)", "(месяц)", "（月）". */
    private static final Pattern TIME_HINT = Pattern.compile("(?iu)\\s*[(（]\\s*(month|year|date|day|месяц|год|дата|число|月|年|日付)\\s*[)）]");
    /** The preposition of a time before a blank: "in", "on", "в", "во"; Japanese writes none. */
    private static final Pattern TIME_AT_EN = Pattern.compile("(?i)\\s+(?:in|on)\\s*$");
    private static final Pattern TIME_AT_RU = Pattern.compile("(?iu)\\s+во?\\s*$");
    private static final Pattern TIME_AT_JA = Pattern.compile("$");
    /** A verb of a beginning, an end or a holding: a blank after its preposition asks when. */
    private static final java.util.Map<Lang, Pattern> TIMED = java.util.Map.of(
            Lang.EN, Pattern.compile("(?i)\\b(?:began|begun|started|starts|start|launched|opened|ended|closed|held|took place|was extended|extended)\\b"),
            Lang.RU, Pattern.compile("(?iu)(?<!\\p{L})(?:начал\\p{L}*|стартовал\\p{L}*|открыл\\p{L}*|завершил\\p{L}*|закончил\\p{L}*|прош[её]л|прошла|прошли|состоял\\p{L}*|продлил\\p{L}*)"),
            Lang.JA, Pattern.compile("始ま|開始|開か|行われ|終わ|閉幕|開幕|延長"));

    private QuizPrompts() {
    }

    /** The prompt as a question: options as a choice, a blank as the question word; any other text as it is. */
    public static String asQuestion(String text, Lang lang) {
        return blankAsked(optionsAsChoice(withoutLabel(text, lang), lang), lang);
    }

    /** The prompt without the quiz's label before it, when a prompt follows the label. */
    static String withoutLabel(String text, Lang lang) {
        if (lang != Lang.EN) {
            // a quiz in Russian or Japanese may keep its English label: "Name the person: 東京で…", "True or false: …"
            Matcher english = LABEL_EN_ABROAD.matcher(text);
            if (english.find() && text.substring(english.end()).codePoints().anyMatch(Character::isLetter)) {
                boolean truth = english.group(1) != null;
                text = (truth ? (lang == Lang.JA ? "正誤：" : "Верно или нет: ") : "") + text.substring(english.end());
            }
        }
        Pattern label = switch (lang) {
            case EN -> LABEL_EN;
            case RU -> LABEL_RU;
            case JA -> LABEL_JA;
        };
        Matcher m = label.matcher(text);
        if (!m.find() || text.substring(m.end()).codePoints().noneMatch(Character::isLetter)) {
            return text;
        }
        // "○×問題：…" asks whether the statement is true, as "正誤：" does
        return (lang == Lang.JA && m.group().matches("(?s).*[○〇◯].*") ? "正誤：" : "") + text.substring(m.end());
    }

    static String optionsAsChoice(String text, Lang lang) {
        List<MatchResult> marks = new ArrayList<>();
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            String mark = normal(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            int position = position(mark);
            if (position == 0) {
                marks.clear();
            } else if (marks.isEmpty() || position != marks.size()) {
                continue; // "a plan", "в 2018": not the next option's mark
            }
            marks.add(m.toMatchResult());
        }
        if (marks.size() < 2) {
            return text;
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1).start() : endOfOptions(text, marks.get(i).end());
            String option = TRAILING.matcher(text.substring(marks.get(i).end(), end)).replaceAll("").strip();
            if (option.isEmpty()) {
                return text;
            }
            options.add(option);
        }
        int lastEnd = endOfOptions(text, marks.get(marks.size() - 1).end());
        String before = text.substring(0, marks.get(0).start());
        String after = text.substring(lastEnd);
        String choice = switch (lang) {
            case EN -> String.join(", ", options.subList(0, options.size() - 1)) + " or " + options.get(options.size() - 1);
            case RU -> String.join(", ", options.subList(0, options.size() - 1)) + " или " + options.get(options.size() - 1);
            case JA -> String.join("、", options) + "のどれ";
        };
        return (before + choice + after).strip();
    }

    /** Where the last option ends: at the end of its sentence ("C) Seko? Explain." ends before "?"). */
    private static int endOfOptions(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '？' || c == '\n' || c == '。') {
                return i;
            }
        }
        return text.length();
    }

    private static String normal(String mark) {
        char c = mark.charAt(0);
        if (c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c >= '０' && c <= '９') {
            c = (char) (c - 0xFEE0);
        }
        return String.valueOf(Character.toLowerCase(c));
    }

    /** The option's place in its list (0 for the first), or -1 when it is no mark of an option. */
    private static int position(String mark) {
        for (String order : List.of(ORDER_LATIN, ORDER_CYRILLIC, ORDER_DIGITS, ORDER_CIRCLED)) {
            int at = order.indexOf(mark);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /**
     * A blank to fill as the question word: before a month it asks the day ("on ___ September 2017": "on which day of
     * September 2017", "___ сентября": "какого числа сентября"; "9月___日" is "9月何日" as any Japanese blank), before
     * a word it counts ("has ___ points": "how many points", "___項目": "何項目"), anywhere else it asks what
     * ("proposed by ___": "proposed by whom" is left to "what").
     */
    static String blankAsked(String text, Lang lang) {
        Matcher m = BLANK.matcher(text);
        if (!m.find()) {
            return text;
        }
        String rest = text.substring(m.end());
        Matcher month = (lang == Lang.RU ? MONTH_AFTER_RU : MONTH_AFTER_EN).matcher(rest);
        if (lang != Lang.JA && month.matches()) {
            String day = lang == Lang.EN ? "which day of " : "какого числа ";
            return (text.substring(0, m.start()) + day + rest.substring(month.start(1))).strip();
        }
        // "started in ___ (month)", "начался в ______ (месяц)", "（　）月に始まった": the time its hint names; "started in ___.",
        // "стартовал в ___", "___に始まった" after a verb of a beginning or an end: when
        Matcher hint = TIME_HINT.matcher(rest);
        String before = text.substring(0, m.start());
        Matcher at = (lang == Lang.RU ? TIME_AT_RU : lang == Lang.JA ? TIME_AT_JA : TIME_AT_EN).matcher(before);
        if (hint.lookingAt() && at.find()) {
            String unit = hint.group(1).toLowerCase(java.util.Locale.ROOT);
            String asked = switch (lang) {
                case EN -> unit.startsWith("m") ? "in which month" : unit.startsWith("y") ? "in which year" : "on which date";
                case RU -> unit.startsWith("м") ? "в каком месяце" : unit.startsWith("г") ? "в каком году" : "какого числа";
                case JA -> unit.equals("月") ? "何月に" : unit.equals("年") ? "何年に" : "いつ";
            };
            return (before.substring(0, at.start()) + " " + asked + " " + rest.substring(hint.end())).replaceAll("\\s+", " ").strip();
        }
        if (lang == Lang.JA && rest.startsWith("に") && TIMED.get(lang).matcher(rest).find()) {
            return (before + "いつ" + rest.substring(1)).strip(); // "___に始まった": "いつ始まった"
        }
        if (TIMED.get(lang).matcher(text).find() && at.find() && rest.matches("(?s)[\\s.。!?？]*")) {
            return (before.substring(0, at.start()) + (lang == Lang.JA ? "いつ" : lang == Lang.RU ? " когда" : " when") + rest).strip();
        }
        boolean beforeAWord = lang == Lang.JA ? !rest.isEmpty() && Character.isIdeographic(rest.codePointAt(0))
                : rest.matches("(?s)\\s*\\p{L}.*");
        String asked = switch (lang) {
            case EN -> beforeAWord ? "how many" : "what";
            case RU -> beforeAWord ? "сколько" : "что";
            case JA -> "何";
        };
        return (text.substring(0, m.start()) + asked + rest).strip();
    }
}
