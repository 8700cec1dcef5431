using System.Data.Common;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;

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
        builder.Services.TryAddSingleton(TimeProvider.System);

        if (provider == DatabaseProvider.SqlServer)
        {
            builder.Services.AddDbContext<TContext, TSqlServer>((sp, options) => options
                .UseSqlServer(connectionString)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>()));
        }
        else
        {
            var tuned = Tuned(connectionString);
            builder.Services.AddDbContext<TContext, TPostgreSql>((sp, options) => options
                .UseNpgsql(tuned)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>()));
        }

        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName);
        return builder;
    }

    /// <summary>
    /// Npgsql settings the services' statements profit from unless the connection string says otherwise: statements
    /// used twice are prepared on the server (no parse and plan per call), and a pooled connection is not reset on
    /// return (the services set no session state).
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = 64;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        return settings.ConnectionString;
    }
}
