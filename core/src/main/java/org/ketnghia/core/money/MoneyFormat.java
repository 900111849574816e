package org.ketnghia.core.money;

/**
 * Renders {@link Money} for people. Round amounts use words the way Vietnamese officials write
 * them ({@code "9 tỷ đồng"}, {@code "1,5 tỷ đồng"}, {@code "20 triệu đồng"}); other amounts are
 * written exactly with thousands separators ({@code "1.500.000 ₫"}, English {@code "VND 1,500,000"}).
 * Nothing is ever rounded away: an amount that is not a whole number of millions is shown exactly.
 */
public final class MoneyFormat {

    private static final long MILLION = 1_000_000L;
    private static final long HUNDRED_MILLION = 100_000_000L;
    private static final long BILLION = 1_000_000_000L;

    private MoneyFormat() {
    }

    /** Vietnamese compact form when exact, otherwise {@link #exactVietnamese(Money)}. */
    public static String vietnamese(Money amount) {
        long dong = amount.dong();
        String sign = dong < 0 ? "-" : "";
        long magnitude = Math.abs(dong);
        if (dong == Long.MIN_VALUE || magnitude < MILLION || magnitude % MILLION != 0) {
            return exactVietnamese(amount);
        }
        if (magnitude >= BILLION && magnitude % HUNDRED_MILLION == 0) {
            return sign + group(magnitude / BILLION, '.') + tenths(magnitude % BILLION / HUNDRED_MILLION, ',') + " tỷ đồng";
        }
        return sign + group(magnitude / MILLION, '.') + " triệu đồng";
    }

    /** English compact form when exact, otherwise {@link #exactEnglish(Money)}. */
    public static String english(Money amount) {
        long dong = amount.dong();
        String sign = dong < 0 ? "-" : "";
        long magnitude = Math.abs(dong);
        if (dong == Long.MIN_VALUE || magnitude < MILLION || magnitude % MILLION != 0) {
            return exactEnglish(amount);
        }
        if (magnitude >= BILLION && magnitude % HUNDRED_MILLION == 0) {
            return sign + "VND " + group(magnitude / BILLION, ',') + tenths(magnitude % BILLION / HUNDRED_MILLION, '.') + " billion";
        }
        return sign + "VND " + group(magnitude / MILLION, ',') + " million";
    }

    /** The exact amount, Vietnamese separators: {@code "1.500.000 ₫"}. */
    public static String exactVietnamese(Money amount) {
        return group(amount.dong(), '.') + " ₫";
    }

    /** The exact amount, English separators: {@code "VND 1,500,000"}. */
    public static String exactEnglish(Money amount) {
        long dong = amount.dong();
        return (dong < 0 ? "-" : "") + "VND " + group(dong, ',').replace("-", "");
    }

    private static String tenths(long tenths, char decimalMark) {
        return tenths == 0 ? "" : decimalMark + Long.toString(tenths);
    }

    /** Groups digits in threes: {@code 1500000 → "1.500.000"}. */
    static String group(long value, char separator) {
        String digits = Long.toString(value);
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return negative ? "-" + out : out.toString();
    }
}
