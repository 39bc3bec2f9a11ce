package dev.bahi.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueValuesTest {

    @Test
    void money_is_kept_in_paise_and_shown_with_two_decimals() {
        assertThat(Money.paise("285")).isEqualTo(28500);
        assertThat(Money.paise("285.5")).isEqualTo(28550);
        assertThat(Money.paise(" 0.05 ")).isEqualTo(5);
        assertThat(Money.paise("1.500")).isEqualTo(150);
        assertThat(Money.format(123450)).isEqualTo("1234.50");
        assertThat(Money.format(-22)).isEqualTo("-0.22");
        assertThat(Money.paiseOrNull(" ")).isNull();
        assertThat(Money.times(new BigDecimal("0.250"), 6000)).isEqualTo(1500);
        assertThat(Money.times(new BigDecimal("0.333"), 100)).isEqualTo(33);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.234", "1e3x", "--1"})
    void money_with_more_than_paise_or_not_a_number_is_refused(String raw) {
        assertThatThrownBy(() -> Money.paise(raw)).isInstanceOf(RuleViolation.class)
                .extracting("code").isEqualTo("AMOUNT_INVALID");
    }

    @Test
    void negative_and_absurd_amounts_are_refused() {
        assertThatThrownBy(() -> Money.paise("-1")).extracting("code").isEqualTo("AMOUNT_NEGATIVE");
        assertThatThrownBy(() -> Money.paise("1e20")).extracting("code").isEqualTo("AMOUNT_TOO_LARGE");
        assertThatThrownBy(() -> Money.paise(null)).extracting("code").isEqualTo("AMOUNT_REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101", "110100", "11010000", "998599", "0902 10 10", "0902.10"})
    void hsn_codes_have_four_six_or_eight_digits_and_sac_six(String raw) {
        assertThat(HsnCode.parse(raw).code()).doesNotContain(" ", ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110", "11010", "1101000", "110100001", "11A1", "0012", "9985"})
    void malformed_hsn_codes_are_refused(String raw) {
        assertThatThrownBy(() -> HsnCode.parse(raw)).extracting("code").isEqualTo("HSN_INVALID");
    }

    @Test
    void sac_codes_are_services() {
        assertThat(HsnCode.parse("998599").isService()).isTrue();
        assertThat(HsnCode.parse("1101").isService()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.1", "0.25", "1.5", "3", "5", "12", "18", "28", "40", "5.00", "18%"})
    void the_gst_rates_the_law_knows_are_accepted(String raw) {
        assertThat(GstRate.parse(raw).percent().stripTrailingZeros())
                .isEqualByComparingTo(new BigDecimal(raw.replace("%", "")));
    }

    @Test
    void rates_print_the_way_the_portal_writes_them() {
        assertThat(GstRate.parse("5.00").toString()).isEqualTo("5");
        assertThat(GstRate.parse("0.250").toString()).isEqualTo("0.25");
        assertThat(GstRate.parse("0.0").toString()).isEqualTo("0");
        assertThat(GstRate.parse("5.0")).isEqualTo(GstRate.parse("5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "-5", "100", "abc", "17.5"})
    void other_rates_are_refused(String raw) {
        assertThatThrownBy(() -> GstRate.parse(raw)).extracting("code").isEqualTo("GST_RATE_INVALID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8901725133979", "036000291452", "96385074"})
    void ean13_upca_and_ean8_with_correct_check_digits_are_accepted(String raw) {
        assertThat(Barcode.parse(raw).code()).isEqualTo(raw);
    }

    @Test
    void a_wrong_check_digit_or_length_is_refused() {
        assertThatThrownBy(() -> Barcode.parse("8901725133970")).extracting("code").isEqualTo("BARCODE_CHECK_DIGIT");
        assertThatThrownBy(() -> Barcode.parse("890172513397")).extracting("code").isEqualTo("BARCODE_CHECK_DIGIT");
        assertThatThrownBy(() -> Barcode.parse("12345")).extracting("code").isEqualTo("BARCODE_INVALID");
        assertThatThrownBy(() -> Barcode.parse("89017251339AB")).extracting("code").isEqualTo("BARCODE_INVALID");
    }
}
