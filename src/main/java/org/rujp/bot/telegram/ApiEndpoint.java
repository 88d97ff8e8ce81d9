package org.rujp.bot.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Parses {@code TELEGRAM_API_URL} ("https://api.telegram.org", "http://127.0.0.1:8081") into TelegramBots' URL. */
public final class ApiEndpoint {
    private ApiEndpoint() {
    }

    /**
     * @param token redacted from the messages, should someone paste it into the URL
     * @throws TelegramException naming the variable and what is wrong
     */
    public static TelegramUrl parse(String url, BotToken token) {
        String where = token.redact("TELEGRAM_API_URL '" + url + "'");
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new TelegramException(where + " is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new TelegramException(where + ": the scheme must be http or https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new TelegramException(where + ": no host");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.isEmpty() && !path.equals("/")) {
            throw new TelegramException(where + ": give only scheme, host and port (no path); the bot adds /bot<token>/<method>");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new TelegramException(where + ": give only scheme, host and port");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }
}
