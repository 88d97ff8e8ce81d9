package org.rujp.bot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.rujp.bot.InvalidFileException;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.yaml.YamlNode;

/**
 * The gold question set: every {@code knowledge/eval/gold-*.yaml}, validated against the knowledge
 * base (unknown fact ids, duplicate ids, answerable questions without expectations fail with file and line).
 */
public final class GoldSet {
    private static final Set<String> QUESTION_KEYS = Set.of("id", "q", "facts", "answer", "type", "refuse", "after");
    private static final Set<String> ANSWER_TYPES = Set.of("date", "year", "month", "number", "place", "person",
            "organisation", "definition", "paraphrase", "fact", "multi-part", "follow-up");
    private static final Set<String> REFUSAL_TYPES = Set.of("out-of-scope", "not-in-articles", "furniture", "attribute-trap",
            "false-premise");

    private GoldSet() {
    }

    /** Loads every gold-*.yaml file of the directory. */
    public static List<GoldQuestion> load(Path dir, KnowledgeBase kb) {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("gold-.*\\.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidFileException(dir, 0, "gold set directory cannot be read: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InvalidFileException(dir, 0, "holds no gold-*.yaml files");
        }
        List<GoldQuestion> all = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            for (GoldQuestion q : loadFile(file, kb)) {
                String previous = seen.put(q.id(), q.file() + ":" + q.line());
                if (previous != null) {
                    throw new InvalidFileException(file, q.line(), "question id '" + q.id() + "' is already used at " + previous);
                }
                all.add(q);
            }
        }
        return all;
    }

    /** The part a gold file pins all its questions to (top-level {@code part: test|tune}), if it pins one. */
    public static java.util.Optional<GoldQuestion.Part> pinnedPart(Path file) {
        return pinnedPart(YamlNode.load(file));
    }

    private static java.util.Optional<GoldQuestion.Part> pinnedPart(YamlNode root) {
        return root.optString("part").map(value -> switch (value) {
            case "test" -> GoldQuestion.Part.TEST;
            case "tune" -> GoldQuestion.Part.TUNE;
            default -> throw root.require("part").error("part must be 'tune' or 'test', not '" + value + "'");
        });
    }

    public static List<GoldQuestion> loadFile(Path file, KnowledgeBase kb) {
        YamlNode root = YamlNode.load(file).requireKeys(Set.of("lang", "part", "questions"));
        YamlNode langNode = root.require("lang");
        Lang lang = Lang.fromCode(langNode.nonBlank()).orElseThrow(() -> langNode.error("unknown language; expected en, ru or ja"));
        java.util.Optional<GoldQuestion.Part> filePart = pinnedPart(root);
        List<GoldQuestion> questions = new ArrayList<>();
        Map<String, String> roots = new HashMap<>();
        for (YamlNode item : root.require("questions").items()) {
            item.requireKeys(QUESTION_KEYS);
            String id = item.string("id");
            boolean refuse = item.bool("refuse", false);
            List<String> facts = item.strings("facts");
            List<List<String>> answer = item.strings("answer").stream()
                    .map(a -> Arrays.stream(a.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .toList();
            String type = item.string("type");
            answer.stream().flatMap(List::stream).filter(GoldSet::readsAsAPattern).findFirst().ifPresent(variant -> {
                throw item.require("answer").error("'" + variant + "' reads as a regular expression, but an answer is "
                        + "matched as plain text: write each spelling as an alternative after '|'");
            });
            if (refuse) {
                if (!facts.isEmpty() || !answer.isEmpty()) {
                    throw item.error("question '" + id + "' must be refused, so it takes no facts or answer");
                }
                if (!REFUSAL_TYPES.contains(type)) {
                    throw item.require("type").error("refusal type must be one of " + REFUSAL_TYPES);
                }
            } else {
                if (facts.isEmpty()) {
                    throw item.error("question '" + id + "' needs the fact ids that answer it (or refuse: true)");
                }
                if (!ANSWER_TYPES.contains(type)) {
                    throw item.require("type").error("answer type must be one of " + ANSWER_TYPES);
                }
                for (String fact : facts) {
                    if (kb.fact(fact).isEmpty()) {
                        throw item.require("facts").error("unknown fact id '" + fact + "'");
                    }
                }
            }
            java.util.Optional<String> after = item.optString("after");
            if (after.isPresent() && !roots.containsKey(after.get())) {
                throw item.require("after").error("'after' must name a question defined earlier in the same file, not '" + after.get() + "'");
            }
            String conversation = after.map(roots::get).orElse(id);
            roots.put(id, conversation);
            questions.add(new GoldQuestion(id, lang, item.string("q"), facts, answer, type, refuse, file.toString(), item.line(),
                    after, filePart.orElseGet(() -> GoldQuestion.partOf(conversation))));
        }
        return questions;
    }

    /** Regular-expression syntax no written answer holds: an escape, a character class, an anchor in a group. */
    private static final java.util.regex.Pattern PATTERN_SYNTAX = java.util.regex.Pattern.compile("\\\\[\\p{Alnum}.]|\\[[^\\]]{1,8}]|\\(\\^|\\$\\)");

    static boolean readsAsAPattern(String variant) {
        return PATTERN_SYNTAX.matcher(variant).find();
    }
}
