using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CccdPlatform.TestSupport;

/// <summary>Reads a service's metrics as an exporter would, from the meters of that one host.</summary>
public static class Measurements
{
    /// <summary>Collects one instrument of the host's own meters (not another host's of the same name).</summary>
    public static MetricCollector<T> Collect<T>(this IServiceProvider services, string meterName, string instrumentName)
        where T : struct =>
        new(services.GetRequiredService<IMeterFactory>(), meterName, instrumentName);

    /// <summary>The sum of the measurements carrying all of these tags (and maybe others).</summary>
    public static T Total<T>(this MetricCollector<T> collector, params (string Key, object? Value)[] tags)
        where T : struct, System.Numerics.INumber<T> =>
        collector.GetMeasurementSnapshot()
            .Where(m => m.ContainsTags(tags.Select(t => new KeyValuePair<string, object?>(t.Key, t.Value)).ToArray()))
            .Aggregate(T.Zero, (sum, m) => sum + m.Value);
}
