# syntax=docker/dockerfile:1
# Hey Seven's container: built with the Maven wrapper on a JDK, run on a JRE 25 (virtual threads no
# longer pin their carrier inside synchronized there) as a non-root user.
#   docker build --build-arg COMMIT=$(git rev-parse --short HEAD) -t heyseven:$(git rev-parse --short HEAD) .
# Both bases are pinned by the digest of their multi-platform index (docker-library/repo-info,
# eclipse-temurin 25.0.4+7, September 2026), so a build never takes a base nobody reviewed. To move
# on: `docker buildx imagetools inspect eclipse-temurin:25-jdk` (and :25-jre), put the new index
# digests here, and let the pipeline (deploy/cloudbuild.yaml) test the image before it ships.
ARG BUILD_IMAGE=eclipse-temurin:25-jdk@sha256:dcf835e52330939b6c9f90ecab8aafcbcaa8fbf48423db44de884cf978c10144
ARG RUN_IMAGE=eclipse-temurin:25-jre@sha256:15090d159279e5c158473eccb48cd87f57b3e3a47511a797eb5a7a7ea6f86b0f

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY . .
ARG COMMIT=unknown
# the commit is stamped into the jar's manifest; /health reports it
RUN ./mvnw -B -ntp -q package -DskipTests -Dheyseven.commit="${COMMIT}" -pl app -am

FROM ${RUN_IMAGE}
RUN groupadd --system --gid 10001 heyseven \
 && useradd --system --uid 10001 --gid heyseven --no-create-home --shell /usr/sbin/nologin heyseven
WORKDIR /app
COPY --from=build --chown=root:root /src/app/target/heyseven.jar /app/heyseven.jar
# the build's SBOM (CycloneDX) of that jar, so the image says what it runs
COPY --from=build --chown=root:root /src/app/target/heyseven-sbom.json /app/heyseven-sbom.json
USER 10001:10001
# the embedding model's tokenizer unpacks its native library here (the root file system may be read-only)
ENV HEYSEVEN_PROFILE=prod \
    HEYSEVEN_HOST=0.0.0.0 \
    HEYSEVEN_PORT=8080 \
    HEYSEVEN_LOG_FORMAT=json \
    DJL_CACHE_DIR=/tmp/djl
EXPOSE 8080
# exec form: java is PID 1 and gets SIGTERM itself (the drain); the heap follows the container's memory limit;
# generational ZGC (JDK 25), whose pauses stay under a millisecond (see ./heyseven and benchmarks/README.md)
ENTRYPOINT ["java", "-XX:+UseZGC", "-XX:MaxRAMPercentage=70", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/heyseven.jar"]
