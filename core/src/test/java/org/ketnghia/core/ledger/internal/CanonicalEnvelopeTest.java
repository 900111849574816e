package org.ketnghia.core.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.recordItem;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.privacy.InMemorySubjectKeyStore;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.testing.demo.DemoModel;

/**
 * {@link CanonicalEnvelope} reads what {@link EventEnvelopeJson.Reader} reads from the same text, or declines: on
 * every form the writer gives (actors with and without scopes, programmes, sealed payloads) and on many thousand
 * texts mutated at random, the Reader being the oracle. It never bypasses a host's own readers.
 */
class CanonicalEnvelopeTest {

    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
            .addModel(new DemoModel()).clock(Fixtures.CLOCK).build();
    private final ObjectMapper mapper = runtime.objectMapper();

    private static List<Actor> actors() {
        return List.of(Actor.system("ban-dan-toc-tinh"),
                Actor.forUnit("ubnd-a-xan", "UBND xã A Xan", ActorRole.COMMUNE_COMMITTEE, "QNA.TAY-GIANG.A-XAN"),
                Actor.forSponsor("so-tai-chinh", "Sở Tài chính", "so-tai-chinh"),
                new Actor("kiem-toan", "Kiểm toán nhà nước", ActorRole.AUDITOR, Optional.of("QNA"), Optional.of("ktnn")),
                Actor.forUnit("ubnd-a-tieng", "UBND xã \"A Tiêng\"", ActorRole.COMMUNE_COMMITTEE, "QNA.TAY-GIANG.A-XAN"));
    }

