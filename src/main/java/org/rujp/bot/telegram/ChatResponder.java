package org.rujp.bot.telegram;

import org.rujp.bot.text.Html;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.AnswerText;
import org.rujp.bot.answer.Answerer;
import org.rujp.bot.answer.LanguageDetector;
import org.rujp.bot.answer.Question;
import org.rujp.bot.i18n.Messages;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.ops.BotMetrics;
import org.rujp.bot.store.ConversationLog;
import org.rujp.bot.store.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does the work for one addressed message or button press, on a worker thread.
 *
 * <ol>
 *   <li>show "typing", refreshed every 4 s while working;</li>
 *   <li>answer with the pipeline, passing the conversation's context for follow-ups; when that takes
 *       longer than the timeout, tell the user and drop the late answer;</li>
 *   <li>render HTML (sources shown in private chats, folded behind a button in groups), split below
 *       4096 characters;</li>
 *   <li>log the turn (a logging failure only costs the feedback buttons) and send it with
 *       👍/👎 buttons, through {@link Delivery}'s retry and fallback rules.</li>
 * </ol>
 */
public final class ChatResponder {
    private static final Logger log = LoggerFactory.getLogger(ChatResponder.class);
    private static final Pattern FEEDBACK = Pattern.compile("fb:([01]):(\\d{1,18})(:[A-Za-z0-9_-]+)?");
    private static final Pattern SOURCES = Pattern.compile("src:(\\d{1,18})");
    static final String CHANNEL = "telegram";

    private final Answerer answerer;
    private final BotMetrics metrics;
    private final CommandReplies commands;
    private final ConversationLog conversationLog;
    private final Delivery delivery;
    private final ChatContexts contexts;
    private final Clock clock;
    private final Supplier<String> indexVersion;
    private final ScheduledExecutorService timers;
    private final Duration timeout;
    private final AnswerCards cards = new AnswerCards();
    private final DigestCommands digests;
    private final CallbackSigner signer;

    /**
     * @param indexVersion the key of the index answering now, logged with each turn
     * @param digests the digest commands and buttons, or null when digests are off
     * @param signer signs and checks the feedback buttons' data
     */
    public ChatResponder(Answerer answerer, CommandReplies commands, ConversationLog conversationLog, Delivery delivery,
                         ChatContexts contexts, Clock clock, Supplier<String> indexVersion, ScheduledExecutorService timers,
                         Duration timeout, DigestCommands digests, CallbackSigner signer, BotMetrics metrics) {
        this.metrics = metrics;
        this.signer = signer;
        this.digests = digests;
        this.answerer = answerer;
        this.commands = commands;
        this.conversationLog = conversationLog;
        this.delivery = delivery;
        this.contexts = contexts;
        this.clock = clock;
        this.indexVersion = indexVersion;
        this.timers = timers;
        this.timeout = timeout;
    }

