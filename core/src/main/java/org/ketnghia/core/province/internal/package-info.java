/**
 * Implementation of {@code org.ketnghia.core.province}: reading manifests, JSON and CSV unit files, line indexes
 * and the pack-wide rules. Not API: only the {@code org.ketnghia.core.province} feature itself and the runtime that
 * wires it may use these classes, as the architecture tests check; they change without notice.
 */
package org.ketnghia.core.province.internal;
