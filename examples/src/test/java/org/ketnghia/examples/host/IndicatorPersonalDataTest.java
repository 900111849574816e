package org.ketnghia.examples.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.examples.guice.ExamplesInjector;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.programme.ProgrammeModels;

/**
 * Which indicators of the host and of every model rest on personal data ({@link IndicatorSource#readsPersonalData()}),
 * and so are not available in a national roll-up of an encrypted ledger read without its key: pinned, so that a new
 * indicator is classified on purpose.
 */
class IndicatorPersonalDataTest {

    private static final Path EXAMPLES = Path.of("src/main/resources/org/ketnghia/examples");

    @Test
    void acrossTheHostAndEveryModel_onlyTheEthnicShareOfTraineesAndHouseholdMembersAtClassesRestOnPersonalData() {
        Set<String> models = new TreeSet<>();
        Set<String> restingOnPersonalData = new TreeSet<>();
        int sources = 0;
        for (Path plan : List.of(EXAMPLES.resolve("quang-nam-2021.json"),
                EXAMPLES.resolve("provinces/kon-tum/programme-2022.json"))) {
            ProgrammeFile file = ProgrammeFile.read(plan);
            ProvinceData province = ProvinceData.resolve(file, Optional.empty(), Optional.empty());
            KetnghiaRuntime runtime = ExamplesInjector.runtime(ProgrammeHost.clockOf(file.plan()), null,
                    ProgrammeHost.unitsOf(file, province.units()), ProgrammeModels.of(file, province));
            List<IndicatorSource> all = new ArrayList<>(ProgrammeReports.hostSources());
            for (PilotModel model : runtime.models()) {
                models.add(model.id());
                all.addAll(model.indicatorSources(runtime.context()));
            }
            for (IndicatorSource source : all) {
                sources++;
                if (source.readsPersonalData()) {
                    restingOnPersonalData.add(source.definition().id());
                }
            }
        }

        assertThat(models).contains("livestock", "training", "startup", "village", "clean-water");
        assertThat(sources).isGreaterThan(100);
        assertThat(restingOnPersonalData).containsExactly("training.ethnic-minority-share",
                "training.household-participants");
    }
}
