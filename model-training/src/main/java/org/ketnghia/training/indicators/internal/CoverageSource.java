package org.ketnghia.training.indicators.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.Topic;
import org.ketnghia.training.course.CertificateIssued;
import org.ketnghia.training.course.ClassOpened;
import org.ketnghia.training.course.OfficialRoster;

/**
 * Coverage (<i>tỷ lệ bao phủ</i>) as at the period's last day: per coverage unit (the official's
 * commune, the district for district officials), officials trained over officials in post. For a
 * topic, only officials of the topic's target levels count, and "trained" means holding a
 * certificate of a class on that topic; without a topic, any certificate counts.
 */
final class CoverageSource implements IndicatorSource {

    private final IndicatorDefinition definition;
    private final Topic topic;
    private final AdministrativeRegistry units;

    /** @param topic the topic, or null for coverage over all topics */
    CoverageSource(IndicatorDefinition definition, Topic topic, AdministrativeRegistry units) {
        this.definition = definition;
        this.topic = topic;
        this.units = units;
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /** Classes, certificates and the units' officials: no personal data. */
    @Override
    public boolean readsPersonalData() {
        return false;
    }

    @Override
    public IndicatorAccumulator newAccumulator(ReportingPeriod period) {
        return new Accumulator(period.to());
    }

    @Override
    public String toString() {
        return "IndicatorSource[" + definition.id() + "]";
    }

    private final class Accumulator implements IndicatorAccumulator {
        private final LocalDate asOf;
        private final OfficialRoster roster = new OfficialRoster();
        private final Map<String, Set<String>> topicsOfClass = new HashMap<>();
        private final Set<String> trained = new HashSet<>();

        Accumulator(LocalDate asOf) {
            this.asOf = asOf;
        }

        @Override
        public void accept(EventEnvelope event) {
            roster.apply(event);
            if (event.payload() instanceof ClassOpened opened) {
                topicsOfClass.put(opened.trainingClass().id(), opened.trainingClass().topicIds());
            } else if (event.payload() instanceof CertificateIssued issued) {
                Set<String> topics = topicsOfClass.getOrDefault(issued.classId(), Set.of());
                if (topic == null || topics.contains(topic.id())) {
                    trained.add(issued.personId());
                }
            }
        }

        @Override
        public Map<String, IndicatorValue> result() {
            Map<String, long[]> byUnit = new HashMap<>();
            for (String personId : roster.officialIds()) {
                if (!roster.inServiceOn(personId, asOf)) {
                    continue;
                }
                OfficialLevel level = roster.levelAsOf(personId, asOf, units).orElse(null);
                String unit = roster.coverageUnitAsOf(personId, asOf, units).orElse(null);
                if (level == null || unit == null || (topic != null && !topic.targetLevels().contains(level))) {
                    continue;
                }
                long[] sums = byUnit.computeIfAbsent(unit, code -> new long[2]);
                sums[0] += trained.contains(personId) ? 1 : 0;
                sums[1]++;
            }
            Map<String, IndicatorValue> values = new HashMap<>();
            byUnit.forEach((unit, sums) -> values.put(unit, IndicatorValue.ratio(sums[0], sums[1])));
            return Map.copyOf(values);
        }
    }
}
