package dev.bahi.payments.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpiRequestServiceTest {

    @Test
    void a_reference_is_bahi_and_the_random_end_of_the_id_in_capitals() {
        assertThat(UpiRequestService.reference("0193a5c3-0000-7000-8000-8f3a2c9d1e0b")).isEqualTo("BAHI8F3A2C9D1E0B");
    }
}
