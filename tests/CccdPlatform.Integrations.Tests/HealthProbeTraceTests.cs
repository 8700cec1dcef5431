using System.Diagnostics;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CccdPlatform.Integrations.Tests;

/// <summary>
/// The AppHost probes every service's /health every 30 seconds, and samples every span (OTEL_TRACES_SAMPLER=always_on);
/// the probe and the database query of its check must not reach the dashboard as traces, while a real request's query
/// does.
/// </summary>
public class HealthProbeTraceTests(IntegrationsFactory service) : IClassFixture<IntegrationsFactory>
{
    [Fact]
    public async Task AHealthProbeExportsNoSpanWhileARequestExportsItsDatabaseQuery()
    {
        var exported = new ExportedSpans();
        // As the AppHost runs the services: every span sampled, whatever its parent says.
        // Not disposed here: the fixture disposes the factories derived from it (twice is an error at its cleanup).
        var traced = service.WithWebHostBuilder(builder => builder
            .UseSetting("OTEL_TRACES_SAMPLER", "always_on")
            .ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing =>
                tracing.AddProcessor(new SimpleActivityExportProcessor(exported)))));
        using var probe = traced.CreateClient();
        using var integrator = traced.CreateClient();
        integrator.DefaultRequestHeaders.Authorization = new("Bearer", service.Tokens.Issue("Integrator", "38", "health-probe-test"));

        var probeTrace = ActivityTraceId.CreateRandom();
        using var health = new HttpRequestMessage(HttpMethod.Get, "/health");
        health.Headers.Add("traceparent", $"00-{probeTrace}-{ActivitySpanId.CreateRandom()}-01");
        (await probe.SendAsync(health)).EnsureSuccessStatusCode();

        var requestTrace = ActivityTraceId.CreateRandom();
        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/integrations/subscriptions");
        list.Headers.Add("traceparent", $"00-{requestTrace}-{ActivitySpanId.CreateRandom()}-01");
        (await integrator.SendAsync(list)).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => Task.FromResult(exported.Of(requestTrace).Any(span => span.Source.Name == "Npgsql")));
        Assert.Empty(exported.All.Where(span => span.TraceId != requestTrace).Select(span => $"{span.Source.Name}: {span.DisplayName}"));
    }
}
