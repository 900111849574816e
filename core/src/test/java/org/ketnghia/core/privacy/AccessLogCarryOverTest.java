package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.error.KetnghiaException;

/** The recorded JSON Lines log ({@link AccessLogFixture}) carried over to another store, as a host moving it would. */
class AccessLogCarryOverTest {

    @TempDir
    Path folder;

    @Test
    void theRecordedFile_isCarriedOverAsItWas_andTheChainGoesOnInTheNewStore() throws Exception {
        JsonLinesAccessLogStore file = JsonLinesAccessLogStore.open(AccessLogFixture.copyInto(folder));
        InMemoryAccessLogStore table = new InMemoryAccessLogStore();

        assertThat(AccessLogCarryOver.carryOver(file, table)).isEqualTo(5);
        assertThat(AccessLogCarryOver.carryOver(file, table)).as("again: nothing new").isZero();

        assertThat(table.entries()).isEqualTo(file.entries());
        AccessLog log = AccessLog.storedIn(table);
        AccessLogEntry next = log.append(Instant.parse("2026-12-07T03:00:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE",
                "QNA.TAY-GIANG.A-XAN", "household:HN-004", "rà soát hộ cận nghèo");
        assertThat(next.sequence()).isEqualTo(6);
        assertThat(next.previousHash()).isEqualTo(file.entries().get(4).hash());
        assertThat(log.verify()).isEmpty();
        assertThat(AccessLogCarryOver.carryOver(file, table)).as("the new store runs ahead of the file").isZero();
    }

    @Test
    void anEntryAlteredInTheFile_isCarriedOverAsItIs_andStillFoundAtItsSequence() throws Exception {
        Path copy = AccessLogFixture.copyInto(folder);
        Files.writeString(copy, Files.readString(copy).replace("thẩm định hồ sơ", "xem cho biết"));
        InMemoryAccessLogStore table = new InMemoryAccessLogStore();

        AccessLogCarryOver.carryOver(JsonLinesAccessLogStore.open(copy), table);

        assertThat(AccessLog.storedIn(table).verify()).contains(3L);
    }

    @Test
    void aLineRemovedFromTheFile_orAnotherLogInTheNewStore_isRefused_namingTheSequence() throws Exception {
        Path copy = AccessLogFixture.copyInto(folder);
        List<String> lines = new ArrayList<>(Files.readAllLines(copy));
        lines.remove(1);
        Files.write(copy, lines);
        InMemoryAccessLogStore table = new InMemoryAccessLogStore();

        assertThatThrownBy(() -> AccessLogCarryOver.carryOver(JsonLinesAccessLogStore.open(copy), table))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED);
                    assertThat(e.getMessage()).contains("entry 2");
                });
        assertThat(table.entries()).hasSize(1);

        InMemoryAccessLogStore another = new InMemoryAccessLogStore();
        AccessLog.storedIn(another).append(Instant.parse("2026-12-07T03:00:00Z"), "ubnd-tinh", "PROVINCIAL_COMMITTEE",
                "QNA", "person:CB-001", "kiểm tra");
        assertThatThrownBy(() -> AccessLogCarryOver.carryOver(JsonLinesAccessLogStore.open(AccessLogFixture.copyInto(
                Files.createDirectories(folder.resolve("whole")))), another)).isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED));
        assertThat(another.entries()).hasSize(1);
    }
}
