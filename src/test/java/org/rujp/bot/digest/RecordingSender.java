package org.rujp.bot.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link DigestSender} that records what it was asked to send and answers scripted outcomes per chat. */
final class RecordingSender implements DigestSender {
    record Sent(long chatId, String html, List<DigestButton> buttons, Instant at) {
    }

    private final Clock clock;
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final List<Long> attempts = new CopyOnWriteArrayList<>();
    private final Map<Long, Deque<SendOutcome>> scripted = new ConcurrentHashMap<>();

    RecordingSender(Clock clock) {
        this.clock = clock;
    }

    /** The next sends to this chat answer these outcomes, in order; after them, sends succeed. */
    RecordingSender script(long chatId, SendOutcome... outcomes) {
        scripted.computeIfAbsent(chatId, c -> new ArrayDeque<>()).addAll(List.of(outcomes));
        return this;
    }

    @Override
    public SendOutcome send(long chatId, String html, List<DigestButton> buttons) {
        attempts.add(chatId);
        Deque<SendOutcome> queue = scripted.get(chatId);
        SendOutcome outcome;
        synchronized (this) {
            outcome = queue == null || queue.isEmpty() ? new SendOutcome.Sent() : queue.poll();
        }
        if (outcome instanceof SendOutcome.Sent) {
            sent.add(new Sent(chatId, html, buttons, clock.instant()));
        }
        return outcome;
    }

    List<Sent> to(long chatId) {
        return sent.stream().filter(s -> s.chatId() == chatId).toList();
    }

    /** The fact ids of the "ask about" buttons of every message sent to the chat, in order. */
    List<String> factIdsSentTo(long chatId) {
        return to(chatId).stream().flatMap(s -> s.buttons().stream())
                .map(b -> b.callbackData().substring(FollowUpButtons.PREFIX.length())).toList();
    }
}
