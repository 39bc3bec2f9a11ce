package dev.bahi.platform.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.AccessRefused;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links that work without a token until they expire: an HMAC over the path and the expiry. */
class SignedLinksTest {
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    private static final String PATH = "/api/v1/sales/0193a5c4-0000-7000-8000-000000000001/invoice/pdf";
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A signed link taken apart: its path and its two query parameters. */
    record Link(String path, String expires, String signature) {
        static Link of(String signed) {
            int at = signed.lastIndexOf("?expires=") >= 0 ? signed.lastIndexOf("?expires=")
                    : signed.lastIndexOf("&expires=");
            String path = signed.substring(0, at);
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : signed.substring(at + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv[1]);
            }
            assertThat(query).containsOnlyKeys("expires", "signature");
            return new Link(path, query.get("expires"), query.get("signature"));
        }
    }

    private final MutableClock clock = new MutableClock(NOW);
    private final SignedLinks links = new SignedLinks(SECRET, clock);

    private static void assertRefused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AccessRefused.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(AccessRefused.Kind.FORBIDDEN);
        });
    }

    @Test
    void a_signed_path_verifies() {
        String signed = links.sign(PATH, Duration.ofMinutes(30));

        Link link = Link.of(signed);
        assertThat(signed).startsWith(PATH + "?expires=");
        assertThat(link.path()).isEqualTo(PATH);
        assertThat(link.expires()).isEqualTo(String.valueOf(NOW.plus(Duration.ofMinutes(30)).getEpochSecond()));
        assertThat(link.signature()).matches("^[A-Za-z0-9_-]{43}$");
        assertThatCode(() -> links.verify(link.path(), link.expires(), link.signature())).doesNotThrowAnyException();
    }

    @Test
    void the_same_path_and_expiry_always_get_the_same_signature() {
        Link first = Link.of(links.sign(PATH, Duration.ofMinutes(30)));
        Link again = Link.of(new SignedLinks(SECRET.clone(), Clock.fixed(NOW, ZoneOffset.UTC))
                .sign(PATH, Duration.ofMinutes(30)));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void a_changed_path_is_refused() {
        Link link = Link.of(links.sign(PATH, Duration.ofMinutes(30)));

        for (String other : new String[] {PATH.replace("000001", "000002"), PATH + "/", PATH.toUpperCase(),
                PATH.substring(1), PATH + "?layout=A4", "", PATH + "\n" + link.expires()}) {
            assertRefused(() -> links.verify(other, link.expires(), link.signature()), "LINK_INVALID");
        }
    }

    @Test
    void a_changed_expiry_is_refused() {
        Link link = Link.of(links.sign(PATH, Duration.ofMinutes(30)));
        long expires = Long.parseLong(link.expires());

        for (String other : new String[] {String.valueOf(expires + 1), String.valueOf(expires - 1),
                String.valueOf(expires + 86_400L * 365), " " + expires, "", "soon", null,
                "99999999999999999999"}) {
            assertRefused(() -> links.verify(link.path(), other, link.signature()), "LINK_INVALID");
        }
    }

    @Test
    void a_changed_signature_is_refused() {
        Link link = Link.of(links.sign(PATH, Duration.ofMinutes(30)));
        String signature = link.signature();
        char flipped = signature.charAt(0) == 'A' ? 'B' : 'A';

        for (String other : new String[] {flipped + signature.substring(1), signature.substring(1),
                signature + "A", signature + "=", signature.toLowerCase(), "", null,
                Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32])}) {
            assertRefused(() -> links.verify(link.path(), link.expires(), other), "LINK_INVALID");
        }
    }

    @Test
    void a_link_signed_with_another_secret_is_refused() {
        byte[] otherSecret = SECRET.clone();
        otherSecret[0] ^= 1;
        Link link = Link.of(new SignedLinks(otherSecret, clock).sign(PATH, Duration.ofMinutes(30)));

        assertRefused(() -> links.verify(link.path(), link.expires(), link.signature()), "LINK_INVALID");
    }

    @Test
    void a_link_works_until_its_expiry_and_is_refused_after_it() {
        Link link = Link.of(links.sign(PATH, Duration.ofMinutes(30)));

        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThatCode(() -> links.verify(link.path(), link.expires(), link.signature())).doesNotThrowAnyException();
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> links.verify(link.path(), link.expires(), link.signature()))
                .as("at the very second of expiry").doesNotThrowAnyException();
        clock.advance(Duration.ofMillis(1));
        assertRefused(() -> links.verify(link.path(), link.expires(), link.signature()), "LINK_EXPIRED");
        clock.advance(Duration.ofDays(30));
        assertRefused(() -> links.verify(link.path(), link.expires(), link.signature()), "LINK_EXPIRED");
    }

    @Test
    void a_tampered_expired_link_is_invalid_rather_than_expired() {
        Link link = Link.of(links.sign(PATH, Duration.ofMinutes(30)));
        clock.advance(Duration.ofHours(1));

        assertRefused(() -> links.verify(link.path(), String.valueOf(Long.parseLong(link.expires()) + 7200),
                link.signature()), "LINK_INVALID");
    }

    @Test
    void a_secret_shorter_than_32_bytes_is_refused() {
        assertThatThrownBy(() -> new SignedLinks(Arrays.copyOf(SECRET, 31), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedLinks(new byte[0], clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new SignedLinks(new byte[32], clock)).doesNotThrowAnyException();
        assertThatCode(() -> new SignedLinks(new byte[64], clock)).doesNotThrowAnyException();
    }

    @Test
    void the_secret_is_copied_so_changing_the_callers_array_changes_nothing() {
        byte[] secret = SECRET.clone();
        SignedLinks mine = new SignedLinks(secret, clock);
        Link link = Link.of(mine.sign(PATH, Duration.ofMinutes(30)));

        Arrays.fill(secret, (byte) 0);

        assertThatCode(() -> mine.verify(link.path(), link.expires(), link.signature())).doesNotThrowAnyException();
    }

    @Test
    void signing_a_path_with_a_query_appends_with_an_ampersand() {
        String withQuery = PATH + "?layout=THERMAL";

        String signed = links.sign(withQuery, Duration.ofMinutes(30));

        assertThat(signed).startsWith(withQuery + "&expires=").doesNotContain("?expires=");
        assertThat(signed.chars().filter(c -> c == '?').count()).isEqualTo(1);
        Link link = Link.of(signed);
        assertThat(link.path()).isEqualTo(withQuery);
        assertThatCode(() -> links.verify(withQuery, link.expires(), link.signature())).doesNotThrowAnyException();
        assertRefused(() -> links.verify(PATH, link.expires(), link.signature()), "LINK_INVALID");
        assertRefused(() -> links.verify(PATH + "?layout=A4", link.expires(), link.signature()), "LINK_INVALID");
    }
}
