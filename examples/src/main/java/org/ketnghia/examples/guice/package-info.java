/** Guice wiring of the examples application: the only package of the application that imports Guice. */
package org.ketnghia.examples.guice;
