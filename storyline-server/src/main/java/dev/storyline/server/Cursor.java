package dev.storyline.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque page cursor: the activity key of the last story on the page. Keyset rather than offset, so a story
 * that gains articles between two pages moves to the top instead of shifting every later page by one.
 */
final class Cursor {
    private static final String VERSION = "v1|";

    private Cursor() {}

    static String encode(String activityKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + activityKey).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!s.startsWith(VERSION)) throw new IllegalArgumentException();
            return s.substring(VERSION.length());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid cursor");
        }
    }
}
