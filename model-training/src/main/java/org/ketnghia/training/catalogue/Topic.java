package org.ketnghia.training.catalogue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.value.BilingualText;

/**
 * A training topic (<i>chuyên đề bồi dưỡng</i>) of the catalogue: investment, planning, IT, ethnic
 * affairs, … with a priority flag (the plan puts IT, agriculture-forestry, environment, budget,
 * infrastructure, social security, poverty reduction and new-rural development first) and the
 * levels of officials it is meant for.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTopic.class)
@JsonDeserialize(as = ImmutableTopic.class)
public abstract class Topic {

    Topic() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The stable id, e.g. {@code "information-technology"}. */
    public abstract String id();

    /** The name in Vietnamese, e.g. "Công nghệ thông tin" (JSON field {@code nameVi}). */
    public abstract String nameVi();

    /** The name in English (JSON field {@code nameEn}). */
    public abstract String nameEn();

    /** Whether the plan gives the topic priority (<i>ưu tiên</i>). */
    @Value.Default
    public boolean priority() {
        return false;
    }

    /** The levels of officials the topic is for; never empty in a valid catalogue. */
    public abstract Set<OfficialLevel> targetLevels();

    /**
     * The name in Vietnamese and English as one value ({@link #nameVi()} and {@link #nameEn()}, which
     * stay the catalogue file's JSON fields).
     */
    public BilingualText name() {
        return BilingualText.of(nameVi(), nameEn());
    }

    /** The name in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String name(Locale locale) {
        return name().in(requireNonNull(locale, "locale"));
    }

    /** Builds a {@link Topic}. */
    public static final class Builder extends ImmutableTopic.Builder {
    }
}
