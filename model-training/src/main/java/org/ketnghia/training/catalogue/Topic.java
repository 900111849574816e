package org.ketnghia.training.catalogue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

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

    /** The name in Vietnamese, e.g. "Công nghệ thông tin". */
    public abstract String nameVi();

    /** The name in English. */
    public abstract String nameEn();

    /** Whether the plan gives the topic priority (<i>ưu tiên</i>). */
    @Value.Default
    public boolean priority() {
        return false;
    }

    /** The levels of officials the topic is for; never empty in a valid catalogue. */
    public abstract Set<OfficialLevel> targetLevels();

    /** The name in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String name(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? nameVi() : nameEn();
    }

    /** Builds a {@link Topic}. */
    public static final class Builder extends ImmutableTopic.Builder {
    }
}
