/** Internal to ketnghia: the AES-GCM cipher and the field protection of stored payloads; not API. */
package org.ketnghia.core.privacy.internal;
