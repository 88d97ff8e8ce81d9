package org.rujp.bot.retrieval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.knowledge.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Russian-English and Japanese-English word lists, read from the files Debian's {@code mueller7-dict}
 * and {@code edict} packages install, each the first time a question needs it (reading takes a second or
 * two). A dictionary whose files are absent is reported once and stays absent: questions in its language
 * then reach only what the knowledge holds in that language.
 */
public final class Dictionaries {
    private static final Logger log = LoggerFactory.getLogger(Dictionaries.class);
    /** Where Debian's packages put them; {@code .ci/install-dictionaries.sh} installs both. */
    public static final Path DEBIAN_EDICT = Path.of("/usr/share/edict/edict");
    public static final Path DEBIAN_MUELLER = Path.of("/usr/share/dictd/mueller7");

    /** Bump when what the tables hold changes, so that tables read before are read again. */
    static final String TABLE_FORMAT = "rujp-dictionary-v1";

    private final Path edict;
    private final Path mueller;
    private final Path tables;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final Map<Lang, Optional<BilingualDictionary>> loaded = new EnumMap<>(Lang.class);

    /**
     * @param edict the EDICT file
     * @param mueller the dictd dictionary without extension ({@code .index} and {@code .dict.dz} beside it)
     */
    public Dictionaries(Path edict, Path mueller, Path tables) {
        this.edict = edict;
        this.mueller = mueller;
        this.tables = tables;
    }

    /**
     * The dictionaries where Debian installs them.
     *
     * @param dataDir where the compact tables read from them are kept ({@code DATA_DIR/dictionaries/}), so that
     *                later starts read those in a fraction of the time
     */
    public static Dictionaries debian(Path dataDir) {
        return new Dictionaries(DEBIAN_EDICT, DEBIAN_MUELLER, dataDir.resolve("dictionaries"));
    }

    /** Whether the files of the language's dictionary are there (without reading them). */
    public boolean installed(Lang lang) {
        return switch (lang) {
            case JA -> Files.isRegularFile(edict);
            case RU -> Files.isRegularFile(index()) && Files.isRegularFile(dict());
            case EN -> false;
        };
    }

    /** The language's dictionary to English, read on first use; empty when it is not installed. */
    public synchronized Optional<BilingualDictionary> toEnglish(Lang lang) {
        return loaded.computeIfAbsent(lang, this::load);
    }

    private Optional<BilingualDictionary> load(Lang lang) {
        if (!installed(lang)) {
            log.warn("No {}-English dictionary at {}: {} questions reach only the knowledge written in {} "
                            + "(install it with .ci/install-dictionaries.sh)", lang.code(),
                    lang == Lang.JA ? edict : index(), lang.code(), lang.code());
            return Optional.empty();
        }
        long t0 = System.nanoTime();
        Path source = lang == Lang.JA ? edict : dict();
        Path table = tables.resolve(lang.code() + "-en.tsv");
        String header;
        try {
            header = TABLE_FORMAT + "\t" + source.toAbsolutePath() + "\t" + Files.size(source) + "\t" + Files.getLastModifiedTime(source).toMillis();
            Optional<BilingualDictionary> kept = BilingualDictionary.readTable(table, header);
            if (kept.isPresent()) {
                log.info("Read the {}-English dictionary table {}: {} words in {} ms", lang.code(), table, kept.get().size(),
                        (System.nanoTime() - t0) / 1_000_000);
                return kept;
            }
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("Dictionary table {} cannot be read ({}); reading the dictionary again", table, e.getMessage());
            header = null;
        }
        BilingualDictionary dictionary = lang == Lang.JA
                ? BilingualDictionary.edict(edict)
                : BilingualDictionary.dictdReversed(index(), dict(), word -> analyzers.terms(Lang.RU, "text_ru", word));
        log.info("Read the {}-English dictionary {}: {} words in {} ms", lang.code(), source, dictionary.size(), (System.nanoTime() - t0) / 1_000_000);
        if (header != null) {
            try {
                dictionary.writeTable(table, header);
            } catch (java.io.IOException | RuntimeException e) {
                log.info("Dictionary table {} not written ({}); the dictionary is read again at the next start", table, e.getMessage());
            }
        }
        return Optional.of(dictionary);
    }

    /**
     * Reads the installed dictionaries on a thread of their own, so that the first Russian or Japanese question
     * about an English article does not wait for them (it waits only for what is left).
     */
    public void preload() {
        Thread thread = new Thread(() -> {
            for (Lang lang : List.of(Lang.RU, Lang.JA)) {
                try {
                    toEnglish(lang);
                } catch (RuntimeException e) {
                    log.warn("The {}-English dictionary cannot be read: {}", lang.code(), e.getMessage());
                }
            }
        }, "dictionaries");
        thread.setDaemon(true);
        thread.start();
    }

    private Path index() {
        return mueller.resolveSibling(mueller.getFileName() + ".index");
    }

    private Path dict() {
        return mueller.resolveSibling(mueller.getFileName() + ".dict.dz");
    }
}