    /** Answers a question; {@code receivedNanos} is when the update arrived (System.nanoTime). */
    public void ask(Incoming.Text t, String questionText, Instant receivedAt, long receivedNanos) {
        Optional<Lang> hint = t.languageCode().flatMap(Lang::fromCode);
        String contextKey = ChatContexts.key(t.chatId(), t.userId(), t.isPrivate());
        Question question = new Question(questionText, hint, contexts.get(contextKey));
        AtomicBoolean settled = new AtomicBoolean();
        ScheduledFuture<?> typing = timers.scheduleAtFixedRate(() -> delivery.typing(t.chatId()), 0, 4, TimeUnit.SECONDS);
        ScheduledFuture<?> watchdog = timers.schedule(() -> {
            if (settled.compareAndSet(false, true)) {
                log.warn("chat {}: no answer within {} s", t.chatId(), timeout.toSeconds());
                metrics.answerFailed("timeout");
                notice(t, LanguageDetector.detect(questionText, hint), "tg.timeout");
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        Answer answer;
        try {
            answer = answerer.answer(question);
        } catch (RuntimeException e) {
            typing.cancel(false);
            watchdog.cancel(false);
            log.error("chat {}: answering failed: {}", t.chatId(), e.toString());
            metrics.answerFailed("error");
            if (settled.compareAndSet(false, true)) {
                notice(t, LanguageDetector.detect(questionText, hint), "tg.error");
            }
            return;
        } finally {
            typing.cancel(false);
        }
        watchdog.cancel(false);
        if (!settled.compareAndSet(false, true)) {
            log.info("chat {}: answer ready after the timeout; dropped", t.chatId());
            return;
        }
        if (answer instanceof Answer.Answered a) {
            contexts.put(contextKey, Question.Context.after(a));
        }
        deliverAnswer(t, answer, receivedAt, receivedNanos);
    }

    private void deliverAnswer(Incoming.Text t, Answer answer, Instant receivedAt, long receivedNanos) {
        boolean answered = answer instanceof Answer.Answered;
        boolean fold = answered && !t.isPrivate();
        String html = AnswerHtml.render(answer, !fold);
        long turnId = recordTurn(t, answer, receivedAt, receivedNanos);
        List<Button> feedback = new ArrayList<>();
        if (turnId > 0) {
            feedback.add(new Button(Messages.get(answer.lang(), "tg.button.helpful"), signer.sign(t.chatId(), "fb:1:" + turnId)));
            feedback.add(new Button(Messages.get(answer.lang(), "tg.button.unhelpful"), signer.sign(t.chatId(), "fb:0:" + turnId)));
        }
        List<Button> buttons = new ArrayList<>(feedback);
        long cardId = 0;
        if (fold) {
            cardId = cards.nextId();
            buttons.add(new Button(Messages.get(answer.lang(), "tg.button.sources"), "src:" + cardId));
        }
        List<String> parts = MessageSplitter.split(html);
        long replyTo = t.isPrivate() ? 0 : t.messageId();
        SendResult last = null;
        for (int i = 0; i < parts.size(); i++) {
            boolean isLast = i == parts.size() - 1;
            OutgoingMessage m = new OutgoingMessage(t.chatId(), parts.get(i), true, isLast ? buttons : List.of(), i == 0 ? replyTo : 0);
            last = delivery.send(m);
            if (!last.ok()) {
                break;
            }
        }
        if (fold && last instanceof SendResult.Sent sent) {
            cards.put(cardId, new AnswerCards.Card(t.chatId(), sent.messageId(), parts.get(parts.size() - 1),
                    AnswerHtml.sourcesBlock(((Answer.Answered) answer).sources(), answer.lang()), feedback));
        }
        metrics.answer(answer.lang(), Duration.ofNanos(System.nanoTime() - receivedNanos),
                answer instanceof Answer.Refused r ? Optional.of(r.reason()) : Optional.empty());
        double top = answer.retrieved().isEmpty() ? 0 : answer.retrieved().get(0).score();
        log.info("chat {} ({}): {} in {} ms, top score {}, {} part(s), delivery {}", t.chatId(), t.chatType(),
                answered ? "answered" : "refused", (System.nanoTime() - receivedNanos) / 1_000_000,
                String.format(java.util.Locale.ROOT, "%.3f", top), parts.size(), last == null ? "none" : last.getClass().getSimpleName());
    }

    private long recordTurn(Incoming.Text t, Answer answer, Instant receivedAt, long receivedNanos) {
        Optional<UpdateReply> reply = UpdateReply.current();
        if (reply.isPresent() && reply.get().turnId() > 0) {
            return reply.get().turnId(); // an earlier attempt at this update logged it already
        }
        try {
            // The inbox notes the turn once it is written: in the same transaction where the log shares the inbox's
            // database, after the write where a queued log writes later. A retry after a crash then logs a turn
            // that never reached the log, and skips one that did.
            Turn turn = new Turn(receivedAt, CHANNEL, Long.toString(t.chatId()), Long.toString(t.userId()),
                    t.chatType(), answer, AnswerText.plain(answer), indexVersion.get(), System.nanoTime() - receivedNanos);
            java.util.function.LongConsumer noted = id -> {
                try {
                    reply.ifPresent(r -> r.turnRecorded(id, conversationLog.notesUpdates()));
                } catch (RuntimeException e) {
                    log.warn("update {}: noting the logged turn in the inbox failed ({})", t.updateId(), e.getMessage());
                }
            };
            return reply.isPresent() ? conversationLog.recordForUpdate(turn, reply.get().updateId(), noted)
                    : conversationLog.record(turn, noted);
        } catch (RuntimeException e) {
            log.warn("chat {}: logging the turn failed ({}); answering without feedback buttons", t.chatId(), e.getMessage());
            return 0;
        }
    }

    /** Runs a command. */
    public void command(Incoming.Text t, Addressing.Command c) {
        if (digests != null && digests.handles(c.name())) {
            digests.command(t, c);
            return;
        }
        if (c.name().equals("start")) {
            start(t, c.args());
            return;
        }
        Lang lang = LanguageDetector.detect(c.args(), t.languageCode().flatMap(Lang::fromCode));
        String html = switch (c.name()) {
            case "help" -> commands.help(lang);
            case "sources" -> commands.sources(lang);
            case "about" -> commands.about(lang);
            case "privacy" -> commands.privacy(lang);
            case "forget" -> forget(t, lang);
            default -> commands.unknown(c.name(), lang);
        };
        for (String part : MessageSplitter.split(html)) {
            if (!delivery.send(new OutgoingMessage(t.chatId(), part, true, List.of(), t.isPrivate() ? 0 : t.messageId())).ok()) {
                break;
            }
        }
        log.info("chat {} ({}): /{}", t.chatId(), t.chatType(), c.name());
    }

    /**
     * {@code /start}, or {@code /start PAYLOAD} from a deep link: the greeting in the user's Telegram language
     * (the payload is a keyword, not words to detect a language from), then what the payload stands for
     * ({@link DeepLinks}), run as if the user had typed that command.
     */
    private void start(Incoming.Text t, String payload) {
        Lang lang = t.languageCode().flatMap(Lang::fromCode).orElse(Lang.EN);
        send(t, commands.start(lang));
        log.info("chat {} ({}): /start{}", t.chatId(), t.chatType(), payload.isBlank() ? "" : " with a payload");
        Optional<Addressing.Command> link = DeepLinks.command(payload);
        if (link.isPresent() && (digests != null || !DigestCommands.COMMANDS.contains(link.get().name()))) {
            command(t, link.get());
        } else if (!payload.isBlank()) {
            log.info("chat {}: /start payload not known{}; greeted only", t.chatId(), link.isPresent() ? " (digests are off)" : "");
        }
    }

    private void send(Incoming.Text t, String html) {
        for (String part : MessageSplitter.split(html)) {
            if (!delivery.send(new OutgoingMessage(t.chatId(), part, true, List.of(), t.isPrivate() ? 0 : t.messageId())).ok()) {
                break;
            }
        }
    }

    private String forget(Incoming.Text t, Lang lang) {
        contexts.clear(ChatContexts.key(t.chatId(), t.userId(), t.isPrivate()));
        try {
            int n = conversationLog.forget(CHANNEL, Long.toString(t.userId()));
            log.info("chat {}: user forgotten ({} turns deleted)", t.chatId(), n);
            return Html.escape(Messages.get(lang, "tg.forget.done", n));
        } catch (RuntimeException e) {
            log.error("chat {}: forgetting the user failed: {}", t.chatId(), e.getMessage());
            return Html.escape(Messages.get(lang, "tg.forget.failed"));
        }
    }

    /** Handles a button press: feedback or "Show sources"; always answers the callback. */
    public void press(Incoming.Press p) {
        if (digests != null && DigestCommands.isDigestButton(p.data())) {
            digests.press(p);
            return;
        }
        Lang lang = p.languageCode().flatMap(Lang::fromCode).orElse(Lang.EN);
        Matcher fb = FEEDBACK.matcher(p.data());
        Matcher src = SOURCES.matcher(p.data());
        String reply = "";
        if (fb.matches()) {
            reply = vote(p, lang, fb.group(1).equals("1"), Long.parseLong(fb.group(2)));
        } else if (src.matches()) {
            Optional<AnswerCards.Card> card = cards.take(Long.parseLong(src.group(1)));
            if (card.isPresent() && card.get().chatId() == p.chatId()) {
                unfold(card.get());
            } else {
                reply = Messages.get(lang, "tg.sources.gone");
            }
        } else {
            log.info("chat {}: press with unknown data ignored", p.chatId());
        }
        SendResult r = delivery.gateway().answerCallback(p.callbackId(), reply);
        if (!r.ok()) {
            log.debug("answerCallbackQuery failed: {}", r);
        }
    }

    /** One vote per turn and presser, on a turn of this chat, with a button the bot signed for this chat. */
    private String vote(Incoming.Press p, Lang lang, boolean helpful, long turnId) {
        if (signer.verify(p.chatId(), p.data()) == null) {
            log.warn("update {}: feedback button with a wrong signature ignored", p.updateId());
            return Messages.get(lang, "tg.feedback.gone");
        }
        try {
            return switch (conversationLog.vote(turnId, CHANNEL, Long.toString(p.chatId()), Long.toString(p.userId()), helpful,
                    clock.instant())) {
                case RECORDED -> {
                    log.info("update {}: feedback {} on turn {}", p.updateId(), helpful ? "helpful" : "not helpful", turnId);
                    yield Messages.get(lang, "tg.feedback.thanks");
                }
                case ALREADY_VOTED -> Messages.get(lang, "tg.feedback.already");
                case NOT_FOUND -> Messages.get(lang, "tg.feedback.gone");
            };
        } catch (RuntimeException e) {
            log.warn("update {}: recording feedback on turn {} failed: {}", p.updateId(), turnId, e.getMessage());
            return Messages.get(lang, "tg.feedback.thanks");
        }
    }

    private void unfold(AnswerCards.Card card) {
        String unfolded = card.lastPartHtml() + "\n\n" + card.sourcesHtml();
        if (unfolded.length() <= MessageSplitter.LIMIT) {
            delivery.edit(card.chatId(), card.messageId(), unfolded, true, card.keptButtons());
        } else {
            delivery.send(new OutgoingMessage(card.chatId(), card.sourcesHtml(), true, List.of(), card.messageId()));
        }
    }

    /** Sends one fixed message (rate limit, busy, error, non-text). */
    public void notice(Incoming.Text t, Lang lang, String key, Object... args) {
        notice(t.chatId(), t.isPrivate() ? 0 : t.messageId(), lang, key, args);
    }

    public void notice(long chatId, long replyTo, Lang lang, String key, Object... args) {
        delivery.send(new OutgoingMessage(chatId, Html.escape(Messages.get(lang, key, args)), true, List.of(), replyTo));
    }

    public Delivery delivery() {
        return delivery;
    }
}
