package org.rujp.bot.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * A file shipped inside a jar (the ONNX model, its tokenizer), copied once into a directory so that it can
 * be opened by path: decompressing the 90 MB model out of the jar on every start-up costs about a second.
 *
 * <p>The copy is checked against the jar entry's CRC-32 and size, which the jar's directory records, on every
 * call; a copy that is missing or differs (a truncated write, a newer model in the jar) is written again,
 * through a temporary file and an atomic rename so that a concurrent start-up never reads half a file.
 */
public final class ModelFile {
    private ModelFile() {
    }

    /**
     * Returns the path of {@code resource} in {@code dir}, extracting it first when needed.
     *
     * @throws IOException when the directory cannot be created or written (a read-only data directory)
     */
    public static Path extract(String resource, Path dir) throws IOException {
        URL url = ModelFile.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException("no resource " + resource + " on the class path");
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return fileOf(url); // an exploded class path: the resource already is a file
        }
        ZipEntry entry = jar.getJarEntry();
        Path target = dir.resolve(resource);
        if (Files.isRegularFile(target) && Files.size(target) == entry.getSize() && crc32(target) == entry.getCrc()) {
            return target;
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, resource, ".part");
        try {
            try (InputStream in = jar.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(partial) != entry.getSize() || crc32(partial) != entry.getCrc()) {
                throw new IOException("extracted " + resource + " does not match the jar's checksum");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    static long crc32(Path file) throws IOException {
        CRC32 crc = new CRC32();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file)) {
            while (channel.read(buffer) > 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }

    private static Path fileOf(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("resource " + url + " is neither in a jar nor a file", e);
        }
    }
}
