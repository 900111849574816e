package org.ketnghia.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text written into the examples' pages is escaped: markup characters as entities, Vietnamese letters as they are. */
class HtmlTextTest {

    @Test
    void markupCharacters_areWrittenAsEntities() {
        assertThat(HtmlText.escape("Tổ <A> & \"B\"")).isEqualTo("Tổ &lt;A&gt; &amp; &quot;B&quot;");
    }
}
