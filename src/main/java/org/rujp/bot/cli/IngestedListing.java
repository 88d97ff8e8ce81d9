package org.rujp.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import org.rujp.bot.BotException;
import org.rujp.bot.config.Settings;
import org.rujp.bot.knowledge.IngestedArticle;
import org.rujp.bot.knowledge.IngestedArticles;

/** {@code ingest --list} and {@code ingest --remove ID}: what is stored under {@code DATA_DIR/ingested/}, and taking one out. */
final class IngestedListing {
    private IngestedListing() {
    }

    /** One line per stored article: id, publication date, passages, headline, URL; then the count. */
    static int list(IngestedArticles store, PrintWriter out) {
        List<IngestedArticle> articles = store.all();
        if (articles.isEmpty()) {
            out.println("no ingested articles in " + store.dir());
            out.flush();
            return 0;
        }
        int width = articles.stream().mapToInt(a -> a.sourceId().length()).max().orElse(2);
        out.printf("%-" + width + "s  %-10s  %8s  %s%n", "id", "published", "passages", "headline / url");
        for (IngestedArticle a : articles) {
            out.printf("%-" + width + "s  %-10s  %8d  %s%n", a.sourceId(), a.published(), a.passages().size(), a.headline());
            out.printf("%-" + width + "s  %-10s  %8s  %s%n", "", "", "", a.url().isEmpty() ? "(no url)" : a.url());
        }
        out.printf("%d ingested article%s in %s%n", articles.size(), articles.size() == 1 ? "" : "s", store.dir());
        out.flush();
        return 0;
    }

    /**
     * Deletes the stored article (and, with a PostgreSQL store, from every replica) and rebuilds the index; an
     * unknown id names the directory and the ids there.
     */
    static int remove(IngestedArticles store, String id, Settings settings, org.rujp.bot.Progress progress, PrintWriter out,
                      PrintWriter err) {
        if (!Files.isRegularFile(store.fileOf(id))) {
            List<String> ids = ids(store);
            err.println("rujp-bot ingest: no ingested article '" + id + "' in " + store.dir() + " (" + (ids.isEmpty()
                    ? "nothing is ingested there" : "ingested: " + String.join(", ", ids)) + "; see ingest --list)");
            err.flush();
            return Main.EXIT_INPUT;
        }
        String headline;
        try {
            headline = "\u201c" + store.find(id).map(IngestedArticle::headline).orElse("") + "\u201d";
        } catch (BotException e) {
            headline = "(unreadable)";
        }
        // Shared first: if the database cannot be reached, nothing is removed and the same command can be run again.
        IngestCommand.share(settings, List.of(), List.of(id), out);
        store.delete(id);
        out.println("removed    " + id + " " + headline + " (" + store.fileOf(id) + ")");
        IngestCommand.printSearchable(settings, progress, out);
        return 0;
    }

    private static List<String> ids(IngestedArticles store) {
        try (var files = Files.list(store.dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).map(n -> n.substring(0, n.length() - 5))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
