package org.ketnghia.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The own pages' text is escaped, and a simulated ledger's page opens with the red banner. */
class OwnPageHtmlTest {

    @Test
    void markupCharacters_areWrittenAsEntities() {
        assertThat(OwnPageHtml.escape("Tổ <A> & \"B\"")).isEqualTo("Tổ &lt;A&gt; &amp; &quot;B&quot;");
    }

    @Test
    void theSimulatedBanner_escapesItsText_andCarriesItsOwnStyle() {
        assertThat(OwnPageHtml.simulatedBanner("MÔ PHỎNG <x>")).isEqualTo("<p class=\"simulated\" style=\"background:"
                + "#b00020;color:#fff;padding:.5em 1em;font-weight:bold\">MÔ PHỎNG &lt;x&gt;</p>\n");
    }
}
