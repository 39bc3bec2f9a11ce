package dev.bahi.tenant.domain;

import static dev.bahi.tenant.Shops.PUNE_GSTIN;
import static dev.bahi.tenant.Shops.sharmaKirana;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.tenant.api.Address;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.GstRegistration;
import dev.bahi.tenant.api.UpdateTenantProfile.ProfileChanges;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessProfilePolicyTest {

    /** The Pune shop with one field replaced, as a person might type it. */
    private static BusinessProfile with(String field, Object value) {
        BusinessProfile p = sharmaKirana();
        return new BusinessProfile(
                field.equals("name") ? (String) value : p.name(),
                field.equals("legalName") ? (String) value : p.legalName(),
                field.equals("gstRegistration") ? (GstRegistration) value : p.gstRegistration(),
                field.equals("gstin") ? (String) value : p.gstin(),
                field.equals("stateCode") ? (String) value : p.stateCode(),
                field.equals("address") ? (Address) value : p.address(),
                field.equals("phone") ? (String) value : p.phone(),
                field.equals("email") ? (String) value : p.email(),
                field.equals("upiId") ? (String) value : p.upiId(),
                field.equals("timeZone") ? (String) value : p.timeZone(),
                field.equals("invoicePrefix") ? (String) value : p.invoicePrefix());
    }

    private static void assertViolation(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.field()).isEqualTo(field);
        });
    }

    private static ProfileChanges changes(String field, Object value) {
        return new ProfileChanges(
                field.equals("name") ? (String) value : null,
                field.equals("legalName") ? (String) value : null,
                field.equals("gstRegistration") ? (GstRegistration) value : null,
                field.equals("gstin") ? (String) value : null,
                field.equals("stateCode") ? (String) value : null,
                field.equals("address") ? (Address) value : null,
                field.equals("phone") ? (String) value : null,
                field.equals("email") ? (String) value : null,
                field.equals("upiId") ? (String) value : null,
                field.equals("timeZone") ? (String) value : null,
                field.equals("invoicePrefix") ? (String) value : null);
    }

    @Nested
    class Normalising {
        @Test
        void a_recorded_profile_is_left_as_it_is() {
            assertThat(BusinessProfilePolicy.normalise(sharmaKirana())).isEqualTo(sharmaKirana());
        }

        @Test
        void what_people_type_is_written_down_one_way() {
            BusinessProfile typed = new BusinessProfile("  Sharma Kirana Store ", " ", GstRegistration.COMPOSITION,
                    " 27aapfu0939f1zv", " 27 ", new Address(" 12 MG Road ", " ", " Pune ", " 411001 "),
                    "098123 45678", " OWNER@Sharma.Example", " sharmakirana@okicici ", " ", " sks/ ");

            BusinessProfile normalised = BusinessProfilePolicy.normalise(typed);

            assertThat(normalised).isEqualTo(new BusinessProfile("Sharma Kirana Store", "Sharma Kirana Store",
                    GstRegistration.COMPOSITION, PUNE_GSTIN, "27", new Address("12 MG Road", null, "Pune", "411001"),
                    "+919812345678", "owner@sharma.example", "sharmakirana@okicici", "Asia/Kolkata", "SKS/"));
        }

        @Test
        void a_profile_is_required() {
            assertViolation(() -> BusinessProfilePolicy.normalise(null), "PROFILE_REQUIRED", null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void a_name_is_required(String name) {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("name", name)), "NAME_REQUIRED", "name");
        }

        @Test
        void a_missing_name_is_refused() {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("name", null)), "NAME_REQUIRED", "name");
        }

        @Test
        void a_name_may_have_120_characters_but_not_more() {
            assertThat(BusinessProfilePolicy.normalise(with("name", "क".repeat(120))).name()).hasSize(120);
            assertViolation(() -> BusinessProfilePolicy.normalise(with("name", "a".repeat(121))), "NAME_TOO_LONG", "name");
        }

        @Test
        void a_legal_name_longer_than_120_characters_is_refused() {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("legalName", "a".repeat(121))),
                    "LEGAL_NAME_TOO_LONG", "legalName");
        }

        @Test
        void the_gst_registration_is_required() {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("gstRegistration", null)),
                    "GST_REGISTRATION_REQUIRED", "gstRegistration");
        }

        @ParameterizedTest
        @ValueSource(strings = {"27AAPFU0939F1ZX", "27AAPFU0939F1Z", "27-APFU0939F1ZV", "GSTIN"})
        void an_invalid_gstin_is_refused(String gstin) {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("gstin", gstin)), "GSTIN_INVALID", "gstin");
        }

        @Test
        void a_composition_shop_needs_a_gstin_too() {
            BusinessProfile composition = new BusinessProfile("Sharma Kirana Store", null, GstRegistration.COMPOSITION,
                    " ", "27", null, null, null, null, null, null);
            assertViolation(() -> BusinessProfilePolicy.normalise(composition), "GSTIN_REQUIRED", "gstin");
        }

        @Test
        void the_gstin_must_be_of_the_shops_state() {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("stateCode", "07")), "GSTIN_STATE_MISMATCH", "gstin");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "00", "7", "99", "MH"})
        void the_state_code_must_be_a_gst_state_code(String stateCode) {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("stateCode", stateCode)),
                    "STATE_CODE_INVALID", "stateCode");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "1234567", "011001", "41100A"})
        void a_pincode_is_six_digits_not_starting_with_zero(String pincode) {
            Address address = new Address("12 MG Road", null, "Pune", pincode);
            assertViolation(() -> BusinessProfilePolicy.normalise(with("address", address)),
                    "PINCODE_INVALID", "address.pincode");
        }

        @Test
        void an_address_without_pincode_is_refused() {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("address", new Address("12 MG Road", null,
                    "Pune", null))), "PINCODE_INVALID", "address.pincode");
        }

        @Test
        void the_address_is_optional() {
            assertThat(BusinessProfilePolicy.normalise(with("address", null)).address()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "+91 98123", "phone"})
        void an_invalid_phone_number_is_refused(String phone) {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("phone", phone)), "PHONE_INVALID", "phone");
        }

        @Test
        void an_invalid_email_is_refused() {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("email", "owner at sharma")), "EMAIL_INVALID", "email");
        }

        @ParameterizedTest
        @ValueSource(strings = {"sharmakirana", "s@okicici", "sharma kirana@okicici", "sharmakirana@ok1cici",
                "sharmakirana@okicici.com"})
        void an_invalid_upi_id_is_refused(String upiId) {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("upiId", upiId)), "UPI_ID_INVALID", "upiId");
        }

        @ParameterizedTest
        @ValueSource(strings = {"9812345678@paytm", "ravi.sharma-1@ybl", "Sharma_Kirana@OKSBI"})
        void usual_upi_ids_are_accepted(String upiId) {
            assertThat(BusinessProfilePolicy.normalise(with("upiId", upiId)).upiId()).isEqualTo(upiId);
        }

        @Test
        void the_time_zone_defaults_to_india_and_must_exist() {
            assertThat(BusinessProfilePolicy.normalise(with("timeZone", null)).timeZone()).isEqualTo("Asia/Kolkata");
            assertThat(BusinessProfilePolicy.normalise(with("timeZone", "Asia/Dubai")).timeZone()).isEqualTo("Asia/Dubai");
            assertViolation(() -> BusinessProfilePolicy.normalise(with("timeZone", "India/Pune")),
                    "TIME_ZONE_INVALID", "timeZone");
        }

        @Test
        void the_invoice_prefix_defaults_to_inv() {
            assertThat(BusinessProfilePolicy.normalise(with("invoicePrefix", null)).invoicePrefix()).isEqualTo("INV");
        }

        @ParameterizedTest
        @ValueSource(strings = {"INV 26", "INVOICE2026", "₹", "INV_"})
        void an_invoice_prefix_is_up_to_ten_letters_digits_dashes_or_slashes(String prefix) {
            assertViolation(() -> BusinessProfilePolicy.normalise(with("invoicePrefix", prefix)),
                    "INVOICE_PREFIX_INVALID", "invoicePrefix");
        }

        @Test
        void a_prefix_of_ten_allowed_characters_is_accepted() {
            assertThat(BusinessProfilePolicy.normalise(with("invoicePrefix", "SKS/26-27/")).invoicePrefix())
                    .isEqualTo("SKS/26-27/");
        }
    }

    @Nested
    class Merging {
        @Test
        void no_changes_leave_the_profile_as_it_is() {
            assertThat(BusinessProfilePolicy.merge(sharmaKirana(), null)).isEqualTo(sharmaKirana());
            assertThat(BusinessProfilePolicy.merge(sharmaKirana(), changes("none", null))).isEqualTo(sharmaKirana());
        }

        @Test
        void a_change_replaces_only_its_field() {
            BusinessProfile merged = BusinessProfilePolicy.merge(sharmaKirana(), changes("phone", "+91 99887 76655"));
            assertThat(merged).isEqualTo(with("phone", "+919988776655"));
        }

        @Test
        void an_empty_string_clears_an_optional_field() {
            assertThat(BusinessProfilePolicy.merge(sharmaKirana(), changes("upiId", "")).upiId()).isNull();
            assertThat(BusinessProfilePolicy.merge(sharmaKirana(), changes("email", " ")).email()).isNull();
            assertThat(BusinessProfilePolicy.merge(sharmaKirana(), changes("legalName", "")).legalName())
                    .isEqualTo("Sharma Kirana Store");
            assertThat(BusinessProfilePolicy.merge(with("invoicePrefix", "SKS"), changes("invoicePrefix", ""))
                    .invoicePrefix()).isEqualTo("INV");
        }

        @Test
        void the_address_is_replaced_whole() {
            Address laxmiRoad = new Address("Shop 4, Laxmi Road", null, "Pune", "411030");
            assertThat(BusinessProfilePolicy.merge(sharmaKirana(), changes("address", laxmiRoad)).address())
                    .isEqualTo(laxmiRoad);
        }

        @Test
        void an_empty_string_cannot_clear_a_required_field() {
            assertViolation(() -> BusinessProfilePolicy.merge(sharmaKirana(), changes("name", "")), "NAME_REQUIRED", "name");
            assertViolation(() -> BusinessProfilePolicy.merge(sharmaKirana(), changes("gstin", "")),
                    "GSTIN_REQUIRED", "gstin");
        }

        @Test
        void becoming_unregistered_drops_the_gstin() {
            BusinessProfile merged = BusinessProfilePolicy.merge(sharmaKirana(),
                    changes("gstRegistration", GstRegistration.UNREGISTERED));
            assertThat(merged.gstRegistration()).isEqualTo(GstRegistration.UNREGISTERED);
            assertThat(merged.gstin()).isNull();
        }

        @Test
        void becoming_unregistered_while_giving_a_gstin_is_refused() {
            ProfileChanges both = new ProfileChanges(null, null, GstRegistration.UNREGISTERED, PUNE_GSTIN, null, null,
                    null, null, null, null, null);
            assertViolation(() -> BusinessProfilePolicy.merge(sharmaKirana(), both), "GSTIN_NOT_ALLOWED", "gstin");
        }

        @Test
        void registering_under_gst_later_needs_a_gstin() {
            BusinessProfile stall = BusinessProfilePolicy.normalise(new BusinessProfile("Sharma Kirana Store", null,
                    GstRegistration.UNREGISTERED, null, "27", null, null, null, null, null, null));
            assertViolation(() -> BusinessProfilePolicy.merge(stall, changes("gstRegistration", GstRegistration.REGULAR)),
                    "GSTIN_REQUIRED", "gstin");
            assertThat(BusinessProfilePolicy.merge(stall, new ProfileChanges(null, null, GstRegistration.REGULAR,
                    PUNE_GSTIN, null, null, null, null, null, null, null)).gstin()).isEqualTo(PUNE_GSTIN);
        }

        @Test
        void the_merged_profile_is_validated_as_a_whole() {
            assertViolation(() -> BusinessProfilePolicy.merge(sharmaKirana(), changes("stateCode", "29")),
                    "GSTIN_STATE_MISMATCH", "gstin");
        }
    }
}
