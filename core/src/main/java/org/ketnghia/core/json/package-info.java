/**
 * Jackson configuration shared by the whole library ({@link org.ketnghia.core.json.KetnghiaJson}):
 * deterministic output for hashing, strict input for official data files; and the ISO text of the dates every
 * ledger event carries ({@link org.ketnghia.core.json.IsoDates}), which the ledger's codec and hash read and write
 * exactly as those mappers do.
 */
package org.ketnghia.core.json;