    private List<String> writtenEnvelopes() {
        List<EventEnvelope> recorded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            recorded.addAll(runtime.ledger().submit(recordItem(Fixtures.PROVINCE, "QNA.TAY-GIANG.A-XAN",
                    LocalDate.of(2024, 3, 1 + i), "bo-0" + i, i + 1)));
        }
        EventCodec codec = new EventCodec(mapper);
        List<String> texts = new ArrayList<>();
        for (EventEnvelope event : recorded) {
            for (Actor actor : actors()) {
                for (Optional<String> programme : List.of(Optional.<String>empty(), Optional.of("quang-nam-2024"))) {
                    texts.add(codec.write(new EventEnvelope(event.sequence() * 1_000_003L, event.occurredOn(),
                            event.recordedAt().plusNanos(1_000_000L * event.sequence()), actor, event.unitCode(), programme,
                            event.payload(), event.previousHash(), event.hash())));
                }
            }
        }
        return texts;
    }

    @Test
    void everyEnvelopeTheWriterWrites_isReadAsTheReaderReadsIt_orDeclinedWhenItHoldsAnEscape() throws Exception {
        CanonicalEnvelope canonical = CanonicalEnvelope.forMapper(mapper, reader(), null).orElseThrow();
        int read = 0;
        for (String text : writtenEnvelopes()) {
            Optional<EventEnvelope> fast = canonical.read(text);
            assertThat(fast.isPresent()).as(text).isEqualTo(!text.contains("\\"));
            if (fast.isPresent()) {
                read++;
                assertThat(fast.get()).isEqualTo(reader().readValue(text));
            }
        }
        assertThat(read).isGreaterThanOrEqualTo(24);
    }

    @Test
    void textsMutatedAtRandom_areReadAsTheReaderReadsThem_orDeclined() throws Exception {
        CanonicalEnvelope canonical = CanonicalEnvelope.forMapper(mapper, reader(), null).orElseThrow();
        List<String> texts = writtenEnvelopes();
        Random random = new Random(20261207);
        String alphabet = "\"\\{}[],:0123456789-. aZn\u0001ễ";
        int readByBoth = 0;
        int declined = 0;
        for (int round = 0; round < 30_000; round++) {
            String text = mutate(texts.get(random.nextInt(texts.size())), random, alphabet);
            Optional<EventEnvelope> fast = canonical.read(text);
            EventEnvelope oracle;
            try {
                oracle = reader().readValue(text);
            } catch (IOException | RuntimeException unreadable) {
                assertThat(fast).as(text).isEmpty();
                continue;
            }
            if (fast.isPresent()) {
                readByBoth++;
                assertThat(fast.get()).as(text).isEqualTo(oracle);
            } else {
                declined++;
            }
        }
        assertThat(readByBoth).isGreaterThan(1_000);
        assertThat(declined).isGreaterThan(100);
    }

    @Test
    void formsOtherThanTheWritersOwn_areLeftToTheReader() throws Exception {
        CanonicalEnvelope canonical = CanonicalEnvelope.forMapper(mapper, reader(), null).orElseThrow();
        String text = writtenEnvelopes().get(0);
        assertThat(canonical.read(text)).isPresent();
        List<String> others = List.of(
                text.replace("\"sequence\":", "\"sequence\": "),
                text.replace(",\"hash\":", ", \"hash\":"),
                text + " ",
                text.replace("{\"sequence\":", "{\"x\":1,\"sequence\":"),
                text.replaceFirst("\"sequence\":(\\d+)", "\"sequence\":0$1"),
                text.replaceFirst("\"sequence\":(\\d+)", "\"sequence\":1234567890123456789"),
                text.replaceFirst("\"previousHash\":\"(\\w+)\"", "\"previousHash\":\"a\\\\u0062\""),
                text.replace(",\"previousHash\":", ",\"x\":{},\"previousHash\":"));
        for (String other : others) {
            assertThat(canonical.read(other)).as(other).isEmpty();
        }
        assertThat(reader().<EventEnvelope>readValue(others.get(0)))
                .isEqualTo(reader().<EventEnvelope>readValue(text));
    }

    @Test
    void aHostsOwnDateReader_isNeverBypassed() throws Exception {
        ObjectMapper host = mapper.copy().registerModule(new SimpleModule("host-dates")
                .addDeserializer(LocalDate.class, new JsonDeserializer<LocalDate>() {
                    @Override
                    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        return LocalDate.parse(parser.getText()).plusDays(1);
                    }
                }));
        String text = writtenEnvelopes().get(0);
        LocalDate written = reader().<EventEnvelope>readValue(text).occurredOn();

        assertThat(CanonicalEnvelope.forMapper(host, host.readerFor(EventEnvelope.class), null)).isEmpty();
        ObjectMapper unwrapping = mapper.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature.UNWRAP_ROOT_VALUE);
        assertThat(CanonicalEnvelope.forMapper(unwrapping, unwrapping.readerFor(EventEnvelope.class), null)).isEmpty();
        assertThat(new EventCodec(unwrapping).read("{\"EventEnvelope\":" + text + "}")).isEqualTo(new EventCodec(mapper).read(text));
        assertThat(new EventCodec(host).read(text).occurredOn()).isEqualTo(written.plusDays(1));
        assertThat(new EventCodec(mapper).read(text).occurredOn()).isEqualTo(written);
    }

    @Test
    void sealedPayloads_areRevealedAsTheReaderRevealsThem_andKeptAsStored() throws Exception {
        SubjectKeys keys = SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore());
        PayloadProtection protection = PayloadProtection.withKeys(keys);
        KetnghiaRuntime sealing = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).personalDataProtection(protection).build();
        for (int i = 0; i < 20; i++) {
            sealing.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                    .occurredOn(LocalDate.of(2024, 3, 1)).householdId("HN-" + i).villageCode(A_UR).ethnicity("Cơ Tu")
                    .addMembers(HouseholdMember.builder().fullName("Alăng Văn " + i).sex(Sex.MALE).birthYear(1960 + i)
                            .relation(HouseholdRelation.HEAD).idNumber("0491710000" + (10 + i)).build())
                    .build());
            sealing.ledger().submit(RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                    .occurredOn(LocalDate.of(2024, 12, 10)).householdId("HN-" + i).year(2025)
                    .category(PovertyCategory.POOR).basis("Quyết định 12/QĐ-UBND").build());
        }
        ObjectMapper sealingMapper = sealing.objectMapper();
        ObjectReader envelopes = sealingMapper.readerFor(EventEnvelope.class)
                .withAttribute(PayloadProtection.ATTRIBUTE, protection);
        CanonicalEnvelope canonical = CanonicalEnvelope.forMapper(sealingMapper, envelopes, protection).orElseThrow();
        CanonicalEnvelope withoutKeys = CanonicalEnvelope.forMapper(sealingMapper, envelopes, null).orElseThrow();
        EventCodec codec = new EventCodec(sealingMapper, protection);
        int sealed = 0;
        for (EventEnvelope event : sealing.ledger().store().readAll()) {
            String text = codec.write(event);
            EventEnvelope oracle = envelopes.withAttribute(EventEnvelopeJson.SOURCE, EventEnvelopeJson.Source.of(text))
                    .readValue(text);
            Optional<EventEnvelope> fast = canonical.read(text);
            assertThat(fast).as(text).contains(oracle);
            if (PayloadProtection.holdsProtectedFields(text)) {
                sealed++;
                assertThat(fast.get().recordedPayload().orElseThrow().json())
                        .isEqualTo(event.recordedPayload().orElseThrow().json());
                assertThat(withoutKeys.read(text)).isEmpty(); // the Reader says the keys were not given
            }
        }
        assertThat(sealed).isEqualTo(20);
    }

    private ObjectReader reader() {
        return mapper.readerFor(EventEnvelope.class);
    }

    /** One to three random edits: a character removed, replaced or inserted, or a stretch repeated. */
    private static String mutate(String text, Random random, String alphabet) {
        StringBuilder mutated = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(mutated.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(4)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.setCharAt(at, c);
                case 2 -> mutated.insert(at, c);
                default -> {
                    int to = Math.min(mutated.length(), at + 1 + random.nextInt(12));
                    mutated.insert(to, mutated.substring(at, to));
                }
            }
        }
        return mutated.toString();
    }
}
