using System.Data.Common;
using System.Diagnostics;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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
                .ConfigureWarnings(LogFailuresAtDebug)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>()));
        }
        else
        {
            var tuned = Tuned(connectionString);
            builder.Services.AddDbContext<TContext, TPostgreSql>((sp, options) => options
                .UseNpgsql(tuned, npgsql => npgsql.ConfigureDataSource(TraceCommandsInsideTraces))
                .ConfigureWarnings(LogFailuresAtDebug)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>()));
        }

        // First of all hosted services: some read the database as they start (Data Protection's key ring, kept there by
        // the identity service, was read before its table existed: an Error at every first start).
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseMigrator<TContext>>());
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName);
        return builder;
    }

    /// <summary>
    /// A database command gets a span only inside a recorded trace (a request, a message, a background pass that
    /// found work): otherwise each idle poll of a background loop would be a trace of its own, and so would the query
    /// of every health probe, whose request is left out of the traces but whose children the AppHost's always-on
    /// sampler would keep. Physical connection opens are not traced: Npgsql has no filter for them, and the pool opens
    /// them for idle loops too.
    /// </summary>
    private static void TraceCommandsInsideTraces(NpgsqlDataSourceBuilder dataSource) => dataSource.ConfigureTracing(tracing => tracing
        .ConfigureCommandFilter(_ => InsideARecordedTrace(Activity.Current))
        .ConfigureBatchFilter(_ => InsideARecordedTrace(Activity.Current))
        .ConfigureCopyOperationFilter(_ => InsideARecordedTrace(Activity.Current))
        .EnablePhysicalOpenTracing(false));

    /// <summary>Whether <paramref name="parent"/> is part of a trace that is recorded (a filtered request is not).</summary>
    public static bool InsideARecordedTrace(Activity? parent) => parent is { IsAllDataRequested: true };

    /// <summary>
    /// EF Core logs every failed command and save at Error, also when the caller expects the failure and handles it
    /// (a key conflict answered with the earlier row, a concurrency conflict retried). The exception reaches the caller
    /// either way, and a caller that does not handle it is logged with its context where it ends: by ASP.NET Core, by
    /// MassTransit's retries and fault, by the background loop. EF's own entry would be a duplicate at best.
    /// </summary>
    private static void LogFailuresAtDebug(WarningsConfigurationBuilder warnings) => warnings.Log(
        (CoreEventId.SaveChangesFailed, LogLevel.Debug),
        (CoreEventId.QueryIterationFailed, LogLevel.Debug),
        (RelationalEventId.CommandError, LogLevel.Debug),
        (RelationalEventId.ConnectionError, LogLevel.Debug));

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
