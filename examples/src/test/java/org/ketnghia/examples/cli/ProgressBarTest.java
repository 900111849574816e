package org.ketnghia.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The terminal progress bar draws in place, once per per cent, and stays silent off a terminal. */
class ProgressBarTest {

    @Test
    void onATerminal_drawsInPlace_andEndsTheLineWhenDone() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true), true);

        for (long done = 1; done <= 1000; done++) {
            bar.onProgress("livestock", 0, 5, done, 1000);
        }

        assertThat(text.toString()).startsWith("\r[").contains("100%").contains("mô hình 1/5 livestock").endsWith(
                System.lineSeparator());
        assertThat(text.toString().split("\r")).hasSizeLessThanOrEqualTo(102);
    }

    @Test
    void offATerminal_printsNothing() {
        StringWriter text = new StringWriter();
        new ProgressBar(new PrintWriter(text, true), false).onProgress("livestock", 0, 1, 1, 1);

        assertThat(text.toString()).isEmpty();
    }
}
