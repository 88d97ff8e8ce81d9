package org.rujp.bot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rujp.bot.InvalidFileException;
import org.rujp.bot.yaml.YamlNode;

/**
 * Reads and validates the curated knowledge directory:
 * <pre>
 * knowledge/
 *   aliases.yaml          entities and their names in Latin, Cyrillic and Japanese script
 *   articles/*.yaml       one file per article: its source record and its facts
 * </pre>
 * Every problem is reported with file, line and reason; nothing half-valid is returned.
 */
public final class KnowledgeLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    private static final Set<String> ARTICLE_KEYS = Set.of("source", "facts");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "publisher", "title", "published", "date_note", "place", "file", "url");
    private static final Set<String> FACT_KEYS = Set.of("id", "date", "en", "ru", "ja", "tags", "entities", "slots", "asks");
    private static final Set<String> LANG_KEYS = Set.of("en", "ru", "ja");
    private static final Set<String> ENTITY_KEYS = union(Set.of("id", "kind", "role", "en", "ru", "ja"), SlotReader.CARD_KEYS);

    private KnowledgeLoader() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    public static KnowledgeBase load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidFileException(dir, 0, "knowledge directory does not exist");
        }
        Path aliasesFile = dir.resolve("aliases.yaml");
        StringBuilder hashInput = new StringBuilder();
        Map<YamlNode, Entity> aliasItems = new LinkedHashMap<>();
        List<Entity> entities = loadAliases(aliasesFile, aliasItems);
        hashInput.append(fileHash(aliasesFile));
        Map<String, Entity> entityIds = new HashMap<>();
        entities.forEach(e -> entityIds.put(e.id(), e));

        List<Path> articleFiles = listYaml(dir.resolve("articles"));
        if (articleFiles.isEmpty()) {
            throw new InvalidFileException(dir.resolve("articles"), 0, "holds no *.yaml article files");
        }
        List<Source> sources = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Map<String, String> sourceFiles = new HashMap<>();
        Map<String, String> factFiles = new HashMap<>();
        Map<Fact, YamlNode> reasoned = new java.util.LinkedHashMap<>(); // facts giving a reason, checked once all are read
        for (Path file : articleFiles) {
            YamlNode root = YamlNode.load(file).requireKeys(ARTICLE_KEYS);
            Source source = readSource(root.require("source"));
            String previous = sourceFiles.put(source.id(), file.toString());
            if (previous != null) {
                throw root.require("source").error("source id '" + source.id() + "' is already used in " + previous);
            }
            sources.add(source);
            List<YamlNode> items = root.require("facts").items();
            if (items.isEmpty()) {
                throw root.require("facts").error("an article needs at least one fact");
            }
            for (YamlNode item : items) {
                Fact fact = readFact(item, source.id(), entityIds);
                String where = factFiles.put(fact.id(), file + ":" + item.line());
                if (where != null) {
                    throw item.error("fact id '" + fact.id() + "' is already used at " + where);
                }
                facts.add(fact);
                if (!fact.slots().because().isEmpty() || !fact.slots().details().isEmpty()) {
                    reasoned.put(fact, item);
                }
            }
            hashInput.append(fileHash(file));
        }
        reasoned.forEach((fact, item) -> {
            for (String slot : List.of("because", "details")) {
                for (String other : slot.equals("because") ? fact.slots().because() : fact.slots().details()) {
                    if (!factFiles.containsKey(other) || other.equals(fact.id())) {
                        throw item.error("slots." + slot + " of fact '" + fact.id() + "' names '" + other + "', which is "
                                + (other.equals(fact.id()) ? "the fact itself" : "no fact"));
                    }
                }
            }
        });
        aliasItems.forEach((item, entity) -> entity.card().purpose().forEach(fact -> {
            if (!factFiles.containsKey(fact)) {
                throw item.require("purpose").error("purpose of '" + entity.id() + "' names '" + fact + "', which is no fact");
            }
        }));
        Set<String> sourceIds = sourceFiles.keySet();
        aliasItems.forEach((item, entity) -> SlotReader.checkCard(item, entity.card(), entityIds, sourceIds));
        Map<String, Source> byId = new HashMap<>();
        sources.forEach(src -> byId.put(src.id(), src));
        List<Furniture> furniture = loadFurniture(dir.resolve("furniture.yaml"), byId);
        return new KnowledgeBase(sources, facts, entities, furniture, Hashes.sha256(hashInput.toString()));
    }

    private static final Set<String> FURNITURE_KEYS = Set.of("source", "kind", "en", "ru", "ja");

    /**
     * {@code furniture.yaml}, when there is one: what the articles' pages print around the news, each item naming the
     * article's source, its kind, and in every language the phrases a question would name it by.
     */
    private static List<Furniture> loadFurniture(Path file, Map<String, Source> sources) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Furniture> furniture = new ArrayList<>();
        for (YamlNode item : YamlNode.load(file).requireKeys(Set.of("furniture")).require("furniture").items()) {
            item.requireKeys(FURNITURE_KEYS);
            String source = item.require("source").text();
            if (!sources.containsKey(source)) {
                throw item.require("source").error("furniture of source '" + source + "', which no article file has");
            }
            String kind = item.require("kind").text();
            if (!Furniture.KINDS.contains(kind)) {
                throw item.require("kind").error("furniture kind '" + kind + "' is none of " + new java.util.TreeSet<>(Furniture.KINDS));
            }
            Map<Lang, List<String>> phrases = new java.util.EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                List<String> said = item.strings(lang.code());
                if (said.isEmpty() || said.stream().anyMatch(String::isBlank)) {
                    throw item.error("furniture needs the phrases naming it in " + lang.code() + ", none of them empty");
                }
                phrases.put(lang, said);
            }
            furniture.add(new Furniture(source, kind, phrases));
        }
        return furniture;
    }

    /**
     * The source record of every curated article file, keyed by the file, without reading the facts or
     * the aliases: what ingestion needs to recognise a raw article that is already curated.
     */
    public static Map<Path, Source> sources(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidFileException(dir, 0, "knowledge directory does not exist");
        }
        Map<Path, Source> sources = new LinkedHashMap<>();
        for (Path file : listYaml(dir.resolve("articles"))) {
            sources.put(file, readSource(YamlNode.load(file).requireKeys(ARTICLE_KEYS).require("source")));
        }
        return sources;
    }

    private static Source readSource(YamlNode node) {
        node.requireKeys(SOURCE_KEYS);
        String id = id(node.require("id"));
        LocalDate published;
        YamlNode date = node.require("published");
        try {
            published = LocalDate.parse(date.nonBlank());
        } catch (DateTimeParseException e) {
            throw date.error("expected a date YYYY-MM-DD but got '" + date.text() + "'");
        }
        return new Source(id, node.string("publisher"), node.string("title"), published,
                node.optString("date_note").orElse(""), node.optString("place").orElse(""),
                node.optString("file").orElse(""), Source.Origin.CURATED, url(node));
    }

    /** The article's address, when the record gives one: an absolute http or https URL. */
    private static String url(YamlNode source) {
        Optional<YamlNode> url = source.get("url");
        if (url.isEmpty() || url.get().isNull() || url.get().text().isBlank()) {
            return "";
        }
        String text = url.get().text().strip();
        if (!Source.isWebAddress(text)) {
            throw url.get().error("expected an http or https address but got '" + text + "'");
        }
        return text;
    }

    private static Fact readFact(YamlNode node, String sourceId, Map<String, Entity> entities) {
        node.requireKeys(FACT_KEYS);
        String id = id(node.require("id"));
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            YamlNode text = node.get(lang.code()).orElseThrow(
                    () -> node.error("fact '" + id + "' lacks its " + lang.code() + " text (every fact needs en, ru and ja)"));
            String value = text.nonBlank().replaceAll("\\s+", " ");
            checkScript(text, lang, value);
            texts.put(lang, value);
        }
        Optional<EventDate> date = Optional.empty();
        Optional<YamlNode> dateNode = node.get("date");
        if (dateNode.isPresent()) {
            try {
                date = Optional.of(EventDate.parse(dateNode.get().text()));
            } catch (IllegalArgumentException e) {
                throw dateNode.get().error(e.getMessage());
            }
        }
        List<String> entityIds = node.strings("entities");
        for (int i = 0; i < entityIds.size(); i++) {
            if (!entities.containsKey(entityIds.get(i))) {
                throw node.require("entities").error("unknown entity '" + entityIds.get(i) + "'; add it to aliases.yaml");
            }
        }
        Slots slots = node.get("slots").map(n -> new SlotReader(entities).slots(n, entityIds)).orElse(Slots.NONE);
        Map<Lang, List<String>> asks = node.get("asks").map(KnowledgeLoader::readAsks).orElse(Map.of());
        return new Fact(id, sourceId, texts, date, node.strings("tags"), entityIds, Fact.Kind.FACT, slots, asks);
    }

    /** The questions a fact answers: a list per language, each question in its language's script. */
    private static Map<Lang, List<String>> readAsks(YamlNode node) {
        if (!node.isMap()) {
            throw node.error("expected the questions per language (en:, ru:, ja:), each a list");
        }
        node.requireKeys(LANG_KEYS);
        Map<Lang, List<String>> asks = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Optional<YamlNode> list = node.get(lang.code());
            if (list.isEmpty()) {
                continue;
            }
            List<String> questions = new ArrayList<>();
            for (YamlNode item : list.get().isScalar() ? List.of(list.get()) : list.get().items()) {
                String question = item.nonBlank().replaceAll("\\s+", " ");
                checkScript(item, lang, question);
                questions.add(question);
            }
            asks.put(lang, questions);
        }
        return asks;
    }

    /** Catches a rendering pasted under the wrong language key. */
    static void checkScript(YamlNode node, Lang lang, String text) {
        boolean ok = switch (lang) {
            case EN -> Scripts.cyrillic(text) == 0 && Scripts.japanese(text) == 0;
            case RU -> Scripts.cyrillic(text) > 0;
            case JA -> Scripts.japanese(text) > 0;
        };
        if (!ok) {
            throw node.error("the " + lang.code() + " text is not written in " + switch (lang) {
                case EN -> "Latin script";
                case RU -> "Cyrillic script";
                case JA -> "Japanese script";
            });
        }
    }

    private static List<Entity> loadAliases(Path file, Map<YamlNode, Entity> items) {
        YamlNode root = YamlNode.load(file).requireKeys(Set.of("entities"));
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : root.require("entities").items()) {
            item.requireKeys(ENTITY_KEYS);
            String id = id(item.require("id"));
            Integer previous = seen.put(id, item.line());
            if (previous != null) {
                throw item.error("entity id '" + id + "' is already defined at line " + previous);
            }
            Entity.Kind kind;
            YamlNode kindNode = item.require("kind");
            try {
                kind = Entity.Kind.valueOf(kindNode.nonBlank().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw kindNode.error("unknown kind '" + kindNode.text() + "'; expected one of person, place, organisation, programme, event, other");
            }
            Map<Lang, List<String>> names = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                List<String> list = item.strings(lang.code());
                if (list.isEmpty()) {
                    throw item.error("entity '" + id + "' lacks its " + lang.code() + " names");
                }
                names.put(lang, list);
                splitAtComma(item, id, item.optString("role").orElse(""), lang, list);
            }
            if (kind != Entity.Kind.PERSON && item.get("post").isPresent()) {
                throw item.require("post").error("'post' is for people, and '" + id + "' is of kind " + kind.name().toLowerCase(Locale.ROOT));
            }
            Entity entity = new Entity(id, kind, item.optString("role").orElse(""), names, new SlotReader(Map.of()).card(item));
            entities.add(entity);
            items.put(item, entity);
        }
        return entities;
    }

    /**
     * Refuses two names in a row that are one name cut at its comma, which YAML's flow list does to a name written
     * without quotes: "[Ministry of Economy, Trade and Industry, METI]" lists "Ministry of Economy" and "Trade and
     * Industry", and a question's "economy" would name the ministry. Told by the role, which holds both with their comma
     * (a name in another language cut so is not told: "head of the Kremlin" after "Kremlin leader" is a name of its own).
     */
    private static void splitAtComma(YamlNode item, String id, String role, Lang lang, List<String> names) {
        if (role.isEmpty()) {
            return;
        }
        for (int i = 1; i < names.size(); i++) {
            String first = names.get(i - 1);
            String second = names.get(i);
            if (role.contains(first + ", " + second)) {
                throw item.error("entity '" + id + "' lists '" + first + "' and '" + second + "' as two " + lang.code()
                        + " names; if they are one name with a comma, quote it: \"" + first + ", " + second + "\"");
            }
        }
    }

    private static String id(YamlNode node) {
        String id = node.nonBlank();
        if (!ID.matcher(id).matches()) {
            throw node.error("id '" + id + "' must be lower-case letters, digits, '.', '_' or '-' (at most 80)");
        }
        return id;
    }

    private static List<Path> listYaml(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidFileException(dir, 0, "cannot be listed: " + e.getMessage(), e);
        }
    }

    static String fileHash(Path file) {
        try {
            return file.getFileName() + ":" + Hashes.sha256(Files.readAllBytes(file)) + "\n";
        } catch (IOException e) {
            throw new InvalidFileException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }
}
