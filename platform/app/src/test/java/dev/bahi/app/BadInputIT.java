package dev.bahi.app;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input is answered 4xx with problem details naming the code and the field, and writes nothing. */
class BadInputIT extends EndToEndTest {

    @Test
    void malformed_json_is_a_400() {
        assertProblem(api.postRaw("/api/v1/signup", null, "{\"business\": {"), 400, "MALFORMED_JSON");
    }

    @Test
    void unknown_fields_are_refused_by_name() {
        assertProblem(api.postRaw("/api/v1/auth/login", null, "{\"login\":\"a@b.in\",\"password\":\"x\",\"admin\":true}"),
                400, "UNKNOWN_FIELD", "admin");
    }

    @Test
    void missing_required_fields_name_the_field() {
        var body = Map.of("business", business("No Owner Stores"));
        assertProblem(api.post("/api/v1/signup", null, body), 400, "VALIDATION_FAILED", "owner");
        var noName = business("x");
        noName.remove("name");
        assertProblem(api.post("/api/v1/signup", null, Map.of("business", noName, "owner", owner(uniqueEmail("o")))),
                400, "VALIDATION_FAILED", "business.name");
    }

    @Test
    void a_value_of_the_wrong_kind_names_the_field() {
        var business = business("Enum Stores");
        business.put("gstRegistration", "SOMETIMES");
        assertProblem(api.post("/api/v1/signup", null, Map.of("business", business, "owner", owner(uniqueEmail("o")))),
                400, "INVALID_VALUE", "business.gstRegistration");
    }

    @Test
    void gst_rules_are_enforced_on_signup_and_nothing_is_written() {
        String email = uniqueEmail("gst");
        var wrongCheck = business("Check Stores");
        wrongCheck.put("gstin", "27AAPFU0939F1ZW");
        assertProblem(api.post("/api/v1/signup", null, Map.of("business", wrongCheck, "owner", owner(email))),
                400, "GSTIN_INVALID", "business.gstin");

        var otherState = business("State Stores");
        otherState.put("gstin", KARNATAKA_GSTIN);
        assertProblem(api.post("/api/v1/signup", null, Map.of("business", otherState, "owner", owner(email))),
                400, "GSTIN_STATE_MISMATCH", "business.gstin");

        var missing = business("Missing Stores");
        missing.remove("gstin");
        assertProblem(api.post("/api/v1/signup", null, Map.of("business", missing, "owner", owner(email))),
                400, "GSTIN_REQUIRED", "business.gstin");

        // none of the refused signups left a user behind
        assertProblem(login(email, PASSWORD), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void an_unregistered_shop_signs_up_without_a_gstin() {
        var business = business("Chhota Kirana");
        business.put("gstRegistration", "UNREGISTERED");
        business.remove("gstin");
        signUp(business, uniqueEmail("chhota"));
    }

    @Test
    void weak_passwords_and_bad_contacts_are_refused_before_anything_is_written() {
        var weak = owner(uniqueEmail("weak"));
        weak.put("password", "12345678");
        assertProblem(api.post("/api/v1/signup", null, Map.of("business", business("Weak"), "owner", weak)),
                400, "PASSWORD_TOO_WEAK", "owner.password");
        var shortPassword = owner(uniqueEmail("short"));
        shortPassword.put("password", "abc");
        assertProblem(api.post("/api/v1/signup", null, Map.of("business", business("Short"), "owner", shortPassword)),
                400, "PASSWORD_TOO_SHORT", "owner.password");
        var badPhone = owner(null);
        badPhone.remove("email");
        badPhone.put("phone", "12345");
        assertProblem(api.post("/api/v1/signup", null, Map.of("business", business("Phone"), "owner", badPhone)),
                400, "PHONE_INVALID", "owner.phone");
        var badEmail = owner("not-an-email");
        assertProblem(api.post("/api/v1/signup", null, Map.of("business", business("Mail"), "owner", badEmail)),
                400, "EMAIL_INVALID", "owner.email");
    }

    @Test
    void paging_parameters_are_checked() {
        Shop shop = signUp("Paging Input Stores");
        assertProblem(api.get("/api/v1/users?limit=0", shop.accessToken()), 400, "LIMIT_INVALID", "limit");
        assertProblem(api.get("/api/v1/users?limit=abc", shop.accessToken()), 400, "INVALID_VALUE", "limit");
        assertProblem(api.get("/api/v1/users?cursor=!!!", shop.accessToken()), 400, "CURSOR_INVALID", "cursor");
    }

    @Test
    void login_input_is_checked() {
        assertProblem(api.post("/api/v1/auth/login", null, Map.of("login", "", "password", "x")),
                400, "VALIDATION_FAILED", "login");
        assertProblem(api.post("/api/v1/auth/login", null, Map.of("login", "12", "password", "x")),
                400, "PHONE_INVALID", "login");
        assertProblem(api.post("/api/v1/auth/refresh", null, Map.of()), 400, "VALIDATION_FAILED", "refreshToken");
    }

    @Test
    void unknown_routes_and_wrong_methods_are_problems_too() {
        Shop shop = signUp("Route Stores");
        assertProblem(api.get("/api/v1/no-such-thing", shop.accessToken()), 404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/auth/login", null), 401, "UNAUTHENTICATED");
        assertProblem(api.patch("/api/v1/users/me/devices", shop.accessToken(), Map.of()), 405, "METHOD_NOT_ALLOWED");
    }
}
