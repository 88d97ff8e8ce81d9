package org.rujp.bot.answer;

import java.util.Locale;
import org.rujp.bot.answer.analysis.AnswerType;

/** Why the bot declined to answer: one case per check of the decide stage, each described for the logs. */
public sealed interface RefusalReason {
    String describe();

    record EmptyQuestion() implements RefusalReason {
        public String describe() {
            return "empty question";
        }
    }

    /** A message of greetings, thanks or goodbyes alone ("thanks!", "как дела?", "ありがとう！"): no question to answer. */
    record SmallTalk() implements RefusalReason {
        public String describe() {
            return "small talk";
        }
    }

    record TooLong(int chars) implements RefusalReason {
        public String describe() {
            return "question of " + chars + " characters";
        }
    }

    record NothingRetrieved() implements RefusalReason {
        public String describe() {
            return "nothing retrieved";
        }
    }

    record BelowThreshold(double score, double threshold) implements RefusalReason {
        public String describe() {
            return String.format(Locale.ROOT, "top score %.3f below %.3f", score, threshold);
        }
    }

    /** The question asks about what an article's page prints around the news: a teaser, an advertisement, a widget. */
    record Furniture(String kind, String publisher) implements RefusalReason {
        public String describe() {
            return "page furniture: the question asks about a " + kind + " on the page of " + publisher + "'s article, not about the article";
        }
    }

    /** The question names something the knowledge base never mentions. */
    record UnknownName(String name) implements RefusalReason {
        public String describe() {
            return "the question names '" + name + "', which the knowledge base does not mention";
        }
    }

    /** The entities are known, the attribute asked of them (weather, population, successor) is not. */
    record UnknownAttribute(String entities, String attribute) implements RefusalReason {
        public String describe() {
            return "the question asks the " + attribute.replace('_', ' ') + (entities.isEmpty() ? "" : " of " + entities)
                    + ", which no fact states";
        }
    }

    /** A check of Answerability failed for every candidate fact. */
    record CannotAnswer(String why) implements RefusalReason {
        public String describe() {
            return why;
        }
    }

    /**
     * The question asks what came of something the articles only report as planned ("Did the spring meeting take place
     * in the end?"): the plan is said, and that what came of it is not known.
     */
    record OnlyPlanned(org.rujp.bot.knowledge.Fact planned) implements RefusalReason {
        public String describe() {
            return Answerability.ONLY_PLANNED + " (" + planned.id() + ")";
        }
    }

    /**
     * The question asks why ("Why did trade grow by 17% in 2018?") and the facts found give no reason or aim: the fact
     * found is said, and that the articles do not say why.
     */
    record ReasonUntold(org.rujp.bot.knowledge.Fact said) implements RefusalReason {
        public String describe() {
            return "the question asks why, and no fact found gives a reason (" + said.id() + ")";
        }
    }

    /**
     * The question asks whether something is still so ("Is Seko still in charge of ties with Russia?"): the articles tell
     * of it as of their dates, not of now; the fact found is said with its date.
     */
    record StillUntold(org.rujp.bot.knowledge.Fact said) implements RefusalReason {
        public String describe() {
            return "the question asks whether it is still so, and the articles tell of it only as of their dates (" + said.id() + ")";
        }
    }

    /**
     * The question asks about a year after the latest article that no fact names ("What events are planned for next
     * year?", read as the year by the clock): the articles cannot tell of it.
     */
    record AfterTheArticles(int year, java.time.LocalDate latest) implements RefusalReason {
        public String describe() {
            return "after the articles: the question asks about " + year + ", and the latest article is of " + latest;
        }
    }

    /** The question asks for a value of a type no candidate fact holds. */
    record NoValue(AnswerType type) implements RefusalReason {
        public String describe() {
            String kind = type.name().toLowerCase(Locale.ROOT);
            return "the question asks for " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind
                    + " and the facts found state none besides those in the question";
        }
    }

    /**
     * The question takes for granted what no candidate fact says (a person it does not speak of, a number it does
     * not state, a fall where it reports a rise): the best fact is said instead of confirming the premise.
     */
    record FalsePremise(String why, org.rujp.bot.knowledge.Fact said) implements RefusalReason {
        public String describe() {
            return "false premise: " + why + " (" + said.id() + ")";
        }
    }
}
