package org.ketnghia.examples.output.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketnghia.core.money.Money;

class AmountInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|Không đồng",
        "15|Mười lăm đồng",
        "21|Hai mươi mốt đồng",
        "24|Hai mươi tư đồng",
        "105|Một trăm lẻ năm đồng",
        "1015|Một nghìn không trăm mười lăm đồng",
        "1005|Một nghìn không trăm lẻ năm đồng",
        "2005000|Hai triệu năm nghìn đồng",
        "125500000|Một trăm hai mươi lăm triệu năm trăm nghìn đồng",
        "1000000000|Một tỷ đồng",
        "3250000000|Ba tỷ hai trăm năm mươi triệu đồng",
        "-45000000|Âm bốn mươi lăm triệu đồng"})
    void anAmount_readsAsOnAVietnameseFinancialDocument(long dong, String words) {
        assertThat(AmountInWords.of(dong)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"250000000", "7000000"})
    void money_readsAsItsWholeDong(long dong) {
        assertThat(AmountInWords.of(Money.ofDong(dong))).isEqualTo(AmountInWords.of(dong)).endsWith(" đồng");
    }
}
