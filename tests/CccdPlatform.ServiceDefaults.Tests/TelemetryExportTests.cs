using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace CccdPlatform.ServiceDefaults.Tests;

public class TelemetryExportTests
{
    /// <summary>Stands in for the OTLP exporter: which metrics left the process, and from which meter.</summary>
    private sealed class ExportedNames : BaseExporter<Metric>
    {
        public ConcurrentDictionary<string, string> MeterOf { get; } = new();

        public override ExportResult Export(in Batch<Metric> batch)
        {
            foreach (var metric in batch)
            {
                MeterOf[metric.Name] = metric.MeterName;
            }

            return ExportResult.Success;
        }
    }

    [Fact]
    public void EachServicesOwnMeterAndTheRuntimesMetricsAreExportedAndAStrangersMeterIsNot()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.ConfigureOpenTelemetry();
        var exported = new ExportedNames();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddReader(new BaseExportingMetricReader(exported)));
        using var host = builder.Build();
        var provider = host.Services.GetRequiredService<MeterProvider>();
        using var stranger = new Meter("Elsewhere");

        host.Services.GetRequiredService<IMeterFactory>().Create("CccdPlatform.Intake").CreateCounter<long>("cccd.test.counter").Add(1);
        stranger.CreateCounter<long>("elsewhere.counter").Add(1);
        provider.ForceFlush();

        Assert.Equal("CccdPlatform.Intake", exported.MeterOf.GetValueOrDefault("cccd.test.counter"));
        Assert.DoesNotContain("elsewhere.counter", exported.MeterOf.Keys);
        Assert.Contains(exported.MeterOf.Keys, name => name.StartsWith("dotnet.gc.", StringComparison.Ordinal));
        Assert.Contains(exported.MeterOf.Keys, name => name.StartsWith("dotnet.thread_pool.", StringComparison.Ordinal));
    }
}
