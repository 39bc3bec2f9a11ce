package dev.bahi.platform.runtime;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Every {@code bahi.*} setting, with the defaults a new shop owner trying Bahi gets. */
@ConfigurationProperties("bahi")
public record BahiProperties(
        Path dataDir,
        Mongo mongo,
        Axon axon,
        Jwt jwt,
        Signup signup,
        Admin admin,
        boolean demo) {

    public BahiProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        mongo = mongo == null ? new Mongo(null, false) : mongo;
        axon = axon == null ? new Axon(100) : axon;
        jwt = jwt == null ? new Jwt(null, null, null, null) : jwt;
        signup = signup == null ? new Signup(true) : signup;
        admin = admin == null ? new Admin(null, null) : admin;
    }

    /** {@code uri}: a MongoDB connection string; without one the embedded store starts. */
    public record Mongo(String uri, boolean embeddedInMemory) {
    }

    /** {@code snapshotThreshold}: events after which an aggregate is snapshotted. */
    public record Axon(int snapshotThreshold) {
        public Axon {
            snapshotThreshold = snapshotThreshold <= 0 ? 100 : snapshotThreshold;
        }
    }

    /** {@code signingJwk}: private EC JWK (JSON); without it a key is generated once in the data directory. */
    public record Jwt(String issuer, String signingJwk, Duration accessTokenTtl, Duration refreshTokenTtl) {
        public Jwt {
            issuer = issuer == null || issuer.isBlank() ? "bahi" : issuer;
            accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
            refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        }
    }

    public record Signup(boolean enabled) {
    }

    /** The platform administrator; without both values no administrator exists. */
    public record Admin(String email, String password) {
        public boolean configured() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }
    }
}
