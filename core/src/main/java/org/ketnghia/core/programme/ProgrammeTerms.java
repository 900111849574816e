package org.ketnghia.core.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A programme as declared in the ledger (<i>kế hoạch kết nghĩa</i>): its act and legal bases, its
 * dates, where it applies, its targets, the spending norms in force and what it allots per district
 * and model. Scope is data: the districts and pilot communes named here, followed through later
 * reorganisations ({@link ProgrammeScope}), decide where groups, calls, classes, villages and pledges
 * are accepted.
 *
 * <p>The value only requires its parts to be present; the rules are checked, all at once, by {@link
 * DeclareProgramme}. JSON: {@code {"id": "quang-nam-2021", "titleVi": "…", "decision": "Kế hoạch …",
 * "legalBases": ["Quyết định số 3651/QĐ-UBND ngày 13/12/2021"], "provinceCode": "QNA", "start":
 * "2022-01-01", "years": 5, "coordinator": "Ban Dân tộc tỉnh", "districtCodes": [...],
 * "pilotCommuneCodes": [...], "targets": [...], "norms": [...], "allotments": [...]}}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgrammeTerms.class)
@JsonDeserialize(as = ImmutableProgrammeTerms.class)
public abstract class ProgrammeTerms {

    /** The programme's id, as in {@link org.ketnghia.core.ledger.ProgrammeLedger#programmeId()}. */
    public abstract String id();

    /** The title, in Vietnamese. */
    public abstract String titleVi();

    /** The act that is the programme (the plan itself), e.g. "Kế hoạch số …/KH-UBND". */
    public abstract String decision();

    /** The acts it is based on, in the plan's own order (e.g. Quyết định 3651/QĐ-UBND ngày 13/12/2021). */
    public abstract List<String> legalBases();

    /** The province. */
    public abstract String provinceCode();

    /** The first day of the programme. */
    public abstract LocalDate start();

    /** How many years it runs (the final review, <i>tổng kết</i>, falls at the end). */
    public abstract int years();

    /** The body that coordinates it (<i>cơ quan thường trực</i>), e.g. "Ban Dân tộc tỉnh"; not a sponsor. */
    public abstract Optional<String> coordinator();

    /** The districts it applies to, as of {@link #start()}. */
    public abstract List<String> districtCodes();

    /** The pilot communes, as of {@link #start()}; each lies in one of {@link #districtCodes()}. */
    public abstract List<String> pilotCommuneCodes();

    /** The physical targets. */
    public abstract List<ProgrammeTarget> targets();

    /** The spending norms in force. */
    public abstract List<SpendingNorm> norms();

    /** What the plan allots per district and model. */
    public abstract List<ModelAllotment> allotments();

    /** The last day of the programme: {@link #years()} years after the start, less one day. */
    public LocalDate lastDay() {
        return start().plusYears(years()).minusDays(1);
    }

    /** The norm with the given key, if one is in force. */
    public Optional<SpendingNorm> norm(String key) {
        return norms().stream().filter(norm -> norm.key().equals(key)).findFirst();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProgrammeTerms}; obtain one with {@link ProgrammeTerms#builder()}. */
    public static final class Builder extends ImmutableProgrammeTerms.Builder {
    }
}
