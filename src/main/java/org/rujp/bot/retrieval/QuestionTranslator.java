package org.rujp.bot.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.Lang;

/**
 * Turns a Russian or Japanese question into an English query, the classic way of cross-language retrieval
 * without a translation model:
 *
 * <ol>
 *   <li><b>entities</b>: the names the alias table knows ({@link AliasExpander}) stand for the entity, which
 *       the English search looks for under its English names;</li>
 *   <li><b>numbers</b> are kept (with thousands separators both ways: "18 400" looks for "18400" and
 *       "18,400"); a Japanese month ("2月") becomes its English name;</li>
 *   <li><b>content words</b>: every other word, analysed as the index analyses the language (Russian stems,
 *       Kuromoji base forms; stop and question words dropped), is looked up in the bilingual dictionary;
 *       its English words are the alternatives of one clause. A word the dictionary lacks is kept as a
 *       clause with no alternative, so that the evidence it stood for counts as missing.</li>
 * </ol>
 */
public final class QuestionTranslator {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d\\u00a0\\u202f ,.]*\\d|\\d");
    private static final Pattern JA_MONTH = Pattern.compile("(\\d{1,2})月");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private final AliasExpander aliases;
    private final Dictionaries dictionaries;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    /** Words of the field the dictionaries lack, by language and analysed key ({@code lexicon/glossary.yaml}). */
    private final Map<Lang, Map<String, List<String>>> glossary;

    /** The glossary of the class path, each word read as the index reads its language (a Russian word as its stem). */
    static Map<Lang, Map<String, List<String>>> glossary(LanguageAnalyzers analyzers) {
        org.rujp.bot.yaml.YamlNode root = org.rujp.bot.yaml.YamlNode.resource("lexicon/glossary.yaml");
        Map<Lang, Map<String, List<String>>> byLang = new java.util.EnumMap<>(Lang.class);
        for (Map.Entry<String, org.rujp.bot.yaml.YamlNode> language : root.entries().entrySet()) {
            Lang lang = Lang.fromCode(language.getKey()).orElseThrow(() -> language.getValue().error("not a language: " + language.getKey()));
            Map<String, List<String>> words = new java.util.HashMap<>();
            for (Map.Entry<String, org.rujp.bot.yaml.YamlNode> word : language.getValue().entries().entrySet()) {
                List<String> keys = analyzers.terms(lang, "text_" + lang.code(), word.getKey());
                if (keys.isEmpty()) {
                    throw word.getValue().error("a word the index does not keep (a stop word?): " + word.getKey());
                }
                words.put(keys.get(0), word.getValue().items().stream().map(org.rujp.bot.yaml.YamlNode::nonBlank).toList());
            }
            byLang.put(lang, Map.copyOf(words));
        }
        return Map.copyOf(byLang);
    }

    /** The English stems of the texts a translated question is for (those lacking Russian or Japanese). */
    private final Set<String> targetStems = new HashSet<>();

    /**
     * @param kb the knowledge: of a word's English alternatives, those its English-only texts use come first,
     *           so that the first alternative, which the answer stage reads as the word, is the one the text uses
     */
    public QuestionTranslator(AliasExpander aliases, Dictionaries dictionaries, org.rujp.bot.knowledge.KnowledgeBase kb) {
        this.aliases = aliases;
        this.dictionaries = dictionaries;
        this.glossary = glossary(analyzers);
        for (org.rujp.bot.knowledge.Fact fact : kb.facts()) {
            if (fact.has(Lang.EN) && !(fact.has(Lang.RU) && fact.has(Lang.JA))) {
                targetStems.addAll(analyzers.terms(Lang.EN, "text_en", fact.text(Lang.EN)));
            }
        }
    }

    /**
     * The English query of a question.
     *
     * @param entities the entities it names
     * @param clauses one per number or content word: its English alternatives (none when untranslated)
     * @param source the source word of each clause, in the same order (for logs and tests)
     */
    public record Translation(List<Entity> entities, List<List<String>> clauses, List<String> source) {
        public Translation {
            entities = List.copyOf(entities);
            clauses = clauses.stream().map(List::copyOf).toList();
            source = List.copyOf(source);
        }

        /**
         * The question as an English question for the text checks and value readers of the answer stage:
         * the frame ("how many"), then each entity's English name and every alternative of every clause, in the
         * question's order. Not a sentence: what those readers need is the words.
         */
        public String englishQuestion(String frame) {
            List<String> words = new ArrayList<>();
            words.add(frame);
            clauses.forEach(words::addAll);
            entities.forEach(e -> words.add(e.name(Lang.EN)));
            return String.join(" ", words) + "?";
        }

        /** The English text for the embedding model: the entities' names, then each clause's first word. */
        public String denseText() {
            List<String> words = new ArrayList<>();
            entities.forEach(e -> words.add(e.name(Lang.EN)));
            clauses.stream().filter(c -> !c.isEmpty()).forEach(c -> words.add(c.get(0)));
            return String.join(" ", words);
        }
    }

    /** Whether questions in the language can be translated (its dictionary is installed). */
    public boolean available(Lang lang) {
        return lang != Lang.EN && dictionaries.installed(lang);
    }

    /** The question's English query; empty for English, or when the language's dictionary is not installed. */
    public Optional<Translation> translate(String question, Lang lang) {
        if (lang == Lang.EN) {
            return Optional.empty();
        }
        Optional<BilingualDictionary> dictionary = dictionaries.toEnglish(lang);
        if (dictionary.isEmpty()) {
            return Optional.empty();
        }
        List<Entity> entities = aliases.expand(question).entities();
        Set<String> entityTerms = new HashSet<>();
        for (Entity e : entities) {
            for (String name : e.names().getOrDefault(lang, List.of())) {
                entityTerms.addAll(analyzers.terms(lang, "text_" + lang.code(), name));
            }
        }
        List<List<String>> clauses = new ArrayList<>();
        List<String> source = new ArrayList<>();
        String rest = question;
        if (lang == Lang.JA) {
            Matcher month = JA_MONTH.matcher(rest);
            while (month.find()) {
                int m = Integer.parseInt(month.group(1));
                if (m >= 1 && m <= 12) {
                    clauses.add(List.of(MONTHS[m - 1]));
                    source.add(month.group());
                }
            }
            rest = JA_MONTH.matcher(rest).replaceAll(" ");
        }
        Matcher number = NUMBER.matcher(rest);
        while (number.find()) {
            String digits = number.group().replaceAll("[^\\d]", "");
            if (number.group().matches("\\d+[.,]\\d{1,2}")) {
                continue; // a decimal ("1,5"): its English form differs too much to be worth a clause
            }
            clauses.add(numberForms(digits));
            source.add(number.group());
        }
        rest = NUMBER.matcher(rest).replaceAll(" ");
        Matcher latin = LATIN.matcher(rest);
        while (latin.find()) {
            if (entities.stream().noneMatch(e -> e.allNames().stream().anyMatch(n -> n.equalsIgnoreCase(latin.group())))) {
                clauses.add(List.of(latin.group()));
                source.add(latin.group());
            }
        }
        rest = LATIN.matcher(rest).replaceAll(" ");
        for (List<String> keys : words(rest, lang)) {
            if (keys.stream().anyMatch(entityTerms::contains)) {
                continue;
            }
            LinkedHashSet<String> english = new LinkedHashSet<>();
            for (String key : keys) {
                english.addAll(glossary.getOrDefault(lang, Map.of()).getOrDefault(key, List.of()));
                english.addAll(dictionary.get().translations(key));
            }
            if (english.isEmpty() && lang == Lang.RU) {
                english.addAll(transliterations(keys.get(0))); // a name the dictionary lacks: "сахалин" -> "sakhalin"
            }
            List<String> ordered = new ArrayList<>(english);
            ordered.sort(java.util.Comparator.comparing(w -> !usedByTargets(w)));
            clauses.add(ordered.stream().limit(BilingualDictionary.MAX_TRANSLATIONS).toList());
            source.add(keys.get(0));
        }
        return Optional.of(new Translation(entities, clauses, source));
    }

    /**
     * An English question with the English words of the Russian and Japanese words left in it added at its end, for
     * retrieval: "when did the subcommittee discuss продление of the year" is searched with "extension" too. Names the
     * alias table knows are left as they are (it finds them in any script); the question unchanged when it has no such
     * words or no dictionary is installed.
     */
    public String glossed(String question) {
        // (a dictionary is read only for a question that has words of its language)
        List<Lang> written = java.util.stream.Stream.of(Lang.RU, Lang.JA)
                .filter(lang -> run(lang).matcher(question).find() && dictionaries.installed(lang)).toList();
        if (written.isEmpty()) {
            return question;
        }
        Set<String> named = new HashSet<>();
        aliases.expand(question).entities().forEach(e -> e.allNames().forEach(n -> named.add(n.toLowerCase(Locale.ROOT))));
        List<String> glosses = new ArrayList<>();
        for (Lang lang : written) {
            Optional<BilingualDictionary> dictionary = dictionaries.toEnglish(lang);
            Matcher foreign = run(lang).matcher(question);
            while (dictionary.isPresent() && foreign.find()) {
                if (named.stream().anyMatch(n -> n.contains(foreign.group().toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                for (List<String> keys : words(foreign.group(), lang)) {
                    if (lang == Lang.JA && HIRAGANA_WORD.matcher(keys.get(0)).matches()) {
                        continue; // a particle or an ending: "の", "って"
                    }
                    List<String> english = keys.stream().flatMap(k -> dictionary.get().translations(k).stream()).distinct()
                            .sorted(java.util.Comparator.comparing(w -> !usedByTargets(w))).limit(GLOSSES).toList();
                    glosses.addAll(english);
                }
            }
        }
        return glosses.isEmpty() ? question : question + " " + String.join(" ", glosses);
    }

    /** A run of words of the language: Cyrillic for Russian, kanji and kana for Japanese. */
    private static Pattern run(Lang lang) {
        return lang == Lang.RU ? CYRILLIC_RUN : JAPANESE_RUN;
    }

    /** The English words kept of each foreign word glossed: its likeliest, the texts' own first. */
    private static final int GLOSSES = 2;
    private static final Pattern CYRILLIC_RUN = Pattern.compile("[\\p{IsCyrillic}]+(?:[\\s-]+[\\p{IsCyrillic}]+)*");
    private static final Pattern HIRAGANA_WORD = Pattern.compile("[\\p{IsHiragana}ー]+");
    private static final Pattern JAPANESE_RUN = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]+");

    /** The analysed words of the text, each as its keys (a Russian word's stems; a Japanese base form). */
    private List<List<String>> words(String text, Lang lang) {
        List<List<String>> words = new ArrayList<>();
        if (lang == Lang.JA) {
            for (String term : analyzers.terms(lang, "text_ja", text)) {
                if (term.codePoints().anyMatch(Character::isLetter)) {
                    words.add(List.of(term));
                }
            }
            return words;
        }
        Set<String> seen = new HashSet<>();
        for (String word : text.split("[^\\p{L}]+")) {
            List<String> keys = analyzers.terms(lang, "text_" + lang.code(), word);
            if (!keys.isEmpty() && seen.add(keys.get(0))) {
                words.add(keys);
            }
        }
        return words;
    }

    private static final String[] LATIN_OF = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
            "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    /**
     * A Russian word in Latin letters as English texts spell Russian names ("сахалин" -> "sakhalin",
     * "хабаровск" -> "khabarovsk"); other characters are kept.
     */
    public static String transliterate(String russian) {
        StringBuilder out = new StringBuilder();
        for (char c : russian.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'а' && c <= 'я') {
                out.append(LATIN_OF[c - 'а']);
            } else if (c == 'ё') {
                out.append("yo");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a capitalised word of a question that the knowledge does not spell names something it knows
     * in another script: an entity of the alias table under an inflected form ("Осакой"), or a Russian name
     * whose transliterated stem an English text holds ("Сахалине": "sakhalin").
     *
     * @param englishWords whether a lower-case word or stem occurs in the English texts
     */
    public boolean namesSomethingKnown(String word, Lang lang, java.util.function.Predicate<String> englishWords) {
        if (!aliases.expand(word).entities().isEmpty()) {
            return true;
        }
        if (lang == Lang.JA) { // "札幌": a name the dictionary renders as one the English texts write ("Sapporo")
            return dictionaries.toEnglish(lang).map(d -> d.translations(word)).orElse(List.of()).stream()
                    .flatMap(t -> java.util.Arrays.stream(t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                    .anyMatch(w -> w.length() > 2 && Character.isLetter(w.charAt(0)) && englishWords.test(w));
        }
        if (lang != Lang.RU) {
            return false;
        }
        List<String> stems = analyzers.terms(Lang.RU, "text_ru", word);
        return java.util.stream.Stream.concat(stems.stream(), java.util.stream.Stream.of(word))
                .flatMap(w -> transliterations(w).stream()).anyMatch(englishWords);
    }

    /**
     * Whether a katakana word is a loanword of the Japanese dictionary: an entry itself ("スポークスウーマン"), or two
     * entries of at least two characters each ("クロス" + "イヤー"). Foreign names are not entries of it.
     */
    public boolean loanword(String word) {
        Optional<BilingualDictionary> dictionary = dictionaries.toEnglish(Lang.JA);
        if (dictionary.isEmpty()) {
            return false;
        }
        java.util.function.Predicate<String> entry = w -> !dictionary.get().translations(w).isEmpty();
        if (entry.test(word)) {
            return true;
        }
        for (int cut = 2; cut <= word.length() - 2; cut++) {
            if (entry.test(word.substring(0, cut)) && entry.test(word.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Russian word is one of the Russian dictionary's common words by any of its stems ("лекарства": medicine);
     * names of places and people are not entries of it.
     */
    public boolean commonRussianWord(String word) {
        Optional<BilingualDictionary> dictionary = dictionaries.toEnglish(Lang.RU);
        return dictionary.isPresent() && analyzers.terms(Lang.RU, "text_ru", word).stream()
                .anyMatch(stem -> !dictionary.get().translations(stem).isEmpty());
    }

    private boolean usedByTargets(String word) {
        List<String> stems = analyzers.terms(Lang.EN, "text_en", word);
        return !stems.isEmpty() && targetStems.containsAll(stems);
    }

    /**
     * The Latin spellings of a Russian word: as English texts spell Russian names ("сахалин" -> "sakhalin"), and,
     * for a Japanese name written in Cyrillic, as Hepburn spells it (the Polivanov system backwards: "хоккайдо"
     * -> "hokkaido", "цусима" -> "tsushima").
     */
    public static List<String> transliterations(String russian) {
        String lower = russian.toLowerCase(Locale.ROOT);
        String japanese = lower.replace("дзи", "ji").replace("дз", "z").replace("си", "shi").replace("ти", "chi")
                .replace("цу", "tsu").replace("сё", "sho").replace("сю", "shu").replace("тё", "cho").replace("тю", "chu")
                .replace("х", "h").replace("й", "i").replace("э", "e").replace("ё", "yo").replace("ю", "yu").replace("я", "ya");
        LinkedHashSet<String> spellings = new LinkedHashSet<>();
        spellings.add(transliterate(lower));
        spellings.add(transliterate(japanese));
        return List.copyOf(spellings);
    }

    /** A number as an English text may print it: "18400" and "18,400". */
    static List<String> numberForms(String digits) {
        String plain = digits.replaceFirst("^0+(?=\\d)", "");
        if (plain.length() <= 3 || plain.length() > 15) {
            return List.of(plain);
        }
        return List.of(plain, String.format(Locale.ROOT, "%,d", Long.parseLong(plain)));
    }
}
