package dev.bahi.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginTest {

    @ParameterizedTest
    @ValueSource(strings = {"9812345678", "+91 98123 45678", "+919812345678", "098123 45678"})
    void indian_mobile_numbers_normalise_to_e164(String typed) {
        assertThat(Login.parse(typed).value()).isEqualTo("+919812345678");
    }

    @Test
    void emails_are_trimmed_and_lower_cased() {
        assertThat(Login.parse("  Ravi@Sharma.Example ").value()).isEqualTo("ravi@sharma.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "not a phone", "ravi@", " "})
    void nonsense_is_refused(String typed) {
        assertThatThrownBy(() -> Login.parse(typed)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void ids_are_version_7_uuids_in_time_order() {
        Set<String> seen = new HashSet<>();
        String previous = Ids.uuid7(1_000).toString();
        for (int i = 0; i < 1000; i++) {
            String id = Ids.uuid7(2_000 + i).toString();
            assertThat(UUID.fromString(id).version()).isEqualTo(7);
            assertThat(id).isGreaterThan(previous);
            assertThat(Ids.isId(id)).isTrue();
            assertThat(seen.add(id)).isTrue();
            previous = id;
        }
        assertThat(Ids.isId("not-an-id")).isFalse();
    }

    @Test
    void state_codes_know_their_names() {
        assertThat(StateCode.of("27").stateName()).isEqualTo("Maharashtra");
        assertThatThrownBy(() -> StateCode.of("00")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void optional_contacts_normalise_or_stay_absent() {
        assertThat(PhoneNumber.normalised("98123 45678")).isEqualTo("+919812345678");
        assertThat(EmailAddress.normalised(" Ravi@Sharma.Example")).isEqualTo("ravi@sharma.example");
        assertThat(PhoneNumber.normalised(" ")).isNull();
        assertThat(EmailAddress.normalised(null)).isNull();
    }

    @Test
    void a_violation_is_reported_against_the_field_it_came_from() {
        assertThatThrownBy(() -> RuleViolation.at("owner.phone", () -> PhoneNumber.normalised("12")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("PHONE_INVALID");
                    assertThat(e.field()).isEqualTo("owner.phone");
                });
        assertThatThrownBy(() -> RuleViolation.at("business", () -> {
            throw new RuleViolation("GSTIN_INVALID", "gstin", "bad");
        })).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("business.gstin"));
        assertThat(RuleViolation.at("x", () -> "fine")).isEqualTo("fine");
    }
}
