package org.rujp.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rujp.bot.answer.RefusalReason;
import org.rujp.bot.answer.analysis.AnswerType;

/** Refusal reasons become a few metric labels, one per check of the decide stage, never the reason's own words. */
class RefusalKindTest {
    private record Case(RefusalReason reason, String label) {
    }

    @Test
    void everyKindOfRefusalHasItsLabel() {
        List<Case> cases = List.of(
                new Case(new RefusalReason.EmptyQuestion(), "empty_question"),
                new Case(new RefusalReason.TooLong(5000), "too_long"),
                new Case(new RefusalReason.SmallTalk(), "small_talk"),
                new Case(new RefusalReason.NothingRetrieved(), "nothing_retrieved"),
                new Case(new RefusalReason.BelowThreshold(0.21, 0.27), "below_threshold"),
                new Case(new RefusalReason.UnknownName("bitcoin"), "unknown_name"),
                new Case(new RefusalReason.Furniture("teaser", "Sputnik"), "page_furniture"),
                new Case(new RefusalReason.UnknownAttribute("Shinzo Abe", "successor"), "unknown_attribute"),
                new Case(new RefusalReason.NoValue(AnswerType.values()[0]), "no_value"),
                new Case(new RefusalReason.CannotAnswer("the year asked, 2015, is not the fact's"), "fact_check"),
                new Case(new RefusalReason.OnlyPlanned(new org.rujp.bot.knowledge.Fact("f2", "s1", java.util.Map.of(org.rujp.bot.knowledge.Lang.EN,
                        "The ministers were to meet in spring."), java.util.Optional.empty(), List.of(), List.of(),
                        org.rujp.bot.knowledge.Fact.Kind.FACT)), "only_planned"),
                new Case(new RefusalReason.ReasonUntold(new org.rujp.bot.knowledge.Fact("f3", "s1", java.util.Map.of(org.rujp.bot.knowledge.Lang.EN,
                        "Trade grew by 17%."), java.util.Optional.empty(), List.of(), List.of(),
                        org.rujp.bot.knowledge.Fact.Kind.FACT)), "reason_untold"),
                new Case(new RefusalReason.StillUntold(new org.rujp.bot.knowledge.Fact("f4", "s1", java.util.Map.of(org.rujp.bot.knowledge.Lang.EN,
                        "Seko is in charge of economic cooperation with Russia."), java.util.Optional.empty(), List.of(), List.of(),
                        org.rujp.bot.knowledge.Fact.Kind.FACT)), "still_untold"),
                new Case(new RefusalReason.AfterTheArticles(2027, java.time.LocalDate.of(2021, 11, 22)), "after_the_articles"),
                new Case(new RefusalReason.FalsePremise("the question names Shinzo Abe, of whom the fact does not speak",
                        new org.rujp.bot.knowledge.Fact("f1", "s1", java.util.Map.of(org.rujp.bot.knowledge.Lang.EN, "Text."),
                                java.util.Optional.empty(), List.of(), List.of(), org.rujp.bot.knowledge.Fact.Kind.FACT)), "false_premise"));
        for (Case c : cases) {
            assertEquals(c.label(), RefusalKind.of(c.reason().describe()), c.reason().describe());
        }
        assertEquals(RefusalReason.class.getPermittedSubclasses().length, cases.size(), "a new kind of refusal needs its label here");
    }
}
