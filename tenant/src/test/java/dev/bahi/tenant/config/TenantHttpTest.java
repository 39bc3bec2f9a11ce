package dev.bahi.tenant.config;

import static dev.bahi.tenant.Shops.BENGALURU_GSTIN;
import static dev.bahi.tenant.Shops.sharmaKirana;
import static dev.bahi.tenant.Shops.unregisteredTeaStall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.security.AccessTokens;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.FindTenantStatus;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.RegisterTenant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The tenant context wired as the application wires it (runtime + tenant configuration, real Axon on the
 * embedded store, real tokens), driven through its HTTP routes. Proves the wiring, not the rules.
 */
@SpringBootTest(classes = TenantTestApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("tenant-test")
class TenantHttpTest {
    @Autowired
    private MockMvc http;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private AccessTokens tokens;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private QueryGateway queries;

    private String pune;
    private String lucknow;

    @BeforeEach
    void registerShops() {
        pune = register(sharmaKirana());
        lucknow = register(unregisteredTeaStall());
    }

    private String register(BusinessProfile profile) {
        String id = Ids.newId();
        commands.sendAndWait(new RegisterTenant(id, profile, RegisterTenant.Onboarding.SELF_SERVICE_SIGNUP));
        return id;
    }

    private String token(String tenantId, String role) {
        return tokens.issue("user-" + role, tenantId, List.of(role)).token();
    }

    private String admin() {
        return tokens.issue("admin", null, List.of(BahiPrincipal.PLATFORM_ADMIN)).token();
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void awaitInReadModel(String tenantId) throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline && http.perform(as(admin(), get("/api/v1/tenants/" + tenantId)))
                .andReturn().getResponse().getStatus() != 200) {
            Thread.sleep(50);
        }
    }

    @Test
    void every_role_of_a_shop_reads_its_own_shop_and_only_that() throws Exception {
        for (String role : List.of("OWNER", "MANAGER", "CASHIER", "ACCOUNTANT")) {
            http.perform(as(token(pune, role), get("/api/v1/tenant")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(pune))
                    .andExpect(jsonPath("$.name").value("Sharma Kirana Store"))
                    .andExpect(jsonPath("$.legalName").value("Sharma Traders"))
                    .andExpect(jsonPath("$.gstRegistration").value("REGULAR"))
                    .andExpect(jsonPath("$.gstin").value("27AAPFU0939F1ZV"))
                    .andExpect(jsonPath("$.stateCode").value("27"))
                    .andExpect(jsonPath("$.stateName").value("Maharashtra"))
                    .andExpect(jsonPath("$.address.city").value("Pune"))
                    .andExpect(jsonPath("$.address.pincode").value("411001"))
                    .andExpect(jsonPath("$.phone").value("+919812345678"))
                    .andExpect(jsonPath("$.upiId").value("sharmakirana@okicici"))
                    .andExpect(jsonPath("$.timeZone").value("Asia/Kolkata"))
                    .andExpect(jsonPath("$.invoicePrefix").value("INV"))
                    .andExpect(jsonPath("$.status").value("ACTIVE"))
                    .andExpect(jsonPath("$.registeredAt").isString())
                    .andExpect(jsonPath("$.updatedAt").isString());
        }
        http.perform(as(token(lucknow, "CASHIER"), get("/api/v1/tenant")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(lucknow))
                .andExpect(jsonPath("$.gstin").doesNotExist());
    }

    @Test
    void the_access_lookup_changes_with_the_command_and_the_read_model_is_rebuildable() {
        assertThat(processing.eventProcessor("tenant.access", SubscribingEventProcessor.class)).isPresent();
        assertThat(processing.eventProcessor("tenant.tenants", TrackingEventProcessor.class)).isPresent();
    }

    @Test
    void a_sender_of_a_bad_registration_gets_the_rule_violation_itself() {
        // Signup (identity) relies on this to report the field under "business".
        BusinessProfile wrongState = new BusinessProfile("Sharma Kirana Store", null,
                dev.bahi.tenant.api.GstRegistration.REGULAR, BENGALURU_GSTIN, "27", null, null, null, null, null, null);
        assertThatThrownBy(() -> commands.sendAndWait(new RegisterTenant(Ids.newId(), wrongState,
                RegisterTenant.Onboarding.PLATFORM_ADMIN)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.under("business").field())
                        .isEqualTo("business.gstin"));
    }

    @Test
    void the_routes_are_documented() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/tenant'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tenant'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tenants'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tenants/{id}/suspend'].post").exists())
                .andExpect(jsonPath("$.components.schemas.Shop.properties.gstin.example").value("27AAPFU0939F1ZV"));
    }

    @Test
    void without_a_token_the_shop_is_not_shown() throws Exception {
        http.perform(get("/api/v1/tenant")).andExpect(status().isUnauthorized());
    }

    @Test
    void the_owner_changes_the_profile_and_gets_the_changed_shop_back() throws Exception {
        http.perform(json(as(token(pune, "OWNER"), patch("/api/v1/tenant")),
                        "{\"upiId\":\"sharma.general@okhdfcbank\",\"phone\":\"99887 76655\",\"invoicePrefix\":\"sgs/\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(pune))
                .andExpect(jsonPath("$.upiId").value("sharma.general@okhdfcbank"))
                .andExpect(jsonPath("$.phone").value("+919988776655"))
                .andExpect(jsonPath("$.invoicePrefix").value("SGS/"))
                .andExpect(jsonPath("$.name").value("Sharma Kirana Store"));
    }

    @Test
    void a_profile_breaking_a_rule_is_refused_with_the_field_at_fault() throws Exception {
        http.perform(json(as(token(pune, "OWNER"), patch("/api/v1/tenant")), "{\"gstin\":\"" + BENGALURU_GSTIN + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("GSTIN_STATE_MISMATCH"))
                .andExpect(jsonPath("$.field").value("gstin"));
        http.perform(json(as(token(pune, "OWNER"), patch("/api/v1/tenant")), "{\"tenantId\":\"" + lucknow + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("UNKNOWN_FIELD"));
        http.perform(json(as(token(pune, "OWNER"), patch("/api/v1/tenant")), "{\"gstRegistration\":\"BIG\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_VALUE"));
    }

    @Test
    void only_the_owner_changes_the_profile() throws Exception {
        for (String role : List.of("MANAGER", "CASHIER", "ACCOUNTANT")) {
            http.perform(json(as(token(pune, role), patch("/api/v1/tenant")), "{\"upiId\":\"thief@okaxis\"}"))
                    .andExpect(status().isForbidden());
        }
        http.perform(as(token(pune, "OWNER"), get("/api/v1/tenant")))
                .andExpect(jsonPath("$.upiId").value("sharmakirana@okicici"));
    }

    @Test
    void shop_users_cannot_use_the_admin_routes() throws Exception {
        String owner = token(pune, "OWNER");
        http.perform(as(owner, get("/api/v1/tenants"))).andExpect(status().isForbidden());
        http.perform(as(owner, get("/api/v1/tenants/" + lucknow))).andExpect(status().isForbidden());
        http.perform(json(as(owner, post("/api/v1/tenants/" + lucknow + "/suspend")), "{\"reason\":\"rival\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_admin_lists_and_reads_every_shop() throws Exception {
        // Admin reads come from the tracking projection, which may not have seen the registrations yet.
        awaitInReadModel(pune);
        awaitInReadModel(lucknow);
        http.perform(as(admin(), get("/api/v1/tenants/" + pune)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(pune))
                .andExpect(jsonPath("$.stateName").value("Maharashtra"));
        http.perform(as(admin(), get("/api/v1/tenants").param("limit", "200")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(pune)))
                .andExpect(jsonPath("$.items[*].id", hasItem(lucknow)))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
        http.perform(as(admin(), get("/api/v1/tenants").param("limit", "1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.nextCursor").isString());
        http.perform(as(admin(), get("/api/v1/tenants").param("limit", "0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("LIMIT_INVALID"));
        http.perform(as(admin(), get("/api/v1/tenants/" + Ids.newId())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TENANT_NOT_FOUND"));
    }

    @Test
    void the_admin_has_no_shop_of_their_own() throws Exception {
        http.perform(as(admin(), get("/api/v1/tenant")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TENANT_NOT_FOUND"));
        http.perform(json(as(admin(), patch("/api/v1/tenant")), "{\"name\":\"Admin Mart\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_suspended_shops_tokens_stop_working_at_once_and_work_again_after_reactivation() throws Exception {
        String cashier = token(pune, "CASHIER");
        http.perform(as(cashier, get("/api/v1/tenant"))).andExpect(status().isOk());

        http.perform(json(as(admin(), post("/api/v1/tenants/" + pune + "/suspend")),
                        "{\"reason\":\"Subscription unpaid since October\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(pune))
                .andExpect(jsonPath("$.status").value("SUSPENDED"));

        http.perform(as(cashier, get("/api/v1/tenant")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("TENANT_SUSPENDED"));
        assertThat(queries.query(new FindTenantStatus(pune), ResponseTypes.instanceOf(TenantStatus.class)).join())
                .as("other contexts (login, refresh) see the suspension at once too")
                .isEqualTo(TenantStatus.SUSPENDED);
        http.perform(as(token(lucknow, "CASHIER"), get("/api/v1/tenant"))).andExpect(status().isOk());

        http.perform(json(as(admin(), post("/api/v1/tenants/" + pune + "/suspend")), "{\"reason\":\"again\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TENANT_ALREADY_SUSPENDED"));

        http.perform(as(admin(), post("/api/v1/tenants/" + pune + "/reactivate")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        http.perform(as(cashier, get("/api/v1/tenant"))).andExpect(status().isOk());
        assertThat(queries.query(new FindTenantStatus(pune), ResponseTypes.instanceOf(TenantStatus.class)).join())
                .isEqualTo(TenantStatus.ACTIVE);
        assertThat(queries.query(new FindTenantStatus(Ids.newId()), ResponseTypes.optionalInstanceOf(TenantStatus.class))
                .join()).isEmpty();

        http.perform(as(admin(), post("/api/v1/tenants/" + pune + "/reactivate")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TENANT_NOT_SUSPENDED"));
    }

    @Test
    void suspending_needs_a_reason_and_an_existing_shop() throws Exception {
        http.perform(json(as(admin(), post("/api/v1/tenants/" + pune + "/suspend")), "{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        http.perform(json(as(admin(), post("/api/v1/tenants/" + Ids.newId() + "/suspend")), "{\"reason\":\"unpaid\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TENANT_NOT_FOUND"));
        http.perform(as(admin(), post("/api/v1/tenants/" + Ids.newId() + "/reactivate")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TENANT_NOT_FOUND"))
                .andExpect(jsonPath("$.field").doesNotExist());
    }
}
