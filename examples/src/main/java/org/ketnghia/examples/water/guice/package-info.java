/** Guice wiring of the clean-water model: the only package of the model that imports Guice. */
package org.ketnghia.examples.water.guice;
