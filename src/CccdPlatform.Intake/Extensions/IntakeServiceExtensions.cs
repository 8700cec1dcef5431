using CccdPlatform.Intake.Apis;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using FluentValidation;

namespace CccdPlatform.Intake.Extensions;

public static class IntakeServiceExtensions
{
    public const string DatabaseConnectionName = "intakedb";

    public static IHostApplicationBuilder AddIntakeServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IntakeDbContext, PostgreSqlIntakeDbContext, SqlServerIntakeDbContext>(DatabaseConnectionName);
        builder.AddMessaging<IntakeDbContext>();
        builder.Services.AddSingleton(_ =>
            AdministrativeUnits.LoadCsv(Path.Combine(AppContext.BaseDirectory, "Data", "admin-units.csv")));
        builder.Services.AddValidatorsFromAssemblyContaining<SubmitApplicationValidator>(ServiceLifetime.Singleton);
        builder.Services.AddDefaultOpenApi();
        return builder;
    }
}
