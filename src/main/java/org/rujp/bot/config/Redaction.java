package org.rujp.bot.config;

import java.util.regex.Pattern;

/** Hides what a URL may carry besides its address: a password in its user part or in its parameters. */
public final class Redaction {
    public static final String REDACTED = "<redacted>";
    private static final Pattern USER_INFO = Pattern.compile("(//)([^/@?#]*)@");
    private static final Pattern SECRET_PARAM =
            Pattern.compile("(?i)([?&;](?:password|passwd|pwd|secret|token|sslpassword|api_key|apikey)=)([^&;#]*)");

    private Redaction() {
    }

    /** "jdbc:postgresql://u:pw@db/rujp?password=pw" becomes "jdbc:postgresql://<redacted>@db/rujp?password=<redacted>". */
    public static String url(String url) {
        String out = USER_INFO.matcher(url).replaceAll("$1" + REDACTED + "@");
        return SECRET_PARAM.matcher(out).replaceAll("$1" + REDACTED);
    }
}
