# Build: JDK 25 for Maven, and npm to fetch Node 24 for the Vaadin front-end build (see pom.xml, bootstrap-node).
FROM node:24-bookworm AS build
COPY --from=eclipse-temurin:25-jdk /opt/java/openjdk /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk PATH=/opt/java/openjdk/bin:$PATH
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -DexcludeGroupIds=org.waypoint || true
COPY frontend frontend
COPY src src
RUN ./mvnw -B -q package -DskipTests

# Run: JRE 25 only, as an unprivileged user. Use the postgres profile in production.
FROM eclipse-temurin:25-jre
RUN groupadd --system waypoint && useradd --system --gid waypoint --home /app waypoint
WORKDIR /app
COPY --from=build /src/target/waypoint.jar /app/waypoint.jar
RUN mkdir -p /app/data && chown -R waypoint:waypoint /app
USER waypoint
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/waypoint.jar"]
