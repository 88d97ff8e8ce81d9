package org.rujp.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Debian's chromium, headless, on a local file: its DOM after the page's script ran, or a screenshot. The project's
 * own {@code .ci/install-chromium.sh} installs chromium and the CJK fonts when they are absent.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path CJK_FONT = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    private Chromium() {
    }

    static synchronized void installIfMissing() throws IOException, InterruptedException {
        if (Files.isExecutable(BINARY) && Files.exists(CJK_FONT)) {
            return;
        }
        Path log = Files.createTempFile("install-chromium", ".log");
        Process p = new ProcessBuilder("sh", ".ci/install-chromium.sh").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        if (!done || p.exitValue() != 0 || !Files.isExecutable(BINARY) || !Files.exists(CJK_FONT)) {
            fail(BINARY + " or " + CJK_FONT + " is missing and .ci/install-chromium.sh could not install them:\n" + Files.readString(log));
        }
    }

    /** The DOM of the page (a file URI, possibly with a #fragment) once loaded and its script run. */
    static String dumpDom(URI page, Path profile) throws IOException, InterruptedException {
        Path out = Files.createTempFile(profile.toAbsolutePath().getParent(), "dom", ".html");
        run(profile, out, "--dump-dom", page.toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** A screenshot of the page in a window of the given size (the page beyond it is cut off), also kept in target/screenshots/. */
    static BufferedImage screenshot(URI page, Path profile, int width, int height) throws IOException, InterruptedException {
        Path png = Files.createTempFile(profile.toAbsolutePath().getParent(), "shot", ".png");
        Files.delete(png);
        run(profile, null, "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png, page.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        Path kept = Path.of("target", "screenshots", profile.getFileName() + ".png");
        Files.createDirectories(kept.getParent());
        Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING); // to look at after the test
        assertNotNull(image, "chromium wrote no PNG at " + png);
        return image;
    }

    private static void run(Path profile, Path stdout, String... args) throws IOException, InterruptedException {
        installIfMissing();
        // The virtual time budget lets web fonts and layout settle before the DOM or the pixels are taken.
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--virtual-time-budget=3000", "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish " + String.join(" ", args) + " within 120 s");
        }
        assertEquals(0, p.exitValue(), "chromium exit code for " + String.join(" ", args));
    }
}
