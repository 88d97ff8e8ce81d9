package org.rujp.bot.answer.analysis;

/** The kind of value a question asks for; decides which slot of a fact fills it and what the answer puts first. */
public enum AnswerType {
    PERSON, ORGANISATION, PLACE, DATE, YEAR, MONTH, WEEKDAY, NUMBER, AMOUNT,
    /** The meeting or event at which something happened: "at what meeting", "на каком заседании", "どんな会議で". */
    OCCASION,
    DESCRIPTION, YES_NO, LIST, FACT;

    /** Whether the answer must lead with a value of this type (a date, a place, a name, a number). */
    public boolean wantsValue() {
        return switch (this) {
            case PERSON, ORGANISATION, PLACE, DATE, YEAR, MONTH, WEEKDAY, NUMBER, AMOUNT, OCCASION -> true;
            case DESCRIPTION, YES_NO, LIST, FACT -> false;
        };
    }

    /** Whether it is a time: a date, a year, a month or a day of the week. */
    public boolean isTime() {
        return this == DATE || this == YEAR || this == MONTH || this == WEEKDAY;
    }
}
