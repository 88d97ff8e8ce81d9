package org.rujp.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rujp.bot.App;
import org.rujp.bot.Progress;
import org.rujp.bot.knowledge.ArticleFile;
import org.rujp.bot.knowledge.ArticleFiles;
import org.rujp.bot.knowledge.ArticleIngester;
import org.rujp.bot.knowledge.CuratedArticles;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.IngestOptions;
import org.rujp.bot.knowledge.IngestOutcome;
import org.rujp.bot.knowledge.IngestedArticle;
import org.rujp.bot.knowledge.IngestedArticles;
import org.rujp.bot.knowledge.KnowledgeLoader;
import org.rujp.bot.knowledge.SlotExtractor;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.config.Settings;
import org.rujp.bot.replica.SharedKnowledge;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rujp-bot ingest [--dry-run] [--publisher P] [--date YYYY-MM-DD] [--year YYYY] [--url URL] PATH...}: cleans raw
 * article pages, stores their passages with the slots read from them under {@code DATA_DIR/ingested/}, then builds
 * the index so the next question is answered at once; {@code --list} and {@code --remove ID} manage what is stored.
 * With a PostgreSQL store, what it stores or removes is shared with every {@code serve} replica of that store. Safe to
 * re-run: unchanged files are left alone, and articles the
 * curated knowledge already holds, or already ingested under another file name, are skipped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds raw news articles (page text or HTML) to what the bot answers from. Directories are searched "
                + "recursively for .txt, .text, .html, .htm and .md files; project documents found there (README, LICENSE, "
                + "CHANGELOG, ...), hidden files and pages without article text are skipped.",
                "An article the curated knowledge already holds (same headline and publication date, or its recorded raw "
                + "file name with either) is skipped, so that its facts are not cited twice.",
                "So is an article already ingested under another file name (same headline and publication date, or the "
                + "same passages); to replace it with a corrected version, ingest that under the old file name."})
public final class IngestCommand implements Callable<Integer> {
    /** More files than this get a progress bar. */
    static final int PROGRESS_BAR_FROM = 5;

    @Mixin
    GlobalOptions global;

    @Option(names = "--dry-run", description = "Show the extracted headline, date, place, publisher and passages; store nothing.")
    boolean dryRun;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Record this publisher for every file, whatever the page says.")
    String publisher;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for files whose page prints none.")
    LocalDate date;

    @Option(names = "--year", paramLabel = "YYYY", description = "Year for files whose page prints the day and month only.")
    Integer year;

    @Option(names = "--url", paramLabel = "URL", description = "The article's web address, for one file whose page does not give "
            + "it (or gives another); shown as a link in citations.")
    String url;

    @Option(names = "--list", description = "List the ingested articles: id, headline, date, passages, URL.")
    boolean list;

