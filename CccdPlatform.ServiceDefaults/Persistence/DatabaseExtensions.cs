using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.ServiceDefaults.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers a service's DbContext on the configured provider. Each provider has its own subclass of the context
    /// so that each keeps its own migrations.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TPostgreSql, TSqlServer>(
        this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"The connection string '{connectionName}' is missing.");
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.PostgreSQL);
        builder.Services.TryAddSingleton<OutboxCommitInterceptor>();
        builder.Services.TryAddSingleton<OutboxSignal>();

        if (provider == DatabaseProvider.SqlServer)
        {
            builder.Services.AddDbContext<TContext, TSqlServer>((sp, options) => options
                .UseSqlServer(connectionString)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>()));
        }
        else
        {
            builder.Services.AddDbContext<TContext, TPostgreSql>((sp, options) => options
                .UseNpgsql(connectionString)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>()));
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName);
        return builder;
    }

    /// <summary>Applies pending migrations (creating the database if needed) before the service takes traffic.</summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app) where TContext : DbContext
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Migrations");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync();
                return;
            }
            catch (Exception exception) when (attempt < 10)
            {
                logger.LogWarning(exception, "Migration attempt {Attempt} failed; the database may still be starting", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt * 2, 10)));
            }
        }
    }
}
