package org.rujp.bot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rujp.bot.answer.Answer;
import org.rujp.bot.answer.Statement;
import org.rujp.bot.knowledge.Fact;
import org.rujp.bot.knowledge.Lang;
import org.rujp.bot.knowledge.Source;
import org.rujp.bot.retrieval.ScoredFact;

/** Builds turns for store tests from a couple of hand-made facts and sources (no embedding model). */
public final class Turns {
    static final Source TASS = new Source("tass-2019-plan", "TASS", "Japan-Russia cooperation plan, \"eight points\"",
            LocalDate.of(2019, 6, 3), "", "MOSCOW", "tass-2019.html", Source.Origin.CURATED);
    static final Source RG = new Source("rg-2021-year", "Rossiyskaya Gazeta", "Год межрегиональных обменов продлён",
            LocalDate.of(2021, 1, 20), "", "", "rg-2021.html", Source.Origin.CURATED);
    static final Fact EXTENDED = new Fact("iy21-extended", RG.id(),
            Map.of(Lang.EN, "The Year of Interregional Exchanges was extended to 2021.",
                    Lang.RU, "Год межрегиональных обменов продлили на 2021 год.",
                    Lang.JA, "日露地域交流年は2021年まで延長された。"),
            Optional.empty(), List.of("interregional"), List.of(), Fact.Kind.FACT);
    static final Fact TRADE = new Fact("plan-trade-growth", TASS.id(),
            Map.of(Lang.EN, "Trade grew by 17%, \"a record\", in 2018."), Optional.empty(), List.of(), List.of(), Fact.Kind.FACT);
    static final Fact CONCERT = new Fact("iy19-closing-concert", RG.id(),
            Map.of(Lang.EN, "A closing concert ended the year."), Optional.empty(), List.of(), List.of(), Fact.Kind.FACT);

    private Turns() {
    }

    public static Answer.Answered answered(String question) {
        return new Answer.Answered(question, question + " (resolved)", Lang.EN, "2021",
                List.of(new Statement(EXTENDED, EXTENDED.text(), RG, 0.83), new Statement(TRADE, TRADE.text(), TASS, 0.77)),
                List.of(new ScoredFact(EXTENDED, 0.83, 1), new ScoredFact(TRADE, 0.77, 2), new ScoredFact(CONCERT, 0.51, 3)),
                "extractive", Map.of("resolve", 1_000L, "retrieve", 2_000_000L, "decide", 30_000L, "compose", 40_000L));
    }

    public static Answer.Refused refused(String question) {
        return new Answer.Refused(question, question, Lang.RU, "top score 0.21 below threshold 0.45",
                "Я не знаю.", List.of("Когда продлили год?"), List.of(new ScoredFact(CONCERT, 0.21, 1)),
                "extractive", Map.of("resolve", 500L, "retrieve", 1_500_000L, "decide", 10_000L));
    }

    public static Turn turn(Instant time, String channel, String user, Answer answer) {
        return new Turn(time, channel, "chat-" + user, user, "private", answer, "shown: " + answer.question(),
                "index-abc123", 3_000_000L);
    }
}
