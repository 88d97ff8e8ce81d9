package org.rujp.bot.telegram;

import java.io.IOException;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes TelegramBots' long polling behave at the edges:
 * <ul>
 *   <li>a getUpdates answered 429 waits {@code retry_after} (at most 60 s) before the library sees it,
 *       since the library's own back-off ignores it;</li>
 *   <li>a getUpdates cancelled because the bot is stopping returns an empty update list instead of an
 *       error, so that shutting down logs no spurious polling failure.</li>
 * </ul>
 */
final class PollingInterceptor implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(PollingInterceptor.class);
    private static final java.util.regex.Pattern RETRY_AFTER = java.util.regex.Pattern.compile("\"retry_after\"\\s*:\\s*(\\d+)");

    private final BooleanSupplier stopping;

    PollingInterceptor(BooleanSupplier stopping) {
        this.stopping = stopping;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        boolean getUpdates = chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
        if (!getUpdates) {
            return chain.proceed(chain.request());
        }
        if (stopping.getAsBoolean()) {
            return empty(chain);
        }
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            if (stopping.getAsBoolean()) {
                return empty(chain);
            }
            throw e;
        }
        if (response.code() == 429) {
            String body = response.peekBody(4096).string();
            java.util.regex.Matcher m = RETRY_AFTER.matcher(body);
            int seconds = m.find() ? Math.min(60, Integer.parseInt(m.group(1))) : 1;
            log.warn("getUpdates rate-limited; waiting {} s", seconds);
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return response;
    }

    private static Response empty(Chain chain) {
        return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", MediaType.get("application/json"))).build();
    }
}
