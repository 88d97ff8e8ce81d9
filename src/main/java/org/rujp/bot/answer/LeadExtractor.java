package org.rujp.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;

/**
 * Picks the specific value a question asks for out of a fact, to put it first in the answer: the
 * event date for "when", the number nearest the question's words for "how many", a place for
 * "where", a person with role for "who". Never invents: the value is the fact's own date, a phrase
 * of its text, or the name of an entity the fact lists.
 */
final class LeadExtractor {
    private static final Pattern NUMBER_EN = Pattern.compile(
            "(?:(?:more than|over|nearly|almost|about|around|some|up to|less than|at least|roughly)\\s+)?\\$?\\d[\\d,.]*(?:\\s*(?:%|percent|billion|million|thousand))?(?:\\s*(?:billion|million))?"
            + "(?:\\s+(?:more\\s+)?(?:years?|months?)\\b)?");
    /** "более 700", "почти 400 000", "более 1,5 млн", "16 млрд долларов", "17%", "на 1 год". */
    private static final Pattern NUMBER_RU = Pattern.compile(
            "(?:(?:более|свыше|почти|около|порядка|менее|не менее|примерно|больше|до)\\s+)?\\$?\\d(?:[\\d,.]|[\\u00a0\\u202f ](?=\\d{3}(?!\\d)))*"
            + "(?:\\s*(?:%|процент\\p{L}*|млрд|миллиард\\p{L}*|млн|миллион\\p{L}*|тыс\\.?|тысяч\\p{L}*))?(?:\\s*(?:долл\\p{L}*\\.?(?:\\s+США)?))?"
            + "(?:\\s+(?:год(?:а|у)?|лет|месяц\\p{L}*)(?![\\p{L}]))?");
    /** "150万人を超える", "160億米ドル超", "700件以上", "約400,000人", "17%", "1年", "計21件". */
    private static final Pattern NUMBER_JA = Pattern.compile(
            "(?:約|およそ|計|合計)?[0-9０-９][0-9０-９,.，]*(?:(?:億|万|千)(?:[0-9０-９][0-9０-９,.]*)?)*(?:\\s*(?:%|％|パーセント))?"
            + "(?:米?ドル|円|ルーブル)?(?:件|人|回|項目|名|社|か国|カ国|つ|年間|か月|カ月|年)?(?:を超える|以上|近く|超|余り)?");
    /** What follows a day of the month ("7 September", "7 сентября", "7日"), so that it is not read as a quantity. */
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "^[\\s\\u00a0]*(?:-\\d{1,2}\\s*)?(?:january|february|march|april|may|june|july|august|september|october|november|december"
            + "|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|月|日)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    /** "Which company ..." wants an organisation, not the person who spoke about it. */
    private static final Pattern ASKS_FOR_ORGANISATION = Pattern.compile(
            "\\b(?:company|companies|firm|maker|manufacturer|corporation|organi[sz]ation|agency|fund|bank)\\b|компани|фирм|организаци|корпораци|фонд|企業|会社|メーカー|機関");

    /** Words of the question frame itself ("how many"), which say nothing about what is counted. */
    private static final Set<String> QUESTION_WORDS = Set.of("many", "much", "what", "which", "when", "where", "there",
            "have", "been", "were", "this", "that", "with", "from", "more", "than", "does", "did", "сколько", "какой",
            "какое", "какая", "было", "были", "всего", "этом");

    private final KnowledgeBase kb;
    /** Every name of every person, lower-case, longest first. */
    private final List<String> personNames;
    /** Words found in more than a sixth of all facts: not distinctive enough to tie a number to a question. */
    private final Set<String> common = new HashSet<>();

    LeadExtractor(KnowledgeBase kb) {
        this.kb = kb;
        this.personNames = kb.entities().stream().filter(e -> e.kind() == Entity.Kind.PERSON)
                .flatMap(e -> e.allNames().stream()).map(n -> n.toLowerCase(Locale.ROOT))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        java.util.Map<String, Integer> frequency = new java.util.HashMap<>();
        for (Fact fact : kb.facts()) {
            Set<String> seen = new HashSet<>();
            fact.texts().forEach((lang, text) -> seen.addAll(words(text, lang)));
            seen.forEach(w -> frequency.merge(w, 1, Integer::sum));
        }
        frequency.forEach((w, n) -> {
            if (n > kb.facts().size() / 6) {
                common.add(w);
            }
        });
    }

