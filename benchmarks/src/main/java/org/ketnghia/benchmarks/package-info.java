/**
 * Benchmarks B1–B5 of PERFORMANCE.md: benchmark mains that warm up, repeat, and print their figures
 * as lines {@code <id> <figure> <value>}, each measured at full size and at 1/10 size in the same run
 * so that the growth of cost can be read off. Entry point: {@link org.ketnghia.benchmarks.Benchmarks}.
 */
package org.ketnghia.benchmarks;
