package org.rujp.bot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A curated-article skeleton written from an ingested article, for an editor to complete and move to
 * {@code knowledge/articles/}: its source record, and one fact per passage with the passage in the article's
 * language, empty texts for the other languages, the event date, the known entities and the slots read at
 * ingestion. Names the alias table does not know are listed in a comment, to be added to {@code aliases.yaml}
 * before they can stand in the slots. Once every empty text is filled, {@link KnowledgeLoader} accepts it.
 */
public final class CuratedDraft {
    private CuratedDraft() {
    }

    /** The curated source id a draft gets: the ingested id without its "ing-" prefix. */
    public static String sourceId(IngestedArticle article) {
        return article.sourceId().replaceFirst("^ing-", "");
    }

    /** The draft as YAML; {@code known} are the entity ids of the alias table. */
    public static String yaml(IngestedArticle article, Set<String> known) {
        Lang lang = article.language();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", sourceId(article));
        source.put("publisher", article.publisher());
        source.put("title", article.headline());
        source.put("published", article.published().toString());
        if (!article.dateNote().isEmpty()) {
            source.put("date_note", article.dateNote());
        }
        if (!article.place().isEmpty()) {
            source.put("place", article.place());
        }
        if (!article.file().isEmpty()) {
            source.put("file", article.file());
        }
        if (!article.url().isEmpty()) {
            source.put("url", article.url());
        }
        List<Map<String, Object>> facts = new ArrayList<>();
        for (int i = 0; i < article.passages().size(); i++) {
            facts.add(fact(article, i, lang, known));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", source);
        root.put("facts", facts);

        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(4096);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        StringBuilder out = new StringBuilder();
        out.append("# Draft of a curated article, written from the ingested article ").append(article.sourceId()).append(".\n")
                .append("# Fill in every empty text (each fact's ").append(others(lang)).append(", and each quantity's value in them),\n")
                .append("# make each fact a self-contained statement, check date, entities and slots, list under asks the questions\n")
                .append("# users would ask that the fact answers (three or four per language, in their words, not the fact's), then move this file to\n")
                .append("# knowledge/articles/. The ingested copy is then left out (same headline and date); delete it with\n")
                .append("# rujp-bot ingest --remove ").append(article.sourceId()).append(".\n");
        List<NewName> names = article.names();
        if (!names.isEmpty()) {
            out.append("#\n# Names the alias table does not know; add them to aliases.yaml (with ru and ja names) to use them in slots:\n");
            for (NewName n : names) {
                out.append("#   - id: ").append(n.id().replaceFirst("^ing-(person|org)-", "")).append("   # ")
                        .append(n.kind().name().toLowerCase(Locale.ROOT)).append(": ").append(n.name())
                        .append(n.role().isEmpty() ? "" : ", " + n.role()).append('\n');
            }
        }
        out.append('\n').append(new Yaml(options).dump(root));
        return out.toString();
    }

    private static Map<String, Object> fact(IngestedArticle article, int i, Lang lang, Set<String> known) {
        PassageSlots read = article.slotsOf(i);
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("id", sourceId(article) + String.format(Locale.ROOT, "-p%02d", i + 1));
        if (!read.date().isEmpty()) {
            fact.put("date", read.date());
        }
        for (Lang l : Lang.values()) {
            fact.put(l.code(), l == lang ? article.passages().get(i) : "");
        }
        fact.put("tags", List.of());
        fact.put("entities", read.entities().stream().filter(known::contains).toList());
        Map<String, Object> slots = new LinkedHashMap<>();
        List<Map<String, Object>> actors = new ArrayList<>();
        for (Slots.Actor a : read.actors()) {
            if (known.contains(a.entity())) {
                Map<String, Object> actor = new LinkedHashMap<>();
                actor.put("entity", a.entity());
                actor.put("role", a.part().name().toLowerCase(Locale.ROOT));
                actors.add(actor);
            }
        }
        if (!actors.isEmpty()) {
            slots.put("actors", actors);
        }
        List<String> places = read.places().stream().filter(known::contains).toList();
        if (!places.isEmpty()) {
            slots.put("places", places);
        }
        List<Map<String, Object>> quantities = new ArrayList<>();
        for (PassageSlots.Amount a : read.quantities()) {
            Map<String, Object> value = new LinkedHashMap<>();
            for (Lang l : Lang.values()) {
                value.put(l.code(), l == lang ? a.value() : "");
            }
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("value", value);
            q.put("counts", a.counts().isEmpty() ? List.of(a.unit().name().toLowerCase(Locale.ROOT)) : a.counts());
            q.put("unit", a.unit().name().toLowerCase(Locale.ROOT));
            quantities.add(q);
        }
        if (!quantities.isEmpty()) {
            slots.put("quantities", quantities);
        }
        if (!slots.isEmpty()) {
            fact.put("slots", slots);
        }
        Map<String, Object> asks = new LinkedHashMap<>();
        for (Lang l : Lang.values()) {
            asks.put(l.code(), List.of());
        }
        fact.put("asks", asks);
        return fact;
    }

    private static String others(Lang lang) {
        return String.join(" and ", java.util.Arrays.stream(Lang.values()).filter(l -> l != lang).map(Lang::code).toList()) + " text";
    }
}
