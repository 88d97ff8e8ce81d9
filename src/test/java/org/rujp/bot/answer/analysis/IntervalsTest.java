package org.rujp.bot.answer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rujp.bot.knowledge.Lang;

/** The two events of a question asking the years between them, as {@link Intervals#between} reads them. */
class IntervalsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|How many years passed between Abe proposing the plan and Oreshkin saying it was producing results?|Abe proposing the plan|Oreshkin saying it was producing results",
            "EN|How long was it between the Moscow talks and the extension of the year?|the Moscow talks|the extension of the year",
            "EN|Interval in years: from the Vladivostok summit to the Osaka agreement?|the Vladivostok summit|the Osaka agreement",
            "EN|How many years after the Vladivostok summit did Putin and Abe agree in Osaka?|the Vladivostok summit|Putin and Abe agree in Osaka",
            "EN|How many years separate the Osaka agreement from the extension of the year?|the Osaka agreement|the extension of the year",
            "RU|Интервал в годах: от выдвижения Абэ плана сотрудничества до заявления Орешкина?|выдвижения Абэ плана сотрудничества|заявления Орешкина",
            "RU|Сколько лет прошло между встречей во Владивостоке и договорённостью в Осаке?|встречей во Владивостоке|договорённостью в Осаке",
            "JA|協力プランの提案からオレシキン氏の発言まで何年？|協力プランの提案|オレシキン氏の発言",
            "JA|ウラジオストクでの会談と大阪での合意の間は何年？|ウラジオストクでの会談|大阪での合意",
    })
    void readsTheTwoEvents(Lang lang, String question, String first, String second) {
        assertEquals(Optional.of(List.of(first, second)), Intervals.between(question, lang));
    }

    @org.junit.jupiter.api.Test
    void aJoiningWordInsideAnEventGivesAnotherReading() {
        assertEquals(List.of(List.of("встречей Лаврова", "Коно в Москве и решением продлить Год обменов"),
                        List.of("встречей Лаврова и Коно в Москве", "решением продлить Год обменов")),
                Intervals.readings("Сколько лет между встречей Лаврова и Коно в Москве и решением продлить Год обменов?", Lang.RU));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EN|How many years was the exchange year extended by?",
            "EN|Between Putin and Abe, who proposed the plan?",
            "RU|На сколько лет продлили год обменов?",
            "RU|Кто с кем встречался между 2017 и 2019 годом?",
            "JA|交流年は何年延長された？",
    })
    void asksNoIntervalOtherwise(Lang lang, String question) {
        assertEquals(Optional.empty(), Intervals.between(question, lang));
    }
}
