package org.rujp.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;

class EnglishQuantityTest {
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "RU | About 12,000    | около 12 000",
        "JA | About 12,000    | 約12,000",
        "RU | more than 600   | более 600",
        "JA | more than 600   | 600以上",
        "RU | 85 percent      | 85%",
        "JA | 85 percent      | 85%",
        "RU | 1.5             | 1,5",
        "RU | 36              | 36",
        "RU | 45 million      | 45 млн",
        "JA | 45 million      | 4,500万",
        "RU | 38,000 yen      | 38 000 иен",
        "JA | about 38,000 yen | 約38,000円",
        "RU | $3 million      | 3 млн долл. США",
        "JA | over 16 billion US dollars | 160億ドル以上",
        "JA | 1.5 million     | 1.5 million",
        "RU | 45 kilometres   | 45 kilometres",
        "EN | About 12,000    | About 12,000",
    })
    void writesAQuantityReadFromAnEnglishPassageInTheAnswersLanguage(Lang lang, String english, String expected) {
        assertEquals(expected, EnglishQuantity.in(lang, english));
    }
}
