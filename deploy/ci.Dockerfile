# The machine deploy/cloudbuild.yaml tests on: what .ci/run expects (a JDK >= 21, redis-server,
# curl, Debian's Chromium and its driver, Google's Firestore emulator), nothing downloaded by the
# tests themselves. Bases pinned by the digest of their multi-platform index.
#   docker build -f deploy/ci.Dockerfile -t heyseven-ci .
FROM debian:trixie-slim@sha256:a29215f6a35e51e22adffa17f89e9d2ef06214e64a2bad10d765c46aea49f11f
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates curl gnupg git python3 redis-server chromium chromium-driver \
 && curl -fsSL https://packages.cloud.google.com/apt/doc/apt-key.gpg | gpg --dearmor -o /usr/share/keyrings/cloud.google.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/cloud.google.gpg] https://packages.cloud.google.com/apt cloud-sdk main" \
      > /etc/apt/sources.list.d/google-cloud-sdk.list \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends google-cloud-cli-firestore-emulator \
 && rm -rf /var/lib/apt/lists/*
# the JDK of the image's build stage (Temurin 25), so tests and image build on the same Java
COPY --from=eclipse-temurin:25-jdk@sha256:dcf835e52330939b6c9f90ecab8aafcbcaa8fbf48423db44de884cf978c10144 /opt/java/openjdk /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk \
    PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
