package org.ketnghia.livestock.herd;

/** What animals are vaccinated against. */
public enum Vaccine {
    /** Lở mồm long móng. */
    FOOT_AND_MOUTH,
    /** Tụ huyết trùng. */
    HAEMORRHAGIC_SEPTICAEMIA,
    /** Viêm da nổi cục. */
    LUMPY_SKIN,
    /** Khác. */
    OTHER
}
