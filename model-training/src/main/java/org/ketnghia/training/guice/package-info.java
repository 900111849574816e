/** Guice wiring of the training model: the only package of the module that imports Guice. */
package org.ketnghia.training.guice;
