package org.ketnghia.training.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * The keys of the programme's spending norms (<i>định mức chi</i>, {@link
 * org.ketnghia.core.programme.SpendingNorm}) that the training model reads when a programme is declared in the
 * ledger: the most a class may cost (<i>chi phí tổ chức một lớp</i>, unit {@code "lớp"}), by the level of officials
 * it trains, as the plan has districts train district officials and communes commune ones (mục 3.4). A norm the
 * programme does not set is not checked.
 */
public final class TrainingNorms {

    /** Per class of district-level officials (<i>lớp cán bộ cấp huyện</i>). */
    public static final String CLASS_COST_DISTRICT = "training.class-cost.district";
    /** Per class of commune-level officials (<i>lớp cán bộ, công chức cấp xã</i>). */
    public static final String CLASS_COST_COMMUNE = "training.class-cost.commune";
    /** Per class of village officials (<i>lớp cán bộ thôn</i>); the commune norm applies when it is not set. */
    public static final String CLASS_COST_VILLAGE = "training.class-cost.village";

    private TrainingNorms() {
    }

    /**
     * The keys that cap a class of officials of {@code level}, the one in force first: {@code
     * training.class-cost.<level>}, and for village officials (trained by their commune) then the commune's.
     */
    public static List<String> classCostKeys(OfficialLevel level) {
        String own = "training.class-cost." + requireNonNull(level, "level").name().toLowerCase(Locale.ROOT);
        return level == OfficialLevel.VILLAGE ? List.of(own, CLASS_COST_COMMUNE) : List.of(own);
    }
}
