package org.ketnghia.core.error;

import java.util.List;

/**
 * Fills {@code {0}}, {@code {1}}, … placeholders. Unlike {@link java.text.MessageFormat} it gives
 * no meaning to apostrophes, which Vietnamese and English messages both contain.
 */
final class MessageTemplate {

    private MessageTemplate() {
    }

    static String fill(String template, List<String> arguments) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && isDigits(template, i + 1, close)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                out.append(index < arguments.size() ? arguments.get(index) : "{" + index + "}");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