    /** The role an English "who" question asks about, if any. */
    Optional<String> requiredRole(String question, Lang lang) {
        String q = question.toLowerCase(Locale.ROOT);
        java.util.Map<Pattern, String> roles = switch (lang) {
            case EN -> ROLES_EN;
            case RU -> ROLES_RU;
            case JA -> ROLES_JA;
        };
        // Roles are written in English in the alias table: each pattern maps to the English word. The role written
        // first is the one asked ("японского премьера или нашего президента"), whatever order the table iterates in.
        int first = Integer.MAX_VALUE;
        String role = null;
        for (java.util.Map.Entry<Pattern, String> e : roles.entrySet()) {
            Matcher m = e.getKey().matcher(q);
            while (m.find() && m.start() < first) {
                if (!titlesANamedPerson(q, m.start(), m.end(), lang) && !aVerbStandsBetween(q, m.start(), m.end(), lang)) {
                    first = m.start();
                    role = e.getValue();
                    break;
                }
            }
        }
        return Optional.ofNullable(role);
    }

    private static final Pattern QUESTION_WORD_EN = Pattern.compile("\\b(?:who|whom|whose|which|what)\\b");
    private static final Pattern QUESTION_WORD_RU = Pattern.compile(
            "(?<![а-яё])(?:кто|кого|кем|кому|чей|чья|чьё|чье|как\\p{L}*|котор\\p{L}*)(?![а-яё])");
    /** A Japanese question word, or a name asked for ("…報道官の名前は", "…の氏名を答えよ"), which stands where the question asks. */
    private static final Pattern QUESTION_WORD_JA = Pattern.compile("誰|だれ|どなた|どの|(?:名前|氏名|名)(?=は|って|を|[？?]|$)");

    /**
     * Whether a verb of an event stands between the role word and the question word: then the role names
     * the event's people, not the one asked for. "Who announced the foreign ministers' meeting?",
     * "Кто объявил о встрече министров иностранных дел?" and "外相会談について発表したのは誰？" ask for
     * whoever announced it; "Which foreign minister ...", "Кто был министром ..." and "外相は誰" ask for a minister.
     */
    private static boolean aVerbStandsBetween(String q, int start, int end, Lang lang) {
        Matcher word = (switch (lang) {
            case EN -> QUESTION_WORD_EN;
            case RU -> QUESTION_WORD_RU;
            case JA -> QUESTION_WORD_JA;
        }).matcher(q);
        int nearest = Integer.MAX_VALUE;
        String between = null;
        while (word.find()) {
            String span = word.start() >= end ? q.substring(end, word.start()) : word.end() <= start ? q.substring(word.end(), start) : "";
            if (span.length() < nearest) {
                nearest = span.length();
                between = span;
            }
        }
        if (between == null || between.isBlank()) {
            return false;
        }
        org.rujp.bot.answer.analysis.LanguageRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
        List<String> terms = rules.terms(between);
        return java.util.Arrays.stream(org.rujp.bot.knowledge.Slots.Actor.Part.values())
                .filter(part -> part != org.rujp.bot.knowledge.Slots.Actor.Part.SUBJECT)
                .anyMatch(part -> rules.mentions(terms, part));
    }

