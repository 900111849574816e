/**
 * Errors of the domain: {@link org.ketnghia.core.error.KetnghiaException} with stable {@link
 * org.ketnghia.core.error.ErrorCode codes}, the offending field and bilingual messages, and {@link
 * org.ketnghia.core.error.Problems} to collect every problem of an input in one pass.
 */
package org.ketnghia.core.error;
