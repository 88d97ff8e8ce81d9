package org.rujp.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAndDatelineTest {
    @Nested
    class Dates {
        @ParameterizedTest(name = "\"{0}\" is {1}-{2}-{3}")
        @CsvSource(delimiter = '|', value = {
                "01.07.2019 | 2019 | 7 | 1",
                "'July 9, 2020, 1:43' | 2020 | 7 | 9",
                "2021-11-22T10:00:00+03:00 | 2021 | 11 | 22",
                "Published: 12 January 2018 | 2018 | 1 | 12",
                "12 января 2018 года | 2018 | 1 | 12",
                "2019年6月10日 | 2019 | 6 | 10",
                "'MOSCOW, January 12' | 0 | 1 | 12",
                "14 мая | 0 | 5 | 14"})
        void findsThePrintedDate(String text, int year, int month, int day) {
            DateFinder.Found found = DateFinder.find(text).orElseThrow();
            assertEquals(year, found.year());
            assertEquals(month, found.month());
            assertEquals(day, found.day());
        }

        @Test
        void rejectsImpossibleDays() {
            assertTrue(DateFinder.find("31.02.2019").isEmpty());
        }

        @Test
        void aDateLineIsADateAndLittleElse() {
            assertTrue(DateFinder.isDateLine("July 9, 2020, 1:43"));
            assertTrue(DateFinder.isDateLine("Published: 12 May 2021"));
            assertFalse(DateFinder.isDateLine("Leaders agreed on July 9 to hold a year of regional exchanges"));
        }
    }

    @Nested
    class Datelines {
        @Test
        void readsPlaceDateAndAgencyOfATassDateline() {
            Dateline d = Dateline.parse("MOSCOW, January 12. /TASS/. A meeting is planned.").orElseThrow();
            assertEquals("MOSCOW", d.place());
            assertEquals("January 12", d.date());
            assertEquals("TASS", d.agency());
            assertEquals("A meeting is planned.", d.rest());
        }

        @Test
        void readsPlaceAndAgencyInParentheses() {
            Dateline d = Dateline.parse("TOKYO (Sputnik) \u2013 Japan is ready to continue.").orElseThrow();
            assertEquals("TOKYO", d.place());
            assertEquals("Sputnik", d.agency());
            assertEquals("Japan is ready to continue.", d.rest());
        }

        @Test
        void readsARussianDateline() {
            Dateline d = Dateline.parse("ВЛАДИВОСТОК, 14 мая. /ТАСС/. Паром возобновит рейсы.").orElseThrow();
            assertEquals("ВЛАДИВОСТОК", d.place());
            assertEquals("ТАСС", d.agency());
        }

        @Test
        void aSentenceOpeningWithAnAcronymIsNoDateline() {
            assertTrue(Dateline.parse("NATO and Japan held talks on Monday.").isEmpty());
            assertTrue(Dateline.parse("I, as the minister, am ready to continue.").isEmpty());
        }
    }

    @Nested
    class YearsNotPrinted {
        @Test
        void theWeekdayTheTextNamesSettlesTheYear() {
            // 12 January was a Friday in 2018 but not in 2019
            Optional<YearInference.Inferred> inferred = YearInference.infer(1, 12, "January 12",
                    "The spokeswoman said on Friday that 2018 would be a special year.");
            assertEquals(LocalDate.of(2018, 1, 12), inferred.orElseThrow().date());
            assertTrue(inferred.get().note().contains("January 12"));
        }

        @Test
        void withoutAWeekdayTheYearStaysUnknown() {
            assertTrue(YearInference.infer(1, 12, "January 12", "2018 will be a special year.").isEmpty());
        }

        @Test
        void twoDifferentWeekdaysLeaveTheYearUnknown() {
            assertTrue(YearInference.infer(6, 10, "June 10", "He said on Monday, after talks on Friday, that 2018 and 2019 were good.").isEmpty());
        }
    }
}
