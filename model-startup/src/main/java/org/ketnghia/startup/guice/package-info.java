/** Guice wiring of the start-up model: the only package of the module that imports Guice. */
package org.ketnghia.startup.guice;
