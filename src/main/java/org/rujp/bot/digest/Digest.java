package org.rujp.bot.digest;

import java.util.List;
import org.rujp.bot.knowledge.Lang;

/**
 * A composed digest for one chat.
 *
 * @param chatId the chat
 * @param key which digest: "daily:2026-11-23"
 * @param lang its language
 * @param items the facts it carries, in order
 * @param messages the Telegram messages to send, in order
 */
public record Digest(long chatId, String key, Lang lang, List<DigestItem> items, List<DigestMessage> messages) {
    public Digest {
        items = List.copyOf(items);
        messages = List.copyOf(messages);
    }

    public List<String> factIds() {
        return items.stream().map(i -> i.fact().id()).toList();
    }
}
