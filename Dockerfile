# syntax=docker/dockerfile:1
# One image per Spring Boot application of the repository:
#   docker build --build-arg APP=candidate-service -t headcount/candidate-service:0.1.0 .
# APP: gateway | candidate-service | interview-service | offer-service | webhook-service | insights-service.
# The dev token issuer has its own file (deploy/docker/dev-issuer.Dockerfile). Build stage: the Maven wrapper builds
# the app's layered jar; runtime stage: a JRE, the jar's layers (dependencies first, so a code change rebuilds one
# thin layer), a non-root user.

FROM eclipse-temurin:17-jdk AS build
ARG APP
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -pl ${APP} -am package -DskipTests \
 && java -Djarmode=tools -jar ${APP}/target/${APP}-*-exec.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 headcount && useradd --system --uid 10001 --gid headcount headcount
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
# container-aware heap; JAVA_TOOL_OPTIONS set at run time is added by the JVM on top of these
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    TMPDIR=/tmp
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS org.springframework.boot.loader.launch.JarLauncher"]
