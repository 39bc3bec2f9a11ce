package dev.bahi.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final String EMAIL = "asha@sharma.example";
    private static final String PHONE = "+919812345678";

    private static void refused(String password, String code, String... logins) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "owner.password", logins))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo(code);
                    assertThat(v.field()).isEqualTo("owner.password");
                });
    }

    @Test
    void a_good_passphrase_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check("chai and samosa at four", "password", EMAIL, PHONE))
                .doesNotThrowAnyException();
    }

    @Test
    void eight_characters_are_enough_and_128_are_the_most() {
        assertThatCode(() -> PasswordPolicy.check("k7#pQ2!z", "password", EMAIL)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("ab".repeat(64), "password", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void a_password_of_seven_characters_is_too_short() {
        refused("k7#pQ2!", "PASSWORD_TOO_SHORT");
    }

    @Test
    void a_missing_password_is_too_short() {
        refused(null, "PASSWORD_TOO_SHORT");
    }

    @Test
    void a_password_of_129_characters_is_too_long() {
        refused("ab".repeat(64) + "c", "PASSWORD_TOO_LONG");
    }

    @Test
    void one_character_repeated_is_too_weak() {
        refused("zzzzzzzzzz", "PASSWORD_TOO_WEAK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PassWord1", "12345678", "qwertyuiop", "Password@123", "india123"})
    void a_password_every_guesser_tries_first_is_too_weak(String password) {
        refused(password, "PASSWORD_TOO_WEAK");
    }

    @Test
    void the_email_login_itself_is_too_weak_whatever_its_case() {
        refused("Asha@Sharma.Example", "PASSWORD_TOO_WEAK", EMAIL, PHONE);
    }

    @Test
    void the_phone_login_itself_is_too_weak() {
        refused(PHONE, "PASSWORD_TOO_WEAK", null, PHONE);
    }

    @Test
    void a_password_merely_containing_the_login_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check(EMAIL + " rocks", "password", EMAIL, PHONE))
                .doesNotThrowAnyException();
    }
}
