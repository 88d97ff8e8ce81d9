package org.rujp.bot.retrieval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A one-way word list from Russian or Japanese to English: each source key (a Russian stem as the Russian
 * analyzer makes it, or a Japanese word as written, the form Kuromoji gives as base form) with its English
 * words, the likeliest first.
 *
 * <p>Read from two dictionaries Debian packages (installed by {@code .ci/install-dictionaries.sh}):
 * <ul>
 *   <li><b>Japanese</b>: EDICT ({@code edict}, the Electronic Dictionary Research and Development Group's
 *       JMdict in its one-line format, EUC-JP): {@code 漢字;かんじ2(P) [かな] /(n) (1) gloss/gloss/.../}.
 *       Every written and kana form is a key; its glosses of one or two words give the English words
 *       (a verb's "to" dropped). Entries marked common ({@code (P)}) come first.</li>
 *   <li><b>Russian</b>: the Mueller English-Russian dictionary ({@code mueller7-dict}, dictd format), read
 *       backwards: an English headword becomes a translation of every single Russian word its senses give,
 *       earlier in the entry (the first sense, the first word) ranking first.</li>
 * </ul>
 * Only single-word English translations are kept: they are what a term query can look for.
 */
public final class BilingualDictionary {
    /** At most this many English words per source key: more only adds noise to the query. */
    static final int MAX_TRANSLATIONS = 8;
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z][a-z-]*[a-z]");
    private static final Pattern RUSSIAN_WORD = Pattern.compile("[а-яё][а-яё-]*[а-яё]");

    private final Map<String, List<String>> entries;

    BilingualDictionary(Map<String, List<String>> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The English words of a source key, likeliest first; empty when the dictionary lacks it. */
    public List<String> translations(String key) {
        return entries.getOrDefault(key, List.of());
    }

    public int size() {
        return entries.size();
    }

    /** Writes the word list as the compact table {@link #readTable} reads: a header line, then {@code key TAB word word ...}. */
    void writeTable(Path file, String header) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // a file of its own: two processes (or two bots in one) writing the same table never mix their lines
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".partial");
        try {
            try (var out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write(header);
                out.write('\n');
                for (Map.Entry<String, List<String>> e : new java.util.TreeMap<>(entries).entrySet()) {
                    out.write(e.getKey());
                    out.write('\t');
                    out.write(String.join(" ", e.getValue()));
                    out.write('\n');
                }
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Reads a table {@link #writeTable} wrote, when its header is {@code header}; empty otherwise. */
    static java.util.Optional<BilingualDictionary> readTable(Path file, String header) throws IOException {
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        Map<String, List<String>> entries = new HashMap<>();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!header.equals(in.readLine())) {
                return java.util.Optional.empty();
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(" ")));
                }
            }
        }
        return java.util.Optional.of(new BilingualDictionary(entries));
    }

    /**
     * Reads EDICT: one entry a line, {@code KANJI;KANJI2 [KANA;KANA2] /gloss/gloss/EntL.../}, in EUC-JP.
     */
    public static BilingualDictionary edict(Path file) {
        Map<String, List<Ranked>> ranked = new HashMap<>();
        try (var lines = Files.lines(file, Charset.forName("EUC-JP"))) {
            int[] order = {0};
            lines.forEach(line -> readEdictLine(line, order[0]++, ranked));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot read the Japanese-English dictionary " + file,
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        return new BilingualDictionary(best(ranked));
    }

    private static void readEdictLine(String line, int lineNo, Map<String, List<Ranked>> out) {
        int slash = line.indexOf(" /");
        if (slash < 0 || line.startsWith("\u3000")) {
            return;
        }
        String head = line.substring(0, slash);
        boolean common = line.contains("(P)");
        List<String> keys = new ArrayList<>();
        int bracket = head.indexOf(" [");
        String written = bracket < 0 ? head : head.substring(0, bracket);
        String kana = bracket < 0 ? "" : head.substring(bracket + 2, head.indexOf(']', bracket));
        for (String form : (written + ";" + kana).split(";")) {
            String key = form.replaceAll("\\(.*?\\)", "").strip();
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        List<String> words = new ArrayList<>();
        for (String gloss : line.substring(slash + 2).split("/")) {
            if (gloss.startsWith("EntL")) {
                break;
            }
            String g = gloss.replaceAll("\\([^)]*\\)", " ").replaceAll("\\{[^}]*}", " ").strip().toLowerCase(java.util.Locale.ROOT);
            if (g.startsWith("to ")) {
                g = g.substring(3);
            }
            String[] parts = g.split("\\s+");
            if (parts.length <= 2) {
                for (String p : parts) {
                    if (ENGLISH_WORD.matcher(p).matches() && !words.contains(p)) {
                        words.add(p);
                    }
                }
            }
        }
        int base = (common ? 0 : 1_000_000) + lineNo;
        for (String key : keys) {
            for (int i = 0; i < words.size(); i++) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(new Ranked(words.get(i), base * 16L + Math.min(i, 15)));
            }
        }
    }

    /**
     * Reads a dictd English-Russian dictionary ({@code NAME.index} and {@code NAME.dict.dz}) backwards; each
     * Russian word is turned into its keys by {@code stems} (the Russian analyzer's terms for the word).
     */
    public static BilingualDictionary dictdReversed(Path index, Path dict, java.util.function.Function<String, List<String>> stems) {
        byte[] body;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dict), 1 << 16)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 24);
            in.transferTo(bytes);
            body = bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English-Russian dictionary " + dict, e);
        }
        Map<String, List<Ranked>> ranked = new HashMap<>();
        Map<String, List<String>> stemCache = new HashMap<>();
        try (var lines = Files.lines(index, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String[] cols = line.split("\t");
                if (cols.length < 3 || !ENGLISH_WORD.matcher(cols[0]).matches()) {
                    return;
                }
                long offset = base64(cols[1]);
                long length = base64(cols[2]);
                if (offset < 0 || length <= 0 || offset + length > body.length) {
                    return;
                }
                String entry = new String(body, (int) offset, (int) length, StandardCharsets.UTF_8);
                readMuellerEntry(cols[0], entry, ranked, stemCache, stems);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English-Russian dictionary index " + index, e);
        }
        return new BilingualDictionary(best(ranked));
    }

    private static void readMuellerEntry(String english, String entry, Map<String, List<Ranked>> out,
                                         Map<String, List<String>> stemCache, java.util.function.Function<String, List<String>> stems) {
        int nl = entry.indexOf('\n');
        String senses = (nl < 0 ? entry : entry.substring(nl + 1))
                .replaceAll("\\[[^\\]]*\\]", " ")
                .replaceAll("\\([^)]*\\)", " ")
                .replaceAll("_\\S+", " ")
                .replaceAll("\\d+\\)", ";")
                .toLowerCase(java.util.Locale.ROOT);
        int position = 0;
        for (String segment : senses.split("[;,\\n]")) {
            String s = segment.strip();
            if (s.isEmpty()) {
                continue;
            }
            position++;
            Matcher m = RUSSIAN_WORD.matcher(s);
            if (!m.matches()) {
                continue;
            }
            for (String key : stemCache.computeIfAbsent(s, stems)) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(new Ranked(english, Math.min(position, 1000)));
            }
        }
    }

    /** dictd's base64 numbers: digits A-Z a-z 0-9 + /, most significant first. */
    static long base64(String digits) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        long n = 0;
        for (char c : digits.toCharArray()) {
            int d = alphabet.indexOf(c);
            if (d < 0) {
                return -1;
            }
            n = n * 64 + d;
        }
        return n;
    }

    private record Ranked(String word, long rank) {
    }

    private static Map<String, List<String>> best(Map<String, List<Ranked>> ranked) {
        Map<String, List<String>> best = new HashMap<>();
        ranked.forEach((key, list) -> {
            list.sort(java.util.Comparator.comparingLong(Ranked::rank));
            LinkedHashSet<String> words = new LinkedHashSet<>();
            for (Ranked r : list) {
                if (words.size() >= MAX_TRANSLATIONS) {
                    break;
                }
                words.add(r.word());
            }
            best.put(key, List.copyOf(words));
        });
        return best;
    }
}
