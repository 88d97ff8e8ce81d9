package org.rujp.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rujp.bot.config.Settings;
import org.rujp.bot.knowledge.CuratedDraft;
import org.rujp.bot.knowledge.Entity;
import org.rujp.bot.knowledge.IngestedArticle;
import org.rujp.bot.knowledge.IngestedArticles;
import org.rujp.bot.knowledge.KnowledgeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rujp-bot knowledge draft ID}: tools for the curated knowledge. */
@Command(name = "knowledge", mixinStandardHelpOptions = true, subcommands = KnowledgeCommand.Draft.class,
        description = "Tools for the curated knowledge (knowledge/articles/).")
public final class KnowledgeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_USAGE;
    }

    /** Writes a curated-article skeleton from an ingested article. */
    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = {"Writes a curated-article skeleton from an ingested article (see ingest --list): its source record "
                    + "and one fact per passage with the date, entities and slots read at ingestion, and empty texts for the "
                    + "other languages. Complete it, then move it to knowledge/articles/."})
    static final class Draft implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the draft (default: DATA_DIR/drafts/ID.yaml).")
        Path out;

        @Option(names = "--force", description = "Overwrite a draft that exists already.")
        boolean force;

        @Parameters(index = "0", paramLabel = "ID", description = "The ingested article's id, as ingest --list shows it.")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Settings settings = global.settings();
            IngestedArticles store = IngestedArticles.in(settings.dataDir());
            Optional<IngestedArticle> article = store.find(id);
            if (article.isEmpty()) {
                err.println("rujp-bot knowledge draft: no ingested article '" + id + "' in " + store.dir() + "; see ingest --list");
                err.flush();
                return Main.EXIT_INPUT;
            }
            Set<String> known = new HashSet<>();
            KnowledgeLoader.load(settings.knowledgeDir()).entities().stream().map(Entity::id).forEach(known::add);
            Path file = out != null ? out : settings.dataDir().resolve("drafts").resolve(CuratedDraft.sourceId(article.get()) + ".yaml");
            if (Files.exists(file) && !force) {
                err.println("rujp-bot knowledge draft: " + file + " exists already (an editor's work?); give --force to overwrite it "
                        + "or --out FILE");
                err.flush();
                return Main.EXIT_INPUT;
            }
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, CuratedDraft.yaml(article.get(), known), StandardCharsets.UTF_8);
            stdout.println("wrote      " + file + " (" + article.get().passages().size() + " facts to complete; then move it to "
                    + settings.knowledgeDir().resolve("articles") + ")");
            stdout.flush();
            return 0;
        }
    }
}
