package org.ketnghia.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A simulated ledger's own page opens with the red banner, its text escaped. */
class OwnPageHtmlTest {

    @Test
    void theSimulatedBanner_escapesItsText_andCarriesItsOwnStyle() {
        assertThat(OwnPageHtml.simulatedBanner("MÔ PHỎNG <x>")).isEqualTo("<p class=\"simulated\" style=\"background:"
                + "#b00020;color:#fff;padding:.5em 1em;font-weight:bold\">MÔ PHỎNG &lt;x&gt;</p>\n");
    }
}
