# dockerlings as an image, built the way the course teaches: named stages, pinned bases, the
# dependencies built before the sources are copied, and a small final stage that runs as a
# user other than root.
#
#   docker build -t dockerlings .
#   docker run --rm -v /var/run/docker.sock:/var/run/docker.sock \
#     --group-add "$(stat -c %g /var/run/docker.sock)" -v "$PWD":/work dockerlings check-all
#
# tests/fixtures/self-image grades this file with dockerlings' own checks.

# The final stage's C library must be at least the builder's: both stages are Debian 13
# (trixie); change DEBIAN and the runtime's cc-debian<N> together.
ARG RUST=1.97
ARG DEBIAN=trixie

FROM rust:${RUST}-slim-${DEBIAN} AS deps
WORKDIR /src
# Only the manifests, and a stand-in main: the dependencies compiled here are reused until
# Cargo.toml or Cargo.lock change, whatever happens to the sources.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src \
 && echo 'fn main() {}' > src/main.rs \
 && echo 'fn main() {}' > build.rs \
 && cargo build --release --locked \
 && rm -rf src build.rs target/release/deps/dockerlings-* target/release/.fingerprint/dockerlings-*

FROM deps AS build
COPY build.rs ./
COPY lessons ./lessons
COPY exercises ./exercises
COPY src ./src
RUN cargo build --release --locked \
 && cp target/release/dockerlings /usr/local/bin/dockerlings

# glibc and libgcc, nothing else: no shell, no package manager.
FROM gcr.io/distroless/cc-debian13:nonroot AS runtime
COPY --from=build /usr/local/bin/dockerlings /usr/local/bin/dockerlings
WORKDIR /work
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/dockerlings"]
CMD ["check-all"]
