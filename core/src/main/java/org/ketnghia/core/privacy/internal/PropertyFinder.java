package org.ketnghia.core.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds whether compact JSON holds a value, other than {@code null}, of a property among a set of names, by one pass
 * over its bytes: at each quote (found eight bytes at a time), only the names starting with the next byte are compared. A cheap test made before
 * parsing a payload to seal it; it may answer yes for a name inside a string (then the parse finds nothing), never no
 * for a value that is there. Immutable and thread-safe.
 */
public final class PropertyFinder {

    /** By first byte of the name: each name's bytes followed by {@code ":}. */
    private final byte[][][] byFirstByte = new byte[256][][];

    /** A finder of the properties named {@code names}. */
    public PropertyFinder(Set<String> names) {
        List<List<byte[]>> lists = new ArrayList<>(256);
        for (int i = 0; i < 256; i++) {
            lists.add(new ArrayList<>());
        }
        for (String name : names) {
            byte[] property = (name + "\":").getBytes(StandardCharsets.UTF_8);
            lists.get(property[0] & 0xFF).add(property);
        }
        for (int i = 0; i < 256; i++) {
            byFirstByte[i] = lists.get(i).isEmpty() ? null : lists.get(i).toArray(new byte[0][]);
        }
    }

    /** Whether one of the properties occurs in {@code json} ({@code "name":}) followed by anything but {@code null}. */
    public boolean holdsValue(byte[] json) {
        return holdsValue(json, json.length);
    }

    /** As {@link #holdsValue(byte[])}, for the JSON in the first {@code length} bytes of {@code json}. */
    public boolean holdsValue(byte[] json, int length) {
        int last = length - 1;
        for (int i = JsonBytes.indexOfQuote(json, 0, length); i < last; i = JsonBytes.indexOfQuote(json, i + 1, length)) {
            byte[][] candidates = byFirstByte[json[i + 1] & 0xFF];
            if (candidates == null) {
                continue;
            }
            for (byte[] property : candidates) {
                if (matches(json, length, i + 1, property) && !isNull(json, length, i + 1 + property.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(byte[] json, int length, int at, byte[] property) {
        if (at + property.length > length) {
            return false;
        }
        for (int j = 0; j < property.length; j++) {
            if (json[at + j] != property[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNull(byte[] json, int length, int value) {
        return value + 4 <= length && json[value] == 'n' && json[value + 1] == 'u' && json[value + 2] == 'l'
                && json[value + 3] == 'l';
    }
}
