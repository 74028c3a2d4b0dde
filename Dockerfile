# CapConduit API host: build with the SDK, run on the smaller ASP.NET runtime as a non-root user.
# Commands: serve (default), migrate, seed — e.g. `docker run IMAGE migrate`.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so the package restore is cached until they change.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Persistence/CapConduit.Persistence.csproj src/Persistence/
COPY src/Telephony/CapConduit.Telephony.csproj src/Telephony/
COPY src/GraphQL/CapConduit.Api.csproj src/GraphQL/
RUN dotnet restore src/GraphQL/CapConduit.Api.csproj
COPY src/ src/
RUN dotnet publish src/GraphQL/CapConduit.Api.csproj -c Release --no-restore -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only serves the health check below.
RUN apt-get update \
  && apt-get install -y --no-install-recommends curl \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# APP_UID is the unprivileged "app" user that the .NET images define.
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD curl --fail --silent --max-time 2 http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["dotnet", "CapConduit.Api.dll"]
CMD ["serve"]
