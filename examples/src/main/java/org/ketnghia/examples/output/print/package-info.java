/**
 * Printable documents for officials: the public list a commune posts (<i>danh sách niêm yết công khai</i>) as an
 * A4 PDF with the commune's header, posting period, numbered rows, the total in figures and in words ({@link
 * org.ketnghia.examples.output.print.AmountInWords}), signature block and page numbers, the text set in an embedded
 * Vietnamese-capable font (Liberation Serif, metrically compatible with Times New Roman, from Maven Central) so that a
 * machine without fonts prints the same document.
 */
package org.ketnghia.examples.output.print;
