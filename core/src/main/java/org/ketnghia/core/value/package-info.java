/**
 * Shared conventions for value types: the project's single Immutables style ({@link
 * org.ketnghia.core.value.KetnghiaStyle}) and small helpers every value package uses.
 */
package org.ketnghia.core.value;
