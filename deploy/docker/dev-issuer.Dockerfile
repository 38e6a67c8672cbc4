# syntax=docker/dockerfile:1
# The dev token issuer (demo users, JWKS): for docker compose and the dev overlay only, never production.
#   docker build -f deploy/docker/dev-issuer.Dockerfile -t headcount/dev-issuer:0.1.0 .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -pl test-support -am package -DskipTests \
 && ./mvnw -B -ntp -pl test-support dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=/app/lib \
 && cp test-support/target/test-support-*.jar /app/lib/

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 headcount && useradd --system --uid 10001 --gid headcount headcount
WORKDIR /app
COPY --from=build /app/lib/ ./lib/
USER 10001:10001
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75" PORT=8090
EXPOSE 8090
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -cp '/app/lib/*' io.headcount.testsupport.DevIssuerMain"]
