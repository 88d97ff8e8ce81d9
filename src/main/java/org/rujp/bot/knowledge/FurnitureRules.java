package org.rujp.bot.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The standard furniture rules, in the order they run. Each is named so that a dry run and the tests
 * can say which rule removed which line. Vocabularies cover English, Russian and Japanese pages.
 */
final class FurnitureRules {
    private FurnitureRules() {
    }

    private static final Pattern BULLET = Pattern.compile("^[\u2022\u00b7\u25aa\u25e6\u25cf\u2023*\u2013-]\\s*");
    private static final Pattern NO_TEXT = Pattern.compile("[^\\p{L}\\p{N}]*");

    private static final Set<String> NAVIGATION = Set.of(
            "all news", "news", "home", "main", "main page", "menu", "search", "back", "share", "print", "subscribe",
            "sign in", "log in", "login", "register", "contacts", "about us", "to top", "back to top", "next", "previous",
            "select language", "choose language", "language", "latest", "follow us", "skip to content",
            "все новости", "новости", "главная", "меню", "поиск", "назад", "поделиться", "печать", "подписаться",
            "войти", "выберите язык", "язык", "наверх", "лента новостей",
            "ニュース一覧", "ホーム", "トップ", "メニュー", "検索", "言語を選択");

    private static final Set<String> LANGUAGES = Set.of(
            "english", "русский", "日本語", "deutsch", "français", "francais", "español", "espanol", "italiano", "中文",
            "português", "українська", "türkçe", "한국어", "العربية", "en", "ru", "ja", "jp", "de", "fr", "es", "it",
            "zh", "cn", "ua", "ko", "ar", "eng", "rus", "jpn");

    private static final Pattern LANGUAGE_PROMPT = Pattern.compile(
            "(?iu)^(?:select language|choose language|language|выберите язык|язык|言語)\\s*[:：].*");

