package io.verbatim.ingest.json.known;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The start of a file that is base64 text, decoded. Some API clients save response bodies base64-encoded (a recorded
 * Qualtrics survey definition starts {@code eyJyZXN1bHQiOnsi}, which is {@code {"result":{"}); read as CSV such a file
 * is a table of thousands of meaningless one-cell rows, so it is recognised from its first line and decoded only as
 * far as the sample goes.
 */
final class Base64Head {

    /** A first line of at least 16 base64 characters and nothing else. */
    private static final Pattern FIRST_LINE = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}\\r?(\\n.*)?", Pattern.DOTALL);

    /** An object's first key, or an array's first object, string or array. */
    private static final Pattern JSON_START = Pattern.compile("\\s*(\\{\\s*\"|\\[\\s*[{\"\\[])");

    private Base64Head() {}

    /**
     * The decoded bytes of the leading base64 run of {@code text} (line breaks allowed, as MIME wraps it), cut to
     * whole 4-character groups; {@code null} when {@code text} does not start as base64 or does not decode.
     */
    static byte[] decode(String text) {
        String start = text.stripLeading();
        if (!FIRST_LINE.matcher(start).matches()) {
            return null;
        }
        StringBuilder run = new StringBuilder(start.length());
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (isBase64(c)) {
                run.append(c);
            } else if (c != '\r' && c != '\n') {
                break;
            }
        }
        run.setLength(run.length() - run.length() % 4);
        String groups = run.toString();
        int padding = groups.indexOf('=');
        if (padding >= 0 && padding < groups.length() - 2) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(groups);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when {@code text} starts with base64 whose decoded text starts like a JSON object or array. */
    static boolean startsAsJson(String text) {
        byte[] decoded = decode(text);
        if (decoded == null) {
            return false;
        }
        return JSON_START.matcher(new String(decoded, StandardCharsets.UTF_8)).lookingAt();
    }

    private static boolean isBase64(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '+'
                || c == '/'
                || c == '=';
    }
}
