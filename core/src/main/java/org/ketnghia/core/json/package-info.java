/**
 * Jackson configuration shared by the whole library ({@link org.ketnghia.core.json.KetnghiaJson}):
 * deterministic output for hashing, strict input for official data files.
 */
package org.ketnghia.core.json;