    private static final Pattern UPDATED = Pattern.compile(
            "(?iu)^(?:updated|last updated|updated at|updated on|обновлено|обновлён|更新|更新日)(?![\\p{L}])\\s*[:：]?[^.!?]{0,40}$");

    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+(?:/|>|\u00bb|\u203a|\u2192)\\s+");
    private static final Pattern BREADCRUMB_START = Pattern.compile("^(?:/|>|\u00bb|\u203a)\\s+\\S.*");

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?iu)^(?:(?:photo(?:graph)?s?|image|picture|illustration|credits?|photo credit|фото(?:графия)?|"
                    + "источник фото|иллюстрация|写真|画像)\\s*(?:credit)?\\s*[:：©]|©|\\(c\\)\\s|copyright\\b).*");
    private static final Pattern AGENCY_CREDIT = Pattern.compile("^[\\p{L} .'\u2019-]{3,60}/\\s?[\\p{L} .'\u2019-]{2,40}$");

    private static final Pattern READ_MORE = Pattern.compile(
            "(?iu)^(?:read more|read also|also read|see also|more on this|читайте также|читайте ещё|читайте еще|"
                    + "смотрите также|по теме|あわせて読みたい|関連記事)\\s*[:：\u00bb\u203a].*|"
                    + "(?iu)^(?:read more|continue reading|читать далее|читать полностью|続きを読む)\\s*[\u00bb\u203a\u2192.\u2026]*$");

    private static final Pattern COMMENT_FORM = Pattern.compile(
            "(?iu)^(?:your email address will not be published.*|required fields are marked.*|save my name, email.*|"
                    + "post comment|submit comment|cancel reply|leave a reply|leave a comment|add a comment|"
                    + "(?:comment|name|e-?mail|website)\\s*\\*?|you must be logged in to post a comment.*|"
                    + "ваш (?:адрес )?e-?mail не будет опубликован.*|обязательные поля помечены.*|оставить комментарий|"
                    + "добавить комментарий|(?:комментарий|имя)\\s*\\*?|メールアドレスが公開されることはありません.*|コメントを残す)$");

    private static final Set<String> WEATHER_CONDITIONS = Set.of(
            "clear sky", "sky is clear", "few clouds", "scattered clouds", "broken clouds", "overcast clouds", "clouds",
            "shower rain", "light rain", "moderate rain", "heavy intensity rain", "very heavy rain", "extreme rain",
            "freezing rain", "light intensity shower rain", "heavy intensity shower rain", "ragged shower rain", "rain",
            "thunderstorm", "light thunderstorm", "heavy thunderstorm", "thunderstorm with rain", "drizzle",
            "light intensity drizzle", "snow", "light snow", "heavy snow", "sleet", "shower snow", "mist", "smoke",
            "haze", "fog", "sunny", "cloudy", "partly cloudy", "mostly cloudy", "overcast",
            "ясно", "облачно", "пасмурно", "переменная облачность", "небольшой дождь", "дождь", "ливень", "снег",
            "небольшой снег", "туман", "гроза", "晴れ", "曇り", "雨", "雪", "小雨");

    private static final Pattern WEATHER_READING = Pattern.compile(
            "(?iu)^(?:hi\\s*/\\s*lo|high\\s*/\\s*low|clouds|cloudiness|wind(?: direction| speed| gusts?)?|humidity|pressure|"
                    + "visibility|feels like|uv(?: index)?|precipitation|dew point|sunrise|sunset|temp(?:erature)?|"
                    + "облачность|ветер|направление ветра|влажность|давление|ощущается как|температура|осадки|"
                    + "湿度|気圧|風速|降水確率)\\s*[:：]\\s*.{1,25}$");
    private static final Pattern TEMPERATURE = Pattern.compile("^[+\u2212-]?\\d{1,2}(?:[.,]\\d)?\\s*\u00b0\\s*[CF\u0421]?$");

    private static final Pattern AD_MARKER = Pattern.compile(
            "(?iu)^(?:сторонняя реклама|реклама|advertisement|advertising|ads|sponsored(?: content| links)?|promoted|"
                    + "партн[её]ры|partners|спонсоры|реклама на сайте|広告|スポンサーリンク)\\s*:?$");
    private static final Pattern PARTNER_SUFFIX = Pattern.compile("(?iu).*\\s[-\u2013\u2014]\\s*(?:партн[её]ры|partners|реклама|sponsored)$");

    private static final Pattern SECTION_AFTER_ARTICLE = Pattern.compile(
            "(?iu)^(?:news by subject|publications|related posts|related news|related articles|related stories|related|"
                    + "more news|more stories|latest news|most read|most popular|popular|recommended|you may also like|"
                    + "you might also like|more on the topic|other news|comments|leave a reply|leave a comment|"
                    + "новости по теме|публикации|похожие записи|похожие новости|похожие статьи|популярное|рекомендуем|"
                    + "другие новости|комментарии|читайте также|関連記事|関連ニュース|コメント)\\s*:?$");

    /** Every standard rule, in order. */
    static List<FurnitureRule> standard() {
        return List.of(
                FurnitureRule.line("symbols-only", line -> NO_TEXT.matcher(line).matches()),
                FurnitureRule.line("navigation", line -> NAVIGATION.contains(key(line))),
                FurnitureRule.line("language-picker", FurnitureRules::isLanguagePicker),
                FurnitureRule.line("updated-stamp", line -> UPDATED.matcher(line).matches()),
                FurnitureRule.line("breadcrumbs", FurnitureRules::isBreadcrumb),
                FurnitureRule.line("photo-credit", FurnitureRules::isPhotoCredit),
                FurnitureRule.line("read-more", line -> READ_MORE.matcher(line).matches()),
                FurnitureRule.line("comment-form", line -> COMMENT_FORM.matcher(line).matches()),
                FurnitureRule.line("weather-widget", FurnitureRules::isWeather),
                FurnitureRule.block("advertising", line -> AD_MARKER.matcher(line).matches()),
                FurnitureRule.line("link-list", FurnitureRules::isLinkList),
                FurnitureRule.cut("after-article", line -> SECTION_AFTER_ARTICLE.matcher(line).matches()));
    }

    /** Lower case without trailing colons, arrows and dots: the form vocabularies are compared in. */
    static String key(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[\\s:：.\u2026\u00bb\u203a>\u2192|]+$", "").strip();
    }

    static boolean isLanguagePicker(String line) {
        if (LANGUAGE_PROMPT.matcher(line).matches()) {
            return true;
        }
        String[] tokens = line.toLowerCase(Locale.ROOT).split("[\\s|/\u2022\u00b7,]+");
        return tokens.length >= 2 && Arrays.stream(tokens).allMatch(t -> t.isEmpty() || LANGUAGES.contains(t));
    }

    static boolean isBreadcrumb(String line) {
        if (Page.endsLikeSentence(line)) {
            return false;
        }
        String[] segments = BREADCRUMB_SEPARATOR.split(line);
        boolean shortSegments = Arrays.stream(segments).allMatch(s -> Page.words(s) <= 12);
        return shortSegments && (segments.length >= 3 || BREADCRUMB_START.matcher(line).matches() && segments.length >= 2);
    }

    static boolean isPhotoCredit(String line) {
        return PHOTO_CREDIT.matcher(line).matches()
                || Page.words(line) <= 8 && !Page.endsLikeSentence(line) && AGENCY_CREDIT.matcher(line).matches();
    }

    static boolean isWeather(String line) {
        String text = BULLET.matcher(line).replaceFirst("").strip();
        return WEATHER_CONDITIONS.contains(key(text)) || WEATHER_READING.matcher(text).matches()
                || TEMPERATURE.matcher(text).matches();
    }

    /** Comma-separated short link labels ("Web design Kemerovo, Smart home Kemerovo, ... - Partners"). */
    static boolean isLinkList(String line) {
        if (PARTNER_SUFFIX.matcher(line).matches()) {
            return true;
        }
        if (Page.endsLikeSentence(line)) {
            return false;
        }
        String[] items = line.split("\\s*,\\s*");
        return items.length >= 4 && Arrays.stream(items).allMatch(item -> Page.words(item) <= 4 && !item.isEmpty());
    }
}
