# Builds and runs Keel in production mode. Used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
COPY frontend frontend
RUN ./mvnw -B -q clean package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --home /app keel
WORKDIR /app
COPY --from=build /src/target/keel-*.jar /app/keel.jar
USER keel
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/keel.jar"]
