package dev.bahi.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndianNumbersTest {

    @ParameterizedTest(name = "{0} paise prints as {1}")
    @CsvSource(delimiter = '|', value = {
            "0            | 0.00",
            "5            | 0.05",
            "99           | 0.99",
            "100          | 1.00",
            "99999        | 999.99",
            "100000       | 1,000.00",
            "123400       | 1,234.00",
            "1082200      | 10,822.00",
            "10000000     | 1,00,000.00",
            "54286        | 542.86",
            "1234567850   | 1,23,45,678.50",
            "1000000000   | 1,00,00,000.00",
            "12345678900  | 12,34,56,789.00",
            "100000000000 | 1,00,00,00,000.00",
            "-123400      | -1,234.00",
            "-22          | -0.22",
            "-1234567850  | -1,23,45,678.50",
    })
    void groups_digits_in_lakh_and_crore(long paise, String expected) {
        assertThat(IndianNumbers.rupees(paise)).isEqualTo(expected);
    }

    @Test
    void groups_the_extremes_of_a_long_without_overflow() {
        assertThat(IndianNumbers.rupees(Long.MAX_VALUE)).isEqualTo("92,23,37,20,36,85,47,758.07");
        assertThat(IndianNumbers.rupees(Long.MIN_VALUE)).isEqualTo("-92,23,37,20,36,85,47,758.08");
    }

    @Test
    void spells_the_worked_example_of_the_facts_document() {
        assertThat(IndianNumbers.amountInWords(12345678_50L)).isEqualTo(
                "Rupees One Crore Twenty-Three Lakh Forty-Five Thousand Six Hundred Seventy-Eight and Fifty Paise Only");
    }

    @Test
    void spells_the_inter_state_example_payable() {
        assertThat(IndianNumbers.amountInWords(1082200)).isEqualTo("Rupees Ten Thousand Eight Hundred Twenty-Two Only");
    }

    @Test
    void spells_zero_and_paise_only_amounts() {
        assertThat(IndianNumbers.amountInWords(0)).isEqualTo("Rupees Zero Only");
        assertThat(IndianNumbers.amountInWords(5)).isEqualTo("Rupees Zero and Five Paise Only");
        assertThat(IndianNumbers.amountInWords(99)).isEqualTo("Rupees Zero and Ninety-Nine Paise Only");
    }

    @ParameterizedTest(name = "{0} rupees = {1}")
    @CsvSource(delimiter = '|', value = {
            "1          | One",
            "10         | Ten",
            "11         | Eleven",
            "19         | Nineteen",
            "20         | Twenty",
            "21         | Twenty-One",
            "45         | Forty-Five",
            "50         | Fifty",
            "78         | Seventy-Eight",
            "99         | Ninety-Nine",
            "100        | One Hundred",
            "101        | One Hundred One",
            "110        | One Hundred Ten",
            "119        | One Hundred Nineteen",
            "220        | Two Hundred Twenty",
            "999        | Nine Hundred Ninety-Nine",
            "1000       | One Thousand",
            "1001       | One Thousand One",
            "1010       | One Thousand Ten",
            "1100       | One Thousand One Hundred",
            "10822      | Ten Thousand Eight Hundred Twenty-Two",
            "99999      | Ninety-Nine Thousand Nine Hundred Ninety-Nine",
            "100000     | One Lakh",
            "100001     | One Lakh One",
            "150000     | One Lakh Fifty Thousand",
            "2500000    | Twenty-Five Lakh",
            "9999999    | Ninety-Nine Lakh Ninety-Nine Thousand Nine Hundred Ninety-Nine",
            "10000000   | One Crore",
            "10000001   | One Crore One",
            "12345678   | One Crore Twenty-Three Lakh Forty-Five Thousand Six Hundred Seventy-Eight",
            "990000000  | Ninety-Nine Crore",
            "1000000000 | One Hundred Crore",
            "1234567890 | One Hundred Twenty-Three Crore Forty-Five Lakh Sixty-Seven Thousand Eight Hundred Ninety",
            "10000000000 | One Thousand Crore",
            "100000000000000 | One Crore Crore",
    })
    void spells_whole_rupees_in_the_indian_system(long rupees, String words) {
        assertThat(IndianNumbers.amountInWords(rupees * 100)).isEqualTo("Rupees " + words + " Only");
    }

    @Test
    void hyphenates_every_number_from_twenty_one_to_ninety_nine_that_is_not_a_round_ten() {
        for (int n = 21; n <= 99; n++) {
            String words = IndianNumbers.words(n);
            if (n % 10 == 0) {
                assertThat(words).as("%d", n).doesNotContain("-").doesNotContain(" ");
            } else {
                assertThat(words).as("%d", n).matches("[A-Z][a-z]+-[A-Z][a-z]+");
            }
        }
    }

    @Test
    void spells_paise_with_their_own_words() {
        assertThat(IndianNumbers.amountInWords(10_001)).isEqualTo("Rupees One Hundred and One Paise Only");
        assertThat(IndianNumbers.amountInWords(57_014)).isEqualTo("Rupees Five Hundred Seventy and Fourteen Paise Only");
        assertThat(IndianNumbers.amountInWords(21_950)).isEqualTo("Rupees Two Hundred Nineteen and Fifty Paise Only");
    }

    @Test
    void spells_the_largest_long_without_overflow() {
        assertThat(IndianNumbers.amountInWords(Long.MAX_VALUE)).startsWith("Rupees Nine Hundred Twenty-Two Crore")
                .endsWith("Fifty-Eight and Seven Paise Only");
    }

    @Test
    void refuses_a_negative_amount() {
        assertThatThrownBy(() -> IndianNumbers.amountInWords(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
