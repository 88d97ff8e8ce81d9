package org.rujp.bot.telegram;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * JDK HTTP servers with Nagle's algorithm off. The JDK server writes a response's headers and body
 * separately; with Nagle on, the body waits for the client's delayed ACK, which adds about 40 ms to
 * every request on Linux. The setting is read once, when the first server of the JVM starts, so every
 * server is created here. An explicit {@code -Dsun.net.httpserver.nodelay} wins.
 */
final class HttpServers {
    private HttpServers() {
    }

    static HttpServer create(InetSocketAddress address, int backlog) throws IOException {
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        return HttpServer.create(address, backlog);
    }
}
