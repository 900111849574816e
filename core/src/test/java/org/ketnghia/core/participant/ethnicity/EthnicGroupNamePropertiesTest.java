package org.ketnghia.core.participant.ethnicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EthnicGroupNamePropertiesTest {

    private static final EthnicGroupCatalogue GROUPS = EthnicGroupCatalogue.official();

    @Property
    void everyNameFindsItsGroup_whateverTheCaseAndDiacritics(
            @ForAll("namesWithCodes") Map.Entry<String, String> nameAndCode, @ForAll("spellings") Spelling spelling) {
        String written = spelling.apply(nameAndCode.getKey());

        assertThat(GROUPS.byName(written)).map(EthnicGroup::code).contains(nameAndCode.getValue());
    }

    @Property
    void byCode_findsEveryGroupByItsOwnCode(@ForAll("groups") EthnicGroup group) {
        assertThat(GROUPS.byCode(group.code())).contains(group);
    }

    @Provide
    Arbitrary<Map.Entry<String, String>> namesWithCodes() {
        List<Map.Entry<String, String>> names = new ArrayList<>();
        for (EthnicGroup group : GROUPS.all()) {
            names.add(Map.entry(group.nameVi(), group.code()));
            names.add(Map.entry(group.nameEn(), group.code()));
            group.otherNames().forEach(name -> names.add(Map.entry(name, group.code())));
        }
        return Arbitraries.of(names);
    }

    @Provide
    Arbitrary<EthnicGroup> groups() {
        return Arbitraries.of(GROUPS.all());
    }

    @Provide
    Arbitrary<Spelling> spellings() {
        return Arbitraries.of(Spelling.values());
    }

    /** Ways officials write the same name on a form. */
    enum Spelling {
        AS_LISTED {
            @Override
            String apply(String name) {
                return name;
            }
        },
        UPPER_CASE {
            @Override
            String apply(String name) {
                return name.toUpperCase(Locale.ROOT);
            }
        },
        WITHOUT_DIACRITICS {
            @Override
            String apply(String name) {
                return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                        .replace('đ', 'd').replace('Đ', 'D');
            }
        },
        HYPHENATED {
            @Override
            String apply(String name) {
                return name.replace(' ', '-');
            }
        },
        PADDED_WITH_SPACES {
            @Override
            String apply(String name) {
                return "  " + name.replace(" ", "  ") + " ";
            }
        },
        COMPOSED_DIFFERENTLY {
            @Override
            String apply(String name) {
                return Normalizer.normalize(name, Normalizer.Form.NFD);
            }
        };

        abstract String apply(String name);
    }
}