    /**
     * Whether the role word is the title of a person the question names ("Prime Minister Abe", "премьер
     * Японии Абэ", "安倍首相"): then it describes that person, it does not ask for someone holding it.
     */
    private boolean titlesANamedPerson(String q, int start, int end, Lang lang) {
        String before = q.substring(0, start).stripTrailing();
        String after = q.substring(end).stripLeading();
        if (lang == Lang.RU) {
            after = after.replaceFirst("^\\p{L}+\\s+", ""); // "премьер-министра Японии Абэ": one word between
        }
        for (String name : personNames) {
            if (lang == Lang.JA ? before.endsWith(name) : after.startsWith(name)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Map<Pattern, String> ROLES_EN = java.util.Map.of(
            Pattern.compile("\\bprime minister\\b"), "prime minister",
            Pattern.compile("\\b(?:foreign minister|top diplomat|chief diplomat)\\b"), "foreign minister",
            Pattern.compile("\\bpresident\\b"), "president",
            Pattern.compile("\\bspokes(?:woman|man|person)\\b"), "spokes",
            Pattern.compile("\\b(?:ceo|chief executive)\\b"), "ceo",
            Pattern.compile("(?<!prime |foreign )\\bministers?\\b"), "minister",
            // posts no one the facts name holds: "who conducted…" is no question for the choir
            Pattern.compile("\\b(?:conductor|choirmaster)s?\\b"), "conductor",
            Pattern.compile("\\bambassadors?\\b"), "ambassador",
            Pattern.compile("\\bmayors?\\b"), "mayor",
            Pattern.compile("\\bgovernors?\\b"), "governor");

    private static final java.util.Map<Pattern, String> ROLES_RU = java.util.Map.of(
            Pattern.compile("премьер"), "prime minister",
            Pattern.compile("(?<![а-яё])президент"), "president",
            Pattern.compile("министр\\p{L}* иностранных дел|глав\\p{L}* мида?(?![а-яё])"), "foreign minister",
            Pattern.compile("пресс-секретар|официальн\\p{L}* представител"), "spokes",
            Pattern.compile("(?<![а-яё-])министр(?!\\p{L}* иностранных дел)"), "minister",
            Pattern.compile("дирижёр|дирижер|хормейстер"), "conductor",
            Pattern.compile("(?<![а-яё])пос(?:ол|ла|лу|лом|лы|лов)(?![а-яё])"), "ambassador",
            Pattern.compile("(?<![а-яё])мэр"), "mayor",
            Pattern.compile("губернатор"), "governor",
            Pattern.compile("гендиректор|генеральн\\p{L}* директор|(?<![а-яё])директор"), "ceo");
    private static final java.util.Map<Pattern, String> ROLES_JA = java.util.Map.of(
            Pattern.compile("首相|総理"), "prime minister",
            Pattern.compile("大統領"), "president",
            Pattern.compile("外相|外務大臣"), "foreign minister",
            Pattern.compile("報道官"), "spokes",
            Pattern.compile("(?<!外務|総理)大臣|閣僚"), "minister",
            Pattern.compile("指揮者"), "conductor",
            Pattern.compile("大使"), "ambassador",
            Pattern.compile("市長"), "mayor",
            Pattern.compile("知事"), "governor",
            Pattern.compile("社長|最高経営責任者|代表取締役|(?<![a-z])ceo(?![a-z])"), "ceo");

    static boolean asksForOrganisation(String question) {
        return ASKS_FOR_ORGANISATION.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    Optional<String> lead(QuestionType type, String question, Fact fact, Lang lang) {
        return switch (type) {
            case WHEN -> fact.date().map(d -> Messages.date(d, lang));
            case HOW_MANY -> quantity(question, fact.text(lang), lang, false);
            case WHERE -> entity(question, fact, lang, Entity.Kind.PLACE);
            case WHO -> asksForOrganisation(question)
                    ? entity(question, fact, lang, Entity.Kind.ORGANISATION)
                    : requiredRole(question, lang).isPresent() ? entity(question, fact, lang, Entity.Kind.PERSON)
                    : entity(question, fact, lang, Entity.Kind.PERSON).or(() -> entity(question, fact, lang, Entity.Kind.ORGANISATION));
            case OTHER -> Optional.empty();
        };
    }

    /** The number in a span of text. */
    private record Found(String phrase, int start, int end) {
    }

    /**
     * The number phrase the question asks for: first the one followed by the thing counted ("how many
     * people", "сколько человек", "何人": the phrase followed by "people", "человек", or carrying 人),
     * then the one whose neighbourhood shares most words with the question. A neighbourhood reaches
     * 25 characters back and 40 forward, but never past the neighbouring numbers, so that
     * "600 events attended by 1.5 million people" gives "people" to 1.5 million only. Words found in a
     * large share of all facts ("Russia", "Japan") do not tie a number to a question. With
     * {@code requireOverlap}, empty when no number is tied to the question (the text counts something else).
     */
    Optional<String> quantity(String question, String text, Lang lang, boolean requireOverlap) {
        Pattern pattern = switch (lang) {
            case EN -> NUMBER_EN;
            case RU -> NUMBER_RU;
            case JA -> NUMBER_JA;
        };
        List<Found> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String phrase = m.group().strip().replaceAll("[,.，]$", "").strip();
            if (phrase.matches("(?:19|20)\\d\\d(?:年|\\s+год\\p{L}*)?") || isDayOrMonth(phrase, text, m.start(), m.end())) {
                continue; // a year, a day or a month of a date, not a quantity
            }
            found.add(new Found(phrase, m.start(), m.start() + m.group().stripTrailing().length()));
        }
        Set<String> questionWords = words(question, lang);
        questionWords.removeAll(common);
        questionWords.removeAll(QUESTION_WORDS);
        Optional<String> counted = counted(question, lang);
        String best = null;
        int bestScore = -1;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            // "60 of the 130 projects": 60 counts projects too, and shares the words around 130
            boolean partOf = i + 1 < found.size() && PART_OF.matcher(text.substring(f.end(), found.get(i + 1).start())).matches();
            Found last = partOf ? found.get(i + 1) : f;
            int next = partOf ? i + 2 : i + 1;
            int from = Math.max(i == 0 ? 0 : found.get(i - 1).end(), f.start() - 25);
            int to = Math.min(next < found.size() ? found.get(next).start() : text.length(), last.end() + 40);
            Set<String> near = words(text.substring(Math.min(from, f.start()), Math.max(to, last.end())), lang);
            near.retainAll(questionWords);
            String after = f.phrase() + text.substring(f.end(), Math.max(f.end(), Math.min(to, last.end() + 25)));
            after = after.toLowerCase(Locale.ROOT);
            int score = near.size() + (counted.isPresent() && after.contains(counted.get()) ? 100 : 0);
            if (score > bestScore && (score > 0 || !requireOverlap)) {
                best = f.phrase();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static final Pattern PART_OF = Pattern.compile("\\s*(?:of|of the|из)\\s*");
    private static final Pattern COUNTED_EN = Pattern.compile("how many (\\p{L}+)");
    private static final Pattern COUNTED_RU = Pattern.compile("сколько (?!всего|же|ещ[её]|было|раз)(\\p{L}+)");
    private static final Pattern COUNTED_JA = Pattern.compile("何(人|件|名|回|社|か国|カ国|項目|年|%|％)");

    /** What the question counts, as the text will spell it: a word's first letters, or a Japanese counter. */
    private static Optional<String> counted(String question, Lang lang) {
        String q = question.toLowerCase(Locale.ROOT);
        Matcher m = switch (lang) {
            case EN -> COUNTED_EN.matcher(q);
            case RU -> COUNTED_RU.matcher(q);
            case JA -> COUNTED_JA.matcher(q);
        };
        if (!m.find()) {
            return lang == Lang.JA && q.contains("いくら") ? Optional.of("ドル") : Optional.empty();
        }
        String word = m.group(1);
        if (lang == Lang.JA) {
            return Optional.of(word.equals("％") ? "%" : word);
        }
        return Optional.of(word.substring(0, Math.min(word.length(), lang == Lang.RU ? 4 : 5)));
    }

    private static boolean isDayOrMonth(String phrase, String text, int start, int end) {
        if (!phrase.matches("\\d{1,2}")) {
            return false;
        }
        return MONTH_AFTER.matcher(text.substring(end)).find() || MONTH_BEFORE.matcher(text.substring(0, start)).find();
    }

    private Optional<String> entity(String question, Fact fact, Lang lang, Entity.Kind kind) {
        String q = question.toLowerCase(Locale.ROOT);
        String text = fact.text(lang).toLowerCase(Locale.ROOT);
        List<Entity> candidates = new ArrayList<>();
        for (String id : fact.entities()) {
            kb.entity(id).filter(e -> e.kind() == kind).ifPresent(candidates::add);
        }
        Optional<String> role = kind == Entity.Kind.PERSON ? requiredRole(question, lang) : Optional.empty();
        java.util.function.Predicate<Entity> mayHoldIt = role.filter(CEO::equals).isPresent() ? headsWhatIsNamed(question, lang) : e -> true;
        Entity chosen = null;
        int chosenAt = Integer.MAX_VALUE;
        for (Entity e : candidates) {
            if (mentioned(e, q) || role.isPresent() && !e.role().toLowerCase(Locale.ROOT).contains(role.get())
                    || !mayHoldIt.test(e)) {
                continue;
            }
            int at = position(e, text);
            if (chosen == null || at < chosenAt) {
                chosen = e;
                chosenAt = at;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        String name = chosen.name(lang);
        return Optional.of(kind == Entity.Kind.PERSON && lang == Lang.EN && !chosen.role().isEmpty()
                ? name + " (" + chosen.role() + ")" : name);
    }

    private static final String CEO = "ceo";

    /**
     * Who may be whom the question asks for by a role, read once for the question: anyone, unless it asks a chief
     * executive, and then not the chief of something the question does not name.
     */
    java.util.function.Predicate<Entity> holdersOfTheRoleAsked(String question, Lang lang) {
        return requiredRole(question, lang).filter(CEO::equals).isPresent() ? headsWhatIsNamed(question, lang) : person -> true;
    }

    /**
     * Whether the question names what a person heads, when their card says: RDIF's CEO is no answer for the chief of a
     * joint venture ("Кто гендиректор СП…?"). A question referring back ("И кто его гендиректор?") names it by a pronoun.
     */
    private java.util.function.Predicate<Entity> headsWhatIsNamed(String question, Lang lang) {
        org.rujp.bot.answer.analysis.LanguageRules rules = org.rujp.bot.answer.analysis.LexiconRules.of(lang);
        if (rules.refersBack(rules.terms(question))) {
            return person -> true;
        }
        String lowerQuestion = question.toLowerCase(Locale.ROOT);
        return person -> {
            List<String> headed = person.card().positions().stream().filter(p -> p.title().equals(CEO))
                    .map(p -> p.of().orElse("")).filter(of -> !of.isEmpty()).toList();
            return headed.isEmpty() || headed.stream().anyMatch(of -> kb.entity(of).filter(o -> mentioned(o, lowerQuestion)).isPresent());
        };
    }

    static boolean mentioned(Entity e, String lowerText) {
        for (String name : e.allNames()) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.length() >= 2 && startsAWord(lowerText, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name stands in the text at the start of a word: "коно" is not in "экономического" (a case ending may
     * follow it: "Орешкина"); a name in Japanese script stands anywhere, its words unspaced.
     */
    private static boolean startsAWord(String text, String name) {
        if (!Character.isLetter(name.codePointAt(0)) || !(Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.LATIN
                || Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.CYRILLIC)) {
            return text.contains(name);
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at))) {
                return true;
            }
        }
        return false;
    }

    private static int position(Entity e, String lowerText) {
        int best = Integer.MAX_VALUE - 1;
        for (String name : e.allNames()) {
            int at = lowerText.indexOf(name.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                best = Math.min(best, at);
            }
        }
        return best;
    }

    private static Set<String> words(String text, Lang lang) {
        Set<String> words = new HashSet<>();
        if (lang == Lang.JA) {
            String t = text.replaceAll("\\s+", "");
            for (int i = 0; i + 2 <= t.length(); i++) {
                words.add(t.substring(i, i + 2));
            }
            return words;
        }
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() > 3) {
                words.add(w.substring(0, Math.min(w.length(), 5)));
            }
        }
        return words;
    }
}
