package org.ketnghia.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.simulation.LedgerOrigin;

/** The mark of a simulated ledger on data files: present and readable when simulated, no byte changed when recorded. */
class SimulationMarksTest {

    private static final Optional<String> SIMULATED = Optional.of(LedgerOrigin.MARK);
    private static final Optional<String> RECORDED = Optional.empty();

    @Test
    void aRecordedLedgersFiles_areLeftByteForByte() {
        String csv = "\uFEFFSTT,Họ tên\n1,Nguyễn Thị Ưng\n";
        String json = "{\n  \"a\" : 1.10\n}";

        assertThat(SimulationMarks.csv(csv, RECORDED)).isSameAs(csv);
        assertThat(SimulationMarks.text("Danh sách\n", RECORDED)).isEqualTo("Danh sách\n");
        assertThat(SimulationMarks.json(json, RECORDED)).isSameAs(json);
    }

    @Test
    void aMarkedCsv_startsWithTheMarkLine_afterTheByteOrderMark_andKeepsEveryRow() {
        String marked = SimulationMarks.csv("\uFEFFSTT,Họ tên\n1,Nguyễn Thị Ưng\n", SIMULATED);

        assertThat(marked).startsWith("\uFEFF# MÔ PHỎNG — SIMULATED, NOT FOR POSTING\nSTT,Họ tên\n")
                .endsWith("1,Nguyễn Thị Ưng\n");
        assertThat(SimulationMarks.csv("a,b\n", SIMULATED)).isEqualTo("# " + LedgerOrigin.MARK + "\na,b\n");
    }

    @Test
    void aMarkedJsonObject_saysSimulatedFirst_andKeepsEveryOtherByte() throws Exception {
        String json = "{\n  \"period\" : \"2021\",\n  \"value\" : 1.10\n}";

        String marked = SimulationMarks.json(json, SIMULATED);

        JsonNode tree = new ObjectMapper().readTree(marked);
        assertThat(tree.fieldNames()).toIterable().containsExactly("simulated", "simulationMark", "period", "value");
        assertThat(tree.get("simulated").booleanValue()).isTrue();
        assertThat(tree.get("simulationMark").textValue()).isEqualTo(LedgerOrigin.MARK);
        assertThat(marked).endsWith("\"value\" : 1.10\n}");
        assertThat(SimulationMarks.json("{}", SIMULATED)).contains("\"simulated\" : true");
        assertThat(new ObjectMapper().readTree(SimulationMarks.json("{ }", SIMULATED)).size()).isEqualTo(2);
        assertThat(SimulationMarks.json("[1, 2]", SIMULATED)).isEqualTo("[1, 2]");
    }

    @Test
    void aMarkedText_isFramedByTheMark_onItsFirstAndLastLines() {
        String marked = SimulationMarks.text("DANH SÁCH\n1. Hộ A\n", SIMULATED);

        assertThat(marked.lines().findFirst()).contains("*** " + LedgerOrigin.MARK + " ***");
        assertThat(marked.lines().reduce((first, second) -> second)).contains("*** " + LedgerOrigin.MARK + " ***");
        assertThat(marked).contains("DANH SÁCH\n1. Hộ A\n");
    }

    @Test
    void aMarkedManifest_putsTheMarkFirst_andReplacesAStaleOne() {
        ObjectNode manifest = new ObjectMapper().createObjectNode().put("events", 12).put("simulated", false);

        ObjectNode marked = SimulationMarks.marked(manifest, SIMULATED);

        assertThat(marked.fieldNames()).toIterable().containsExactly("simulated", "simulationMark", "events");
        assertThat(marked.get("simulated").booleanValue()).isTrue();
        assertThat(SimulationMarks.marked(manifest, RECORDED)).isSameAs(manifest);
    }
}
