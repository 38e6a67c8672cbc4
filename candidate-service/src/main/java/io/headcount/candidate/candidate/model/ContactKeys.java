package io.headcount.candidate.candidate.model;

import java.util.Locale;

/**
 * The identities that make two profiles the same person within a team: the email, compared case-insensitively,
 * and the LinkedIn profile URL, compared without scheme, {@code www.}, query, fragment or trailing slash.
 */
public final class ContactKeys {

    private ContactKeys() {
    }

    public static String emailKey(String teamId, String email) {
        return email == null || email.isBlank() ? null : teamId + "|" + email.trim().toLowerCase(Locale.ROOT);
    }

    public static String linkedinKey(String teamId, String linkedinUrl) {
        String normalized = normalizeLinkedinUrl(linkedinUrl);
        return normalized == null ? null : teamId + "|" + normalized;
    }

    public static String normalizeLinkedinUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String normalized = url.trim().toLowerCase(Locale.ROOT);
        normalized = normalized.replaceFirst("^[a-z]+://", "");
        normalized = normalized.replaceFirst("^(www\\.|[a-z]{2}\\.)(?=linkedin\\.com)", "");
        int cut = indexOfAny(normalized, '?', '#');
        if (cut >= 0) {
            normalized = normalized.substring(0, cut);
        }
        while (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return normalized;
    }

    private static int indexOfAny(String text, char... chars) {
        int first = -1;
        for (char c : chars) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
