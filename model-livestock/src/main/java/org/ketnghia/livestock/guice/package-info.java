/** Guice wiring of the livestock model: the only package of the module importing Guice. */
package org.ketnghia.livestock.guice;
