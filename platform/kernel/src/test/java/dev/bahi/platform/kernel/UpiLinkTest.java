package dev.bahi.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UpiLinkTest {

    @Test
    void a_link_carries_payee_amount_currency_reference_and_note_percent_encoded() {
        assertThat(UpiLink.of("sharmakirana@okicici", "Sharma Kirana", 57000L, "INV/25-26/000123", "Bill INV/25-26/000123"))
                .isEqualTo("upi://pay?pa=sharmakirana@okicici&pn=Sharma%20Kirana&am=570.00&cu=INR"
                        + "&tr=INV2526000123&tn=Bill%20INV%2F25-26%2F000123");
    }

    @Test
    void without_an_amount_the_payer_types_it() {
        assertThat(UpiLink.of("shop@okaxis", "Shop", null, null, null)).isEqualTo("upi://pay?pa=shop@okaxis&pn=Shop&cu=INR");
    }

    @Test
    void a_long_note_is_cut_to_fifty_characters() {
        String link = UpiLink.of("shop@okaxis", "Shop", 100L, null, "x".repeat(80));
        assertThat(link).endsWith("&tn=" + "x".repeat(50));
    }

    @Test
    void a_malformed_upi_id_is_refused() {
        assertThatThrownBy(() -> UpiLink.of("not a vpa", "Shop", 100L, null, null))
                .hasFieldOrPropertyWithValue("code", "UPI_ID_INVALID");
    }
}
