package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;

/**
 * A key backup's master key is checked before anything is restored ({@link SubjectKeyBackup#checkMasterKey}), on the
 * keys recorded on 6 December 2026 ({@link EncryptedFixture}): their own master key unwraps every one, any other is
 * refused naming the first subject, and a key wrapped by another master key among them is found too.
 */
class SubjectKeyBackupTest {

    private final List<SubjectKeyStore.Entry> recorded = SubjectKeyBackup.read(EncryptedFixture.open("ledger.jsonl.keys"),
            "ledger.jsonl.keys");

    @Test
    void theRecordedKeys_areUnwrappedByTheirMasterKey() {
        assertThat(recorded).extracting(SubjectKeyStore.Entry::subject).containsExactly("household:HN-101",
                "household:HN-102", "household:HN-103", "ledger-snapshots/1");

        assertThatCode(() -> SubjectKeyBackup.checkMasterKey(recorded, EncryptedFixture.masterKey()))
                .doesNotThrowAnyException();
    }

    @Test
    void anotherMasterKey_isRefused_namingTheFirstSubjectWithAKey() {
        assertThatThrownBy(() -> SubjectKeyBackup.checkMasterKey(recorded, MasterKey.generate()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_MASTER_KEY_WRONG);
                    assertThat(e.field()).isEqualTo("masterKey");
                    assertThat(e.problems().get(0).arguments()).containsExactly("household:HN-101");
                });
    }

    @Test
    void aKeyWrappedByAnotherMasterKey_amongTheRecordedOnes_isFound() {
        MasterKey other = MasterKey.generate();
        List<SubjectKeyStore.Entry> mixed = new ArrayList<>(recorded);
        mixed.add(new SubjectKeyStore.Entry("household:HN-104", java.util.Optional.of(
                other.wrap("household:HN-104", new byte[32]))));

        assertThatThrownBy(() -> SubjectKeyBackup.checkMasterKey(mixed, EncryptedFixture.masterKey()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_MASTER_KEY_WRONG);
                    assertThat(e.problems().get(0).arguments()).containsExactly("household:HN-104");
                });
    }

    @Test
    void erasedSubjectsHaveNoKeyToUnwrap() {
        List<SubjectKeyStore.Entry> erasedOnly = recorded.stream().filter(SubjectKeyStore.Entry::erased).toList();

        assertThat(erasedOnly).hasSize(2);
        assertThatCode(() -> SubjectKeyBackup.checkMasterKey(erasedOnly, MasterKey.generate())).doesNotThrowAnyException();
    }
}
