using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;

namespace CccdPlatform.Biometrics.Extensions;

public static class BiometricsServiceExtensions
{
    public const string DatabaseConnectionName = "biometricsdb";

    public static IHostApplicationBuilder AddBiometricsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<BiometricsDbContext, PostgreSqlBiometricsDbContext, SqlServerBiometricsDbContext>(DatabaseConnectionName);
        builder.AddMessaging<BiometricsDbContext>();
        builder.Services.AddDefaultOpenApi();
        return builder;
    }
}
