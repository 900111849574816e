package org.ketnghia.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.twinning.TwinningRegistry;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding snippets compile and do what the README says. */
class ReadmeSnippetsTest {

    @TempDir
    Path temp;

    @Test
    void guiceSnippet_recordsASponsor() {
        Ledger ledger = ReadmeSnippets.withGuice(Fixtures.CLOCK).getInstance(Ledger.class);

        assertThat(ledger.lastSequence()).isOne();
        boolean known = ledger.read(TwinningRegistry.class, registry -> registry.sponsor("so-tai-chinh").isPresent());
        assertThat(known).isTrue();
    }

    @Test
    void plainJavaSnippet_installsTheFourConfiguredModels_andDiscoversTheThirdPartyOne() {
        KetnghiaRuntime runtime = ReadmeSnippets.plainJava(Fixtures.CLOCK);

        // the testing kit on the class path registers nothing for discovery: only the clean-water model is found
        assertThat(runtime.models()).extracting(PilotModel::id)
                .containsExactly("livestock", "startup", "training", "village", "clean-water");
    }

    @Test
    void plainJavaAndGuice_giveTheSameRuntime() {
        KetnghiaRuntime plain = ReadmeSnippets.plainJava(Fixtures.CLOCK);
        KetnghiaRuntime guice = ReadmeSnippets.withGuice(Fixtures.CLOCK).getInstance(KetnghiaRuntime.class);

        assertThat(guice.models()).isEqualTo(plain.models());
        assertThat(guice.jsonTypes().types().keySet()).isEqualTo(plain.jsonTypes().types().keySet());
        assertThat(guice.features()).extracting(feature -> feature.getClass().getName())
                .isEqualTo(plain.features().stream().map(feature -> feature.getClass().getName()).toList());
    }

    @Test
    void durableSnippet_keepsEventsAcrossRestarts() {
        KetnghiaRuntime first = ReadmeSnippets.durable(temp, Fixtures.CLOCK);
        assertThat(first.ledger().lastSequence()).isZero();
        assertThat(first.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void budgetSnippet_givesTheNineBillionOfTheShippedPlan() throws Exception {
        JsonNode plan;
        try (InputStream in = getClass().getResourceAsStream(ProgrammeFile.SHIPPED_RESOURCE)) {
            plan = KetnghiaJson.newObjectMapper().readTree(in);
        }
        KetnghiaRuntime runtime = ReadmeSnippets.plainJava(Fixtures.CLOCK);

        assertThat(ReadmeSnippets.livestockBudget(runtime, plan.at("/models/livestock")).total())
                .isEqualTo(Money.ofDong(9_000_000_000L));
    }
}
