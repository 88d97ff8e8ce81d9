package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDateTest {
    @ParameterizedTest(name = "{0} narrows {1}: {2}")
    @CsvSource({
            "2019-06,    2019,    true",
            "2019-06-29, 2019,    true",
            "2019-06-29, 2019-06, true",
            "2019,       2019,    false",  // not more precise
            "2019,       2019-06, false",  // coarser
            "2019-07,    2019-06, false",  // another month, same precision
            "2019-07-01, 2019-06, false",  // another month
            "2020-06,    2019,    false",  // another year
    })
    void narrowsOnlyADateItLiesWithin(String finer, String coarser, boolean narrows) {
        assertEquals(narrows, EventDate.parse(finer).narrows(EventDate.parse(coarser)));
    }

    @ParameterizedTest
    @CsvSource({"2019, 2019", "2019-06, 2019-06", "2019-06-29, 2019-06-29", "--01, --01", "--02-29, --02-29"})
    void keepsThePrecisionItWasGiven(String text, String iso) {
        assertEquals(iso, EventDate.parse(text).iso());
    }

    @ParameterizedTest
    @CsvSource({"2019-02-30", "2019-13", "19", "June 2019", "--13", "--02-30", "--1"})
    void refusesWhatIsNoDate(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventDate.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"--01|January|false", "--06-29|29 June|false", "2019-06|June 2019|true"})
    void aMonthWithoutItsYearIsShownWithoutOne(String text, String display, boolean hasYear) {
        EventDate date = EventDate.parse(text);
        assertEquals(display, date.display());
        assertEquals(hasYear, date.hasYear());
    }
}
