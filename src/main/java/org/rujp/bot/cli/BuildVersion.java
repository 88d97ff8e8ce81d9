package org.rujp.bot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the version Maven wrote into {@code build.properties} when it built the jar. */
public final class BuildVersion implements IVersionProvider {
    static final String RESOURCE = "build.properties";

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown (no " + RESOURCE + " on the class path)";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            // An unfiltered file (classes run from an IDE that copies resources as they are) says so, not "${...}".
            return version.isBlank() || version.startsWith("${") ? "unknown (not built by Maven)" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"rujp-bot " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
