package org.rujp.bot.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rujp.bot.config.SettingsLoader;

/**
 * Where the bot's files are when no option names them: the first of
 * <ol>
 *   <li>the working directory,</li>
 *   <li>the directory of the jar ({@code /opt/rujp-bot/rujp-bot.jar} next to {@code /opt/rujp-bot/knowledge}),</li>
 *   <li>the jar directory's parent (a build in a clone: {@code target/rujp-bot.jar} and the clone's
 *       {@code knowledge/})</li>
 * </ol>
 * that holds {@code config/rujp-bot.yaml} or {@code knowledge/}; else the working directory. The config file's
 * default and the relative {@code data_dir} and {@code knowledge_dir} of the config file and environment are
 * read from there, so {@code java -jar /path/to/rujp-bot.jar ask ...} works from any directory.
 *
 * @param dir the directory chosen
 * @param searched every directory looked at, in order (for messages naming where the files were looked for)
 * @param isWorkingDirectory whether dir is the working directory (relative paths then stay as given)
 */
record HomeDirectory(Path dir, List<Path> searched, boolean isWorkingDirectory) {
    static HomeDirectory find(Path workingDirectory, Optional<Path> jar) {
        List<Path> candidates = new ArrayList<>();
        candidates.add(workingDirectory.toAbsolutePath().normalize());
        jar.map(j -> j.toAbsolutePath().normalize().getParent()).ifPresent(d -> {
            candidates.add(d);
            if (d.getParent() != null) {
                candidates.add(d.getParent());
            }
        });
        List<Path> searched = candidates.stream().distinct().toList();
        for (Path candidate : searched) {
            if (Files.isRegularFile(candidate.resolve(SettingsLoader.DEFAULT_CONFIG)) || Files.isDirectory(candidate.resolve("knowledge"))) {
                return new HomeDirectory(candidate, searched, candidate.equals(searched.get(0)));
            }
        }
        return new HomeDirectory(searched.get(0), searched, true);
    }

    /** The running jar (or classes directory), when the JVM says where the code came from. */
    static Optional<Path> runningJar() {
        try {
            var source = HomeDirectory.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A relative path of the config file or environment, read from this directory. */
    Path resolve(Path path) {
        return isWorkingDirectory ? path : dir.resolve(path);
    }

    /** "the working directory /a, /b (the jar's directory) and /c" for messages. */
    String describeSearch() {
        List<String> places = new ArrayList<>();
        for (int i = 0; i < searched.size(); i++) {
            places.add(i == 0 ? "the working directory " + searched.get(i) : searched.get(i).toString());
        }
        return String.join(", ", places);
    }
}
