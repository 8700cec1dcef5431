using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;

namespace CccdPlatform.EIdentification.Extensions;

public static class EIdentificationServiceExtensions
{
    public const string DatabaseConnectionName = "eiddb";

    public static IHostApplicationBuilder AddEIdentificationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EIdentificationDbContext, PostgreSqlEIdentificationDbContext, SqlServerEIdentificationDbContext>(DatabaseConnectionName);
        builder.AddMessaging<EIdentificationDbContext>();
        builder.Services.AddDefaultOpenApi();
        return builder;
    }
}
