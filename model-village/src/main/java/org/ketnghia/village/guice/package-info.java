/**
 * Guice wiring of the model new-rural village: {@link org.ketnghia.village.guice.VillageModule}, the
 * only package of the model that imports Guice.
 */
package org.ketnghia.village.guice;
