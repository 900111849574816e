package org.ketnghia.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanonicalSetsTest {

    record Group(String id, Set<String> members) {
    }

    private final ObjectMapper mapper = KetnghiaJson.newObjectMapper();

    @Test
    void sets_areWrittenSorted_whateverTheirOrderInMemory() throws Exception {
        Set<String> shuffled = new LinkedHashSet<>(List.of("HN-09", "HN-01", "HN-05", "HN-02"));
        String json = mapper.writeValueAsString(new Group("g", shuffled));
        assertThat(json).contains("[\"HN-01\",\"HN-02\",\"HN-05\",\"HN-09\"]");
        assertThat(mapper.writeValueAsString(new Group("g", Set.copyOf(shuffled)))).isEqualTo(json);
    }

    @Test
    void sets_areReadBackInTheirWrittenOrder_soTheBytesRoundTrip() throws Exception {
        String json = "{\"id\":\"g\",\"members\":[\"a\",\"c\",\"b\"]}";
        Group group = mapper.readValue(json, Group.class);
        assertThat(group.members()).isInstanceOf(LinkedHashSet.class).containsExactly("a", "c", "b");
        Group canonical = mapper.readValue(mapper.writeValueAsString(group), Group.class);
        assertThat(mapper.writeValueAsString(canonical)).isEqualTo(mapper.writeValueAsString(group));
    }

    @Test
    void setsOfNonComparableValues_keepTheirOrder() throws Exception {
        record Point(int x) {
        }
        Set<Point> points = new LinkedHashSet<>(List.of(new Point(2), new Point(1)));
        assertThat(mapper.writeValueAsString(points)).isEqualTo("[{\"x\":2},{\"x\":1}]");
    }
}
