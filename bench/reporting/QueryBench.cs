using System.Diagnostics;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.Reporting.Bench;

/// <summary>Time to answer reports over HTTP from the seeded figures, one caller at a time and several at once.</summary>
public static class QueryBench
{
    public static async Task<List<Row>> RunAsync(ReportingUnderTest reporting, BenchSettings settings)
    {
        var today = VietnamTime.DateOf(DateTimeOffset.UtcNow);
        var rows = new List<Row>();
        await TimeAsync(reporting.Http, "/api/reports/progress?unitCode=38", 200); // warm up
        Console.WriteLine("Timing report queries ...");

        rows.Add(new Row("GET progress, province (38)", await TimeAsync(reporting.Http, "/api/reports/progress?unitCode=38", settings.Queries), "sequential"));
        rows.Add(new Row("GET progress, province (38), 8 callers", await ConcurrentAsync(reporting.Http, "/api/reports/progress?unitCode=38", settings.Queries, 8), "8 at once"));
        rows.Add(new Row("GET progress, district (390)", await TimeAsync(reporting.Http, "/api/reports/progress?unitCode=390", settings.Queries / 4), "sequential"));
        rows.Add(new Row("GET progress, commune (15127)", await TimeAsync(reporting.Http, "/api/reports/progress?unitCode=15127", settings.Queries / 4), "sequential"));
        rows.Add(new Row("GET units (27 districts of 38)", await TimeAsync(reporting.Http, "/api/reports/units?unitCode=38", settings.Queries / 4), "sequential"));
        rows.Add(new Row("GET daily, province, 14 days", await TimeAsync(reporting.Http,
            $"/api/reports/daily?unitCode=38&from={today.AddDays(-13):yyyy-MM-dd}&to={today:yyyy-MM-dd}", settings.Queries / 4), "sequential"));
        rows.Add(new Row("GET teams, province, 1 day (1,118 rows)", await TimeAsync(reporting.Http,
            $"/api/reports/teams?unitCode=38&date={today:yyyy-MM-dd}", settings.Queries / 10), "sequential"));
        rows.Add(new Row("GET progress as CSV, province", await TimeAsync(reporting.Http, "/api/reports/progress?unitCode=38&format=csv", settings.Queries / 4), "sequential"));
        return rows;
    }

    public static async Task<List<double>> TimeAsync(HttpClient http, string route, int count)
    {
        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(route);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        return samples;
    }

    private static async Task<List<double>> ConcurrentAsync(HttpClient http, string route, int count, int callers)
    {
        var all = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => TimeAsync(http, route, count / callers)));
        return all.SelectMany(s => s).ToList();
    }
}
