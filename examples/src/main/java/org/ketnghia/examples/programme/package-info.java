/**
 * The programme file (<i>tệp kế hoạch</i>): its Java form, reading it with the line and column of
 * every problem, and the problems themselves.
 */
package org.ketnghia.examples.programme;
