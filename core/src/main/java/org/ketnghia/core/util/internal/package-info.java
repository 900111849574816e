/**
 * Small data structures the core's projections share. Not API: hosts and pilot models must not use
 * these types.
 */
package org.ketnghia.core.util.internal;
