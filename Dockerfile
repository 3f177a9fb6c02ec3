# Builds and runs Keel in production mode. Used by docker-compose.yml.
# JDK 25 for its ahead-of-time cache (JEP 483/514/515); the choices below are measured in docs/performance.md.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
COPY frontend frontend
RUN ./mvnw -B -q clean package -DskipTests \
 && java -Djarmode=tools -jar target/keel-*.jar extract --destination /app \
 && mv /app/keel-*.jar /app/keel.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app keel
WORKDIR /app
# Spring Boot's extracted layout (keel.jar + lib/): the AOT cache needs classes in plain jar files.
COPY --from=build /app /app
# A small studio's server: G1 with a heap of 32–384 MiB that it gives back when it is not needed (low heap-free
# ratios; Keel runs one full collection when ready, so start-up's garbage is returned at once; periodic collections
# return idle heap later), enough for several hundred people signed in at once (about 0.2 MiB of heap per signed-in
# person). Measured: start-up 14.3 → 6.8 s, idle RSS 523 → 343 MiB (docs/performance.md). A bigger installation sets
# its own, e.g. JDK_JAVA_OPTIONS="-XX:+UseG1GC -Xmx2g" (the AOT cache is then used only where it matches).
ENV JDK_JAVA_OPTIONS="-XX:+UseG1GC -Xms32m -Xmx384m -Xss512k -XX:G1PeriodicGCInterval=15000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10"
# Training run: starts the application context once (no database is needed: Liquibase and Hibernate's schema check are
# off for it, Hibernate is told the dialect) and stores the classes it loaded and linked, so every later start skips
# that work. It runs with the JVM options above (the cache must match the collector it is used with).
RUN KEEL_PUBLIC_URL=https://training.invalid java -XX:AOTCacheOutput=/app/keel.aot \
      -Dspring.context.exit=onRefresh -Dspring.profiles.active=prod \
      -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:1/training -Dspring.liquibase.enabled=false \
      -Dspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect -Dspring.jpa.hibernate.ddl-auto=none \
      -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false -jar /app/keel.jar
USER keel
ENV SPRING_PROFILES_ACTIVE=prod
# glibc's per-thread malloc arenas cost tens of MiB of resident memory and buy nothing for Keel.
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/keel.aot", "-jar", "/app/keel.jar"]
