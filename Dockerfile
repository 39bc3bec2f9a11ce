# syntax=docker/dockerfile:1
#
# Bahi: multi-stage image. Build: docker build -t bahi:0.1.0 .
# Run (embedded store in the /data volume, one instance only):
#   docker run -p 8080:8080 -v bahi-data:/data bahi:0.1.0
# Run against MongoDB (any number of instances; see docs/deployment.md):
#   docker run -p 8080:8080 -e MONGODB_URI=mongodb://... -e BAHI_JWT_SIGNINGJWK="$(cat jwk.json)" bahi:0.1.0
# NOTE: written without a container engine at hand; see docs/deployment.md for what was and was not verified.

############################ build: JDK 17 + the Maven wrapper ############################
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src

# The Maven wrapper checks the SHA-256 of the .zip distribution named in .mvn/wrapper; without unzip it would fetch
# the .tar.gz instead and fail that check, so unzip is installed.
RUN apt-get update \
    && apt-get install -y --no-install-recommends unzip \
    && rm -rf /var/lib/apt/lists/*

COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY platform/ platform/
COPY tenant/ tenant/
COPY identity/ identity/
COPY inventory/ inventory/
COPY sales/ sales/
COPY payments/ payments/
COPY query-projections/ query-projections/
COPY notifications/ notifications/

# Tests run in CI (./mvnw -B verify), not in the image build. Maven and the local repository live in a BuildKit
# cache mount, so rebuilds after a source change download nothing.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -q -DskipTests package -pl platform/app -am \
    && cp platform/app/target/bahi.jar /bahi.jar

############################ runtime: JRE 17, non-root ############################
FROM eclipse-temurin:17-jre AS runtime

ARG UID=10001
RUN groupadd --system --gid ${UID} bahi \
    && useradd --system --uid ${UID} --gid bahi --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin bahi \
    && mkdir -p /app /data \
    && chown bahi:bahi /data

COPY --from=build --chown=root:root --chmod=0444 /bahi.jar /app/bahi.jar

# BAHI_DATA_DIR: the embedded store and the development signing key when no MONGODB_URI / BAHI_JWT_SIGNINGJWK is set.
# JAVA_TOOL_OPTIONS: heap from the container's memory limit, die (and be restarted) on OutOfMemoryError, temp in /tmp.
# Replace JAVA_TOOL_OPTIONS as a whole to tune the JVM.
ENV BAHI_DATA_DIR=/data \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp -Dfile.encoding=UTF-8"

VOLUME ["/data"]
WORKDIR /app
USER ${UID}:${UID}
EXPOSE 8080

# No HEALTHCHECK: the JRE image has no curl/wget and none is added for it; Kubernetes probes
# /actuator/health/liveness and /actuator/health/readiness over HTTP (deploy/k8s), as can any orchestrator.

# The Spring Boot fat jar. The standalone embedded store (EmbeddedStoreMain) is in the same jar:
#   docker run --entrypoint java -v bahi-store:/data bahi:0.1.0 -cp /app/bahi.jar \
#       -Dloader.main=dev.bahi.platform.runtime.embedded.EmbeddedStoreMain \
#       org.springframework.boot.loader.launch.PropertiesLauncher --data-dir=/data --host=0.0.0.0 --port=27017
ENTRYPOINT ["java", "-jar", "/app/bahi.jar"]
