package org.rujp.bot.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rujp.bot.config.Settings;
import org.rujp.bot.store.Database;
import org.rujp.bot.store.Delivery;
import org.rujp.bot.store.DeliveryLedger;
import org.rujp.bot.store.JdbcDeliveryLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rujp-bot digest status}: how the recent digests went, from the delivery ledger, with every uncertain
 * delivery (left in flight by a sender that stopped: it may or may not have reached the chat) listed by the
 * chat's pseudonym, never its id.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the deliveries of recent digests by state, and lists the uncertain ones (a sender stopped"
                + " after Telegram may have accepted them); reads the store only.")
final class DigestStatusCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--days", paramLabel = "N", description = "Digests planned in the last N days (default: 7).")
    int days = 7;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (days < 1) {
            spec.commandLine().getErr().println("rujp-bot digest status: --days must be at least 1 but is " + days);
            return Main.EXIT_USAGE;
        }
        Settings settings = global.settings();
        try (Database db = DigestCommand.openChecked(settings, spec.commandLine().getErr(), "status")) {
            if (db == null) {
                return Main.EXIT_INPUT;
            }
            DeliveryLedger ledger = new JdbcDeliveryLedger(db);
            Instant since = Clock.systemUTC().instant().minus(Duration.ofDays(days));
            Map<String, Map<Delivery.State, Integer>> table = new LinkedHashMap<>();
            for (DeliveryLedger.Count c : ledger.counts(since)) {
                table.computeIfAbsent(c.digestKey(), k -> new EnumMap<>(Delivery.State.class)).put(c.state(), c.deliveries());
            }
            int width = Math.max("digest".length(), table.keySet().stream().mapToInt(String::length).max().orElse(0));
            StringBuilder header = new StringBuilder(pad("digest", width));
            for (Delivery.State state : Delivery.State.values()) {
                header.append("  ").append(state.name().toLowerCase(Locale.ROOT));
            }
            out.println(header);
            int deliveries = 0;
            for (var row : table.entrySet()) {
                StringBuilder line = new StringBuilder(pad(row.getKey(), width));
                for (Delivery.State state : Delivery.State.values()) {
                    int n = row.getValue().getOrDefault(state, 0);
                    deliveries += n;
                    line.append("  ").append(padLeft(Integer.toString(n), state.name().length()));
                }
                out.println(line);
            }
            List<Delivery> uncertain = ledger.uncertain();
            List<Delivery> recent = uncertain.stream().filter(d -> !d.plannedAt().isBefore(since)).toList();
            if (!recent.isEmpty()) {
                out.println();
                out.println("Uncertain (the sender stopped after Telegram may have accepted them; not sent again unless you"
                        + " run 'rujp-bot digest resend-uncertain --digest KEY'):");
                for (Delivery d : recent) {
                    out.println("  " + d.digestKey() + "  chat pseudonym " + ledger.chatPseudonym(d.chatId())
                            + "  in flight by " + d.sendingBy().orElse("?") + d.attemptedAt().map(t -> " since " + t).orElse(""));
                }
            }
            out.println("rujp-bot digest status: " + table.size() + " digest" + (table.size() == 1 ? "" : "s") + " planned since "
                    + since.truncatedTo(ChronoUnit.SECONDS) + ", " + deliveries + " deliveries, "
                    + recent.size() + " uncertain" + (uncertain.size() > recent.size()
                    ? " (" + uncertain.size() + " uncertain in all; --days widens the window)" : ""));
            return 0;
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /**
     * {@code rujp-bot digest resend-uncertain --digest KEY}: plans the uncertain deliveries of one digest again, by
     * the operator's choice (the chat may then get that digest twice); the digest sender sends them at its next run.
     */
    @Command(name = "resend-uncertain", mixinStandardHelpOptions = true,
            description = "Plans the uncertain deliveries of one digest again, so that the sending process (serve, or"
                    + " 'digest run-now') sends them at its next run; a chat that did get the first one gets it twice.")
    static final class ResendUncertain implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--digest", required = true, paramLabel = "KEY",
                description = "The digest, as 'digest status' lists it: daily:2026-12-02, weekly:2026-11-30.")
        String digestKey;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Settings settings = global.settings();
            try (Database db = DigestCommand.openChecked(settings, spec.commandLine().getErr(), "resend-uncertain")) {
                if (db == null) {
                    return Main.EXIT_INPUT;
                }
                DeliveryLedger ledger = new JdbcDeliveryLedger(db);
                int planned = 0;
                for (Delivery d : ledger.uncertain()) {
                    if (d.digestKey().equals(digestKey) && ledger.planAgain(d.id(), true)) {
                        out.println("  chat pseudonym " + ledger.chatPseudonym(d.chatId()) + ": planned again");
                        planned++;
                    }
                }
                out.println("rujp-bot digest resend-uncertain: " + (planned == 0 ? "no uncertain deliveries of " + digestKey
                        : planned + " uncertain deliver" + (planned == 1 ? "y" : "ies") + " of " + digestKey
                        + " planned again; the digest sender (serve, or 'digest run-now') sends them at its next run"));
                return 0;
            }
        }
    }
}
