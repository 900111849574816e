package org.ketnghia.examples.output.print;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.Locale;
import org.ketnghia.core.money.Money;

/**
 * An amount of money in Vietnamese words (<i>số tiền viết bằng chữ</i>), as financial documents and public lists state
 * it under their total: {@code 125.500.000} reads "Một trăm hai mươi lăm triệu năm trăm nghìn đồng". The words are ICU's
 * Vietnamese spell-out rules ("hai mươi mốt", "hai mươi tư", "mười lăm", "một trăm lẻ năm", "một nghìn không trăm
 * lẻ năm", "hai triệu năm nghìn"), capitalised, followed by "đồng"; a negative amount starts with "Âm". Stateless and thread-safe (each call uses its own formatter, which ICU does not share safely).
 */
public final class AmountInWords {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private AmountInWords() {
    }

    /** {@code amount} in words, e.g. "Hai triệu năm nghìn đồng" for 2.005.000 đồng. */
    public static String of(Money amount) {
        requireNonNull(amount, "amount");
        return of(amount.dong());
    }

    /** {@code dong} đồng in words, capitalised, ending in "đồng". */
    public static String of(long dong) {
        String words = new RuleBasedNumberFormat(VIETNAMESE, RuleBasedNumberFormat.SPELLOUT).format(dong);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }
}
