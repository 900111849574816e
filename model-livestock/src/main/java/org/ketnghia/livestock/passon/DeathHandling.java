package org.ketnghia.livestock.passon;

/** What happens to a pass-on obligation when a received animal dies. */
public enum DeathHandling {
    /**
     * A death certified by a veterinarian writes the obligation off once none of the animals
     * received is alive (<i>xóa nghĩa vụ khi có xác nhận thú y</i>).
     */
    CERTIFIED_WRITE_OFF,
    /** The household replaces the animal; the obligation stands (<i>hộ tự bồi hoàn</i>). */
    HOUSEHOLD_REPLACES,
    /** The group's pool replaces the animal; the obligation stands (<i>quỹ tổ bù đắp</i>). */
    GROUP_POOL_REPLACES
}
