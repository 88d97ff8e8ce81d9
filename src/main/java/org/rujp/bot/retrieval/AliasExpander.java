package org.rujp.bot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Scripts;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Finds the entities a question names, in any script and any listed variant, so that retrieval can
 * search for them under all their names ("Питер" also searches "Saint Petersburg" and "サンクトペテルブルク").
 *
 * <p>Matching rules:
 * <ul>
 *   <li>Latin and Cyrillic names match whole words, case-insensitively, ё read as е. Cyrillic words are
 *       compared by their Snowball stem, so inflected forms match ("Путина", "в Питере").</li>
 *   <li>Acronyms of at most three capital letters ("RIA", "РФ", "МЭР") match only in capitals, so that
 *       ordinary words ("мэр", a mayor) do not.</li>
 *   <li>Names with Japanese script match as substrings, since Japanese is written without spaces; a name
 *       written only in katakana must not continue into more katakana ("タス" is not in "タスク").</li>
 *   <li>Where matches overlap, the longest wins ("Moscow Region" is the region, not Moscow).</li>
 * </ul>
 */
public final class AliasExpander {
    /**
     * A word of Latin or Cyrillic letters and digits: a name in another script inside Japanese text ends where the Japanese
     * begins ("Oreshkinの出身大学": "Oreshkin").
     */
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}\\p{N}\\p{M}]+");

    /** One way of writing one entity's name, prepared for matching. */
    private record Alias(Entity entity, String name, boolean japanese, boolean caseSensitive, List<String> words, List<String> plain) {
    }

    /** A word of the question with its position, normalised as the alias words are. */
    private record Word(String exact, String key, int start, int end) {
        /** Lower case, ё as е, not stemmed. */
        String plain() {
            return exact.toLowerCase(Locale.ROOT).replace('ё', 'е');
        }
    }

    /** Case endings of Russian surnames and nouns: "Носков" is "Носковым" (the stemmer makes "носк" of the one, "носков" of the other). */
    private static final Set<String> CASE_ENDINGS = Set.of("а", "у", "е", "ом", "ым", "ой", "ою", "ей", "ем", "ых", "им", "ими", "ыми", "ами", "ах", "ях", "ов", "ы", "и");

    private record Match(Entity entity, int start, int end) {
        int length() {
            return end - start;
        }

        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }
    }

    private final List<Alias> aliases = new ArrayList<>();
    private final Map<String, Entity> entities = new java.util.LinkedHashMap<>();

    public AliasExpander(KnowledgeBase kb) {
        kb.entities().forEach(e -> entities.put(e.id(), e));
        for (Entity entity : kb.entities()) {
            for (String name : new LinkedHashSet<>(entity.allNames())) {
                String n = name.strip();
                if (n.isEmpty()) {
                    continue;
                }
                boolean japanese = Scripts.japanese(n) > 0;
                List<Word> parsed = japanese ? List.of() : words(n);
                List<String> words = parsed.stream().map(Word::key).toList();
                if (japanese ? n.length() >= 2 : !words.isEmpty()) {
                    aliases.add(new Alias(entity, n, japanese, isShortAcronym(n), words, parsed.stream().map(Word::plain).toList()));
                }
            }
        }
    }

    /** Every entity of the knowledge, in the order of its file. */
    public java.util.Collection<Entity> entities() {
        return entities.values();
    }

    /** The entity of an id, if the knowledge has it. */
    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** The entities named in the text, in order of first mention, each once. */
    public Expansion expand(String text) {
        Set<Entity> entities = new LinkedHashSet<>();
        mentions(text).forEach(m -> entities.add(m.entity()));
        return new Expansion(List.copyOf(entities));
    }

    /** Where a name of an entity stands in a text: its characters from {@code start} to {@code end}. */
    public record Mention(Entity entity, int start, int end) {
    }

    /**
     * The text with every name written in a script its language does not write names in put as that language names
     * it: "In which city did 安倍晋三 meet Putin?" reads "In which city did Shinzo Abe meet Putin?", "про 日露交流年" the
     * Russian name of the cross years, "Лавров 外相" "ラブロフ 外相". Latin names stay in Russian and Japanese text ("G20").
     */
    public String inLanguage(String text, Lang lang) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mention m : mentions(text)) {
            String written = text.substring(m.start(), m.end());
            boolean foreign = switch (lang) {
                case EN -> Scripts.cyrillic(written) > 0 || Scripts.japanese(written) > 0;
                case RU -> Scripts.japanese(written) > 0;
                case JA -> Scripts.cyrillic(written) > 0;
            };
            if (foreign && m.start() >= at) {
                out.append(text, at, m.start()).append(m.entity().name(lang));
                at = m.end();
            }
        }
        return at == 0 ? text : out.append(text.substring(at)).toString();
    }

    /** Every name of an entity in the text, in order, the longest where names overlap. */
    public List<Mention> mentions(String text) {
        List<Match> matches = new ArrayList<>();
        List<Word> words = words(text);
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (Alias alias : aliases) {
            if (alias.japanese()) {
                findJapanese(alias, text, lowerText, matches);
            } else {
                findWords(alias, words, matches);
            }
        }
        matches.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        for (Match m : matches) {
            boolean sameSpan = kept.stream().anyMatch(k -> k.start == m.start && k.end == m.end);
            if (sameSpan || kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept.stream().map(m -> new Mention(m.entity(), m.start(), m.end())).toList();
    }

    private static void findJapanese(Alias alias, String text, String lowerText, List<Match> out) {
        String name = alias.name().toLowerCase(Locale.ROOT);
        boolean katakanaOnly = alias.name().codePoints().allMatch(AliasExpander::isKatakana);
        for (int at = lowerText.indexOf(name); at >= 0; at = lowerText.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (katakanaOnly && ((at > 0 && isKatakana(text.charAt(at - 1))) || (end < text.length() && isKatakana(text.charAt(end))))) {
                continue;
            }
            out.add(new Match(alias.entity(), at, end));
        }
    }

    private static void findWords(Alias alias, List<Word> words, List<Match> out) {
        List<String> target = alias.words();
        for (int i = 0; i + target.size() <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < target.size() && all; j++) {
                Word w = words.get(i + j);
                all = alias.caseSensitive() ? w.exact().equals(alias.name())
                        : w.key().equals(target.get(j)) || sameStem(w.key(), target.get(j)) || inflected(w.plain(), alias.plain().get(j));
            }
            if (all) {
                out.add(new Match(alias.entity(), words.get(i).start(), words.get(i + target.size() - 1).end()));
            }
        }
    }

    /** Two Russian stems of one word in two cases, one a vowel longer (see {@link #stemsAVowelLonger}). */
    private static boolean sameStem(String key, String target) {
        // compared for every word of every alias: by characters, not by building the longer stems
        String shorter = key.length() <= target.length() ? key : target;
        String longer = shorter == key ? target : key;
        return longer.length() == shorter.length() + 1 && shorter.length() >= 3 && longer.startsWith(shorter)
                && VOWELS.indexOf(longer.charAt(shorter.length())) >= 0 && Scripts.cyrillic(shorter) > 0;
    }

    /** The Russian vowels a stem may be one longer by. */
    private static final String VOWELS = "аеиоуыэюя";

    /**
     * The Russian stems a vowel longer than this one: the stemmer cuts some cases of a word a vowel shorter ("Корея"
     * gives "коре", "Кореи" gives "кор"). None for a stem under three letters, and a consonant never, so words do not
     * meet by chance ("конце" is no "Коно").
     */
    public static List<String> stemsAVowelLonger(String stem) {
        if (stem.length() < 3 || Scripts.cyrillic(stem) == 0) {
            return List.of();
        }
        return VOWELS.chars().mapToObj(v -> stem + (char) v).toList();
    }

    /** A Cyrillic word that is the name with a case ending: "Носковым", "Лаврова". */
    private static boolean inflected(String word, String name) {
        return name.length() >= 4 && word.length() > name.length() && word.startsWith(name) && Scripts.cyrillic(name) > 0
                && CASE_ENDINGS.contains(word.substring(name.length()));
    }

    private static boolean isKatakana(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || c == 0x30FC || c == 0x30FB;
    }

    private static boolean isShortAcronym(String name) {
        return name.length() <= 3 && name.codePoints().allMatch(Character::isLetter)
                && name.codePoints().allMatch(Character::isUpperCase);
    }

    /** Words of Latin or Cyrillic text: lower case, ё as е, Cyrillic words reduced to their Snowball stem. */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        RussianStemmer stemmer = new RussianStemmer();
        while (m.find()) {
            String exact = m.group();
            String key = exact.toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (Scripts.cyrillic(key) > 0) {
                stemmer.setCurrent(key);
                stemmer.stem();
                key = stemmer.getCurrent();
            }
            words.add(new Word(exact, key, m.start(), m.end()));
        }
        return words;
    }

    /**
     * The entities a question names.
     *
     * @param entities in order of first mention
     */
    public record Expansion(List<Entity> entities) {
        public static final Expansion NONE = new Expansion(List.of());

        public Expansion {
            entities = List.copyOf(entities);
        }

        public boolean isEmpty() {
            return entities.isEmpty();
        }

        /** Every listed name of the named entities in one language. */
        public List<String> names(Lang lang) {
            List<String> names = new ArrayList<>();
            for (Entity e : entities) {
                names.addAll(e.names().getOrDefault(lang, List.of()));
            }
            return names;
        }

        /**
         * The question for the English embedding model. An English question is sent as it is, followed by
         * the preferred English name of every named entity it does not already spell that way. A Russian
         * or Japanese question that names entities is sent as those English names alone: the model reads
         * Cyrillic and kana as strings of single characters, which cost about three times the tokens of
         * an English question (CPU time grows with them) and carry little meaning for it, while BM25 reads
         * the rest of the question in its own language. A question naming no entity is sent as it is.
         */
        public String denseText(String question, Lang lang) {
            if (lang != Lang.EN && !entities.isEmpty()) {
                return String.join(", ", entities.stream().map(e -> e.name(Lang.EN)).distinct().toList());
            }
            StringBuilder text = new StringBuilder(question.strip());
            String lower = question.toLowerCase(Locale.ROOT);
            String sep = " (";
            for (Entity e : entities) {
                String name = e.name(Lang.EN);
                if (!lower.contains(name.toLowerCase(Locale.ROOT))) {
                    text.append(sep).append(name);
                    sep = ", ";
                }
            }
            return sep.equals(", ") ? text.append(')').toString() : text.toString();
        }
    }
}
