package org.ketnghia.livestock.herd;

/**
 * The flows of a commune's herd since the start: animals alive always equal {@code born + received −
 * died − sold − lost − handedOverOut}. Immutable.
 *
 * @param alive animals alive now (with the commune or kept by households)
 * @param born births
 * @param received animals accepted into the commune, and replacements of dead received animals
 * @param died deaths
 * @param sold sales
 * @param lost animals lost or stolen
 * @param handedOverOut animals handed over to households of another commune
 */
public record HerdCounts(long alive, long born, long received, long died, long sold, long lost, long handedOverOut) {

    /** No animal at all. */
    public static final HerdCounts NONE = new HerdCounts(0, 0, 0, 0, 0, 0, 0);

    /** {@code born + received − died − sold − lost − handedOverOut}. */
    public long expectedAlive() {
        return born + received - died - sold - lost - handedOverOut;
    }
}
