package org.rujp.bot.telegram;

import org.rujp.bot.text.Html;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rujp.bot.answer.Question;
import org.rujp.bot.digest.ChatRef;
import org.rujp.bot.digest.DigestButton;
import org.rujp.bot.digest.DigestMessage;
import org.rujp.bot.digest.DigestService;
import org.rujp.bot.digest.FollowUpButtons;
import org.rujp.bot.i18n.Messages;
import java.util.function.Supplier;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.KnowledgeBase;
import org.rujp.bot.knowledge.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest commands in Telegram, over {@link DigestService}:
 * <ol>
 *   <li>{@code /subscribe [daily|weekly]}, {@code /unsubscribe}, {@code /settings [zone Z|frequency F]}: in
 *       groups and supergroups the sender's status is asked with getChatMember first, and only a creator
 *       or administrator may change anything (looking at {@code /settings} needs no check);</li>
 *   <li>{@code /digest}: the next digest as a preview, with its buttons, nothing marked as read;</li>
 *   <li>a press on a digest item's button ({@code dq:...}): the callback is answered, the fact is sent with
 *       its citation, and the conversation's follow-up context is set to it, so that "When was that?"
 *       is asked about that fact.</li>
 * </ol>
 * Replies are in the user's Telegram interface language (the arguments are keywords, not prose).
 */
public final class DigestCommands {
    private static final Logger log = LoggerFactory.getLogger(DigestCommands.class);
    /** In menu order. */
    public static final List<String> COMMANDS = List.of("subscribe", "unsubscribe", "digest", "settings");
    private static final Set<String> ADMIN_STATUSES = Set.of("creator", "administrator");

    private final DigestService service;
    private final Supplier<KnowledgeBase> knowledge;
    private final Delivery delivery;
    private final ChatContexts contexts;

    public DigestCommands(DigestService service, KnowledgeBase knowledge, Delivery delivery, ChatContexts contexts) {
        this(service, () -> knowledge, delivery, contexts);
    }

    /** @param knowledge what the bot answers from now (a replica's knowledge reload changes it) */
    DigestCommands(DigestService service, Supplier<KnowledgeBase> knowledge, Delivery delivery, ChatContexts contexts) {
        this.service = service;
        this.knowledge = knowledge;
        this.delivery = delivery;
        this.contexts = contexts;
    }

    public boolean handles(String command) {
        return COMMANDS.contains(command);
    }

    public DigestService service() {
        return service;
    }

    /** Runs one of {@link #COMMANDS}. */
    public void command(Incoming.Text t, Addressing.Command c) {
        Lang lang = t.languageCode().flatMap(Lang::fromCode).orElse(Lang.EN);
        ChatRef chat = new ChatRef(t.chatId(), t.chatType(), lang);
        long replyTo = t.isPrivate() ? 0 : t.messageId();
        switch (c.name()) {
            case "subscribe" -> reply(t, service.subscribe(chat, c.args(), isAdmin(t)), replyTo);
            case "unsubscribe" -> reply(t, service.unsubscribe(chat, isAdmin(t)), replyTo);
            case "settings" -> reply(t, service.settings(chat, c.args(), !c.args().isBlank() && isAdmin(t)), replyTo);
            case "digest" -> {
                List<DigestMessage> messages = service.preview(chat);
                for (int i = 0; i < messages.size(); i++) {
                    DigestMessage m = messages.get(i);
                    if (!delivery.send(new OutgoingMessage(t.chatId(), m.html(), true, buttons(m.buttons()),
                            i == 0 ? replyTo : 0, true)).ok()) {
                        break;
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a digest command: /" + c.name());
        }
        log.info("chat {} ({}): /{}", t.chatId(), t.chatType(), c.name());
    }

    /** Whether the sender may change the chat's digest: always in a private chat, else by getChatMember. */
    private boolean isAdmin(Incoming.Text t) {
        if (t.isPrivate()) {
            return true;
        }
        Optional<String> status = delivery.gateway().getChatMember(t.chatId(), t.userId());
        boolean admin = status.map(ADMIN_STATUSES::contains).orElse(false);
        log.info("chat {}: user {} is {}", t.chatId(), t.userId(), status.orElse("unknown (getChatMember failed)"));
        return admin;
    }

    private void reply(Incoming.Text t, String html, long replyTo) {
        for (String part : MessageSplitter.split(html)) {
            if (!delivery.send(new OutgoingMessage(t.chatId(), part, true, List.of(), replyTo)).ok()) {
                break;
            }
        }
    }

    /** A press on a digest item's button: answers the callback, then sends the fact and makes it the context. */
    public void press(Incoming.Press p) {
        Lang lang = p.languageCode().flatMap(Lang::fromCode).orElse(Lang.EN);
        Optional<Fact> fact = service.followUp(p.data());
        if (fact.isEmpty() || p.chatId() == 0) {
            log.info("chat {}: digest button {} refers to nothing known", p.chatId(), p.data());
            answer(p, Messages.get(lang, "tg.digest.followup.gone"));
            return;
        }
        answer(p, "");
        Fact f = fact.get();
        boolean privateChat = p.chatId() == p.userId();
        contexts.put(ChatContexts.key(p.chatId(), p.userId(), privateChat), new Question.Context(f.text(lang), List.of(f.id())));
        String html = Html.bold(Messages.get(lang, "tg.digest.followup.title")) + "\n"
                + Html.escape(f.text(lang)) + "\n"
                + Html.escape(Messages.get(lang, "tg.digest.followup.source")) + " " + AnswerHtml.source(knowledge.get().sourceOf(f), lang)
                + "\n\n" + Html.italic(Messages.get(lang, "tg.digest.followup.hint"));
        for (String part : MessageSplitter.split(html)) {
            if (!delivery.send(new OutgoingMessage(p.chatId(), part, true, List.of(), privateChat ? 0 : p.messageId())).ok()) {
                break;
            }
        }
        log.info("chat {}: follow-up on digest item {}", p.chatId(), f.id());
    }

    public static boolean isDigestButton(String data) {
        return FollowUpButtons.isFollowUp(data);
    }

    private void answer(Incoming.Press p, String text) {
        SendResult r = delivery.gateway().answerCallback(p.callbackId(), text);
        if (!r.ok()) {
            log.debug("answerCallbackQuery failed: {}", r);
        }
    }

    private static List<Button> buttons(List<DigestButton> buttons) {
        return buttons.stream().map(b -> new Button(b.text(), b.callbackData())).toList();
    }
}