    @Option(names = "--remove", paramLabel = "ID", description = "Remove the ingested article with this id (see --list) and rebuild "
            + "the index.")
    String remove;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((list || remove != null) && (!paths.isEmpty() || list && remove != null)) {
            err.println("rujp-bot ingest: --list and --remove ID take no PATH and not each other");
            return Main.EXIT_USAGE;
        }
        if (!list && remove == null && paths.isEmpty()) {
            err.println("rujp-bot ingest: give PATH... to ingest, --list to list what is ingested, or --remove ID");
            return Main.EXIT_USAGE;
        }
        if (url != null && (paths.size() != 1 || java.nio.file.Files.isDirectory(paths.get(0)))) {
            err.println("rujp-bot ingest: --url gives the address of one article; name exactly one file with it");
            return Main.EXIT_USAGE;
        }
        IngestOptions options;
        try {
            options = new IngestOptions(Optional.ofNullable(publisher), Optional.ofNullable(date), Optional.ofNullable(year),
                    Optional.ofNullable(url));
        } catch (IllegalArgumentException e) {
            err.println("rujp-bot ingest: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        Settings settings = global.settings();
        IngestedArticles store = IngestedArticles.in(settings.dataDir());
        if (list) {
            return IngestedListing.list(store, out);
        }
        if (remove != null) {
            return IngestedListing.remove(store, remove, settings, global.progress(), out, err);
        }
        CuratedArticles curated = CuratedArticles.in(settings.knowledgeDir());
        List<IngestOutcome> outcomes = new ArrayList<>();
        List<ArticleFile> files = ArticleFiles.find(paths, outcomes);
        SlotExtractor slots = new SlotExtractor(KnowledgeLoader.load(settings.knowledgeDir()).entities());
        ArticleIngester ingester = new ArticleIngester(store, curated, options, Clock.systemUTC(), dryRun,
                settings.ingest().maxArticleBytes(), slots);
        err.flush();
        Progress progress = files.size() > PROGRESS_BAR_FROM ? global.progress() : Progress.SILENT;
        try (Progress.Task task = progress.start("Ingesting", files.size())) {
            outcomes.addAll(ingester.ingest(files, o -> task.step()));
        }
        for (IngestOutcome outcome : outcomes) {
            report(outcome, out, err);
        }
        int passages = 0;
        int removed = 0;
        int[] counts = new int[5];
        for (IngestOutcome o : outcomes) {
            if (o instanceof IngestOutcome.Added a) {
                counts[0]++;
                passages += a.article().passages().size();
            } else if (o instanceof IngestOutcome.Replaced r) {
                counts[1]++;
                passages += r.article().passages().size();
            } else if (o instanceof IngestOutcome.Unchanged u) {
                counts[2]++;
                passages += u.article().passages().size();
            } else if (o instanceof IngestOutcome.Skipped s) {
                counts[3]++;
                removed += s.removedSourceId().isEmpty() ? 0 : 1;
            } else {
                counts[4]++;
            }
        }
        boolean changed = counts[0] + counts[1] + removed > 0;
        out.printf("%s %d file%s: %d added, %d replaced, %d unchanged, %d skipped, %d failed; %d passages%s%n",
                dryRun ? "dry run, would ingest" : "ingested", outcomes.size(), outcomes.size() == 1 ? "" : "s",
                counts[0], counts[1], counts[2], counts[3], counts[4], passages,
                dryRun ? "; nothing stored" : changed ? "; the index is rebuilt now" : "; the index is up to date");
        if (!dryRun) {
            List<String> stored = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            for (IngestOutcome o : outcomes) {
                if (o instanceof IngestOutcome.Added a) {
                    stored.add(a.article().sourceId());
                } else if (o instanceof IngestOutcome.Replaced r) {
                    stored.add(r.article().sourceId());
                } else if (o instanceof IngestOutcome.Unchanged u) {
                    stored.add(u.article().sourceId()); // shared only if it is not already (ingested before sharing)
                } else if (o instanceof IngestOutcome.Skipped s && !s.removedSourceId().isEmpty()) {
                    dropped.add(s.removedSourceId());
                }
            }
            share(settings, stored, dropped, out);
            printSearchable(settings, global.progress(), out);
        }
        out.flush();
        return counts[4] > 0 ? Main.EXIT_INPUT : 0;
    }

    /**
     * With a PostgreSQL store, shares what this run stored and removed with the other replicas (which pull it
     * within seconds) and says so when anything was not shared already; with SQLite, nothing (one process, one
     * data directory).
     */
    static void share(Settings settings, List<String> stored, List<String> removed, PrintWriter out) {
        if (!ServeCommand.shared(settings) || stored.isEmpty() && removed.isEmpty()) {
            return;
        }
        try (Database db = Database.open(settings.store(), Store.file(settings))) {
            new SharedKnowledge(settings.dataDir(), db).publish(stored, removed).ifPresent(change ->
                    out.printf("shared     %d stored, %d removed with the other replicas through %s (knowledge version %d)%n",
                            change.stored(), change.removed(), db.name(), change.version()));
        }
        out.flush();
    }

    /** Builds (or loads) the index and says how much is searchable. */
    static void printSearchable(Settings settings, Progress progress, PrintWriter out) {
        App app = App.start(settings, progress);
        long searchable = app.knowledge().facts().stream().filter(f -> f.kind() == Fact.Kind.PASSAGE).count();
        long articles = app.knowledge().sources().stream().filter(s -> s.origin() == Source.Origin.INGESTED).count();
        out.printf("%d passages from %d ingested article%s are now searchable beside %d curated facts (index %s in %d ms)%n",
                searchable, articles, articles == 1 ? "" : "s", app.knowledge().facts().size() - searchable,
                app.index().fromCache() ? "loaded from cache" : "built", app.index().millis());
        out.flush();
    }

    private void report(IngestOutcome outcome, PrintWriter out, PrintWriter err) {
        if (outcome instanceof IngestOutcome.Failed f) {
            err.println("failed     " + f.reason());
            return;
        }
        if (outcome instanceof IngestOutcome.Skipped s) {
            out.printf("%-10s %s: %s%n", s.status(), s.file(), s.reason());
            return;
        }
        IngestedArticle article = outcome instanceof IngestOutcome.Added a ? a.article()
                : outcome instanceof IngestOutcome.Replaced r ? r.article() : ((IngestOutcome.Unchanged) outcome).article();
        out.printf("%-10s %s  %s (%d passages)%n", outcome.status(), article.sourceId(), outcome.file(), article.passages().size());
        if (outcome instanceof IngestOutcome.Replaced r && !r.previousPath().isEmpty() && !r.previousPath().equals(article.path())) {
            out.println("           was ingested from " + r.previousPath() + " before");
        }
        if (dryRun) {
            printArticle(article, outcome instanceof IngestOutcome.Added a ? a.removals()
                    : outcome instanceof IngestOutcome.Replaced r ? r.removals() : ((IngestOutcome.Unchanged) outcome).removals(), out);
        }
    }

    private static void printArticle(IngestedArticle a, List<String> removals, PrintWriter out) {
        out.println("  headline:  " + a.headline());
        out.println("  published: " + a.published() + (a.dateNote().isEmpty() ? "" : " (" + a.dateNote() + ")"));
        out.println("  place:     " + (a.place().isEmpty() ? "-" : a.place()));
        out.println("  publisher: " + a.publisher());
        out.println("  language:  " + a.lang());
        out.println("  url:       " + (a.url().isEmpty() ? "-" : a.url()));
        a.standfirst().forEach(s -> out.println("  standfirst: " + s));
        out.println("  removed " + removals.size() + " lines of page furniture:");
        removals.forEach(r -> out.println("    " + r));
        a.names().forEach(n -> out.println("  new name:  " + n.name() + " (" + n.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (n.role().isEmpty() ? "" : ", " + n.role()) + ") as " + n.id()));
        for (int i = 0; i < a.passages().size(); i++) {
            out.printf("  [p%02d] %s%n", i + 1, a.passages().get(i));
            String slots = SlotsText.of(a.slotsOf(i));
            if (!slots.isEmpty()) {
                out.println("        slots: " + slots);
            }
        }
        out.println();
    }
}
