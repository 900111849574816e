/**
 * What the examples application writes: Excel workbooks with Vietnamese headings and VND formats,
 * an HTML summary with tables and JFreeChart charts embedded as PNG (works offline), CSV and JSON,
 * all staged in a temporary folder and moved into place only when complete.
 */
package org.ketnghia.examples.output;
