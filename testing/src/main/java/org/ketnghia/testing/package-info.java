/**
 * ketnghia's testing kit, for test scope: shared fixtures ({@link org.ketnghia.testing.Fixtures}, {@link
 * org.ketnghia.testing.Participants}), many writers at once ({@link org.ketnghia.testing.ConcurrentWriters}), the contract every pilot model passes ({@code contract}), the reusable
 * architecture rule for model modules ({@code arch}) and a small demonstration model ({@code demo}).
 */
@KetnghiaStyle
package org.ketnghia.testing;

import org.ketnghia.core.value.KetnghiaStyle;
