package dev.bahi.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GstinTest {

    @ParameterizedTest
    @ValueSource(strings = {"27AAPFU0939F1ZV", "29AAGCB7383J1Z4"})
    void accepts_the_worked_examples(String value) {
        Gstin gstin = Gstin.parse(value);
        assertThat(gstin.stateCode().code()).isEqualTo(value.substring(0, 2));
        assertThat(gstin.pan()).isEqualTo(value.substring(2, 12));
    }

    @Test
    void forgives_blanks_and_lower_case() {
        assertThat(Gstin.parse(" 27aapfu0939f1zv ").value()).isEqualTo("27AAPFU0939F1ZV");
    }

    @ParameterizedTest
    @ValueSource(strings = {"27AAPFU0939F1ZW", "27AAPFU0939F1Z", "99AAPFU0939F1ZV", "27AAPFU0939F0ZV", "", "27 APFU0939F1ZV"})
    void rejects_wrong_check_character_format_or_state(String value) {
        assertThatThrownBy(() -> Gstin.parse(value))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).code()).isEqualTo("GSTIN_INVALID");
    }

    @Test
    void check_character_follows_the_mod_36_rule() {
        assertThat(Gstin.checkCharacter("27AAPFU0939F1Z")).isEqualTo('V');
        assertThat(Gstin.checkCharacter("29AAGCB7383J1Z")).isEqualTo('4');
    }
}
