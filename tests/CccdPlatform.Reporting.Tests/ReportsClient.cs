using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CccdPlatform.Reporting.Apis;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Reporting.Tests;

/// <summary>Reporting's routes as a caller with one token sees them.</summary>
public sealed class ReportsClient(HttpClient http, TestTokens tokens)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Http => http;

    public async Task<ProgressView> ProgressAsync(string unitCode) =>
        (await http.GetFromJsonAsync<ProgressView>($"/api/reports/progress?unitCode={unitCode}", Json))!;

    public async Task<DailyReportView> DailyAsync(string unitCode, DateOnly from, DateOnly to) =>
        (await http.GetFromJsonAsync<DailyReportView>($"/api/reports/daily?unitCode={unitCode}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", Json))!;

    public async Task<TeamsReportView> TeamsAsync(string unitCode, DateOnly date) =>
        (await http.GetFromJsonAsync<TeamsReportView>($"/api/reports/teams?unitCode={unitCode}&date={date:yyyy-MM-dd}", Json))!;

    public async Task<UnitsReportView> UnitsAsync(string unitCode) =>
        (await http.GetFromJsonAsync<UnitsReportView>($"/api/reports/units?unitCode={unitCode}", Json))!;

    /// <summary>
    /// Publishes a test class's events once, as the class's fixture (its database) outlives each test, and waits until
    /// they are projected. <paramref name="publish"/> returns how many it published.
    /// </summary>
    public async Task SeedOnceAsync(string messagingConnectionString, Func<EventPublisher, Task<int>> publish)
    {
        if ((await StatusAsync()).StoredEvents > 0)
        {
            return;
        }

        await using var intake = await EventPublisher.StartAsync(messagingConnectionString);
        var settled = await BeginAsync();
        await settled.WaitAsync(await publish(intake));
    }

    /// <summary>Counts the events stored so far; <see cref="Settled.WaitAsync"/> then waits for more to be projected.</summary>
    public async Task<Settled> BeginAsync() => new(this, (await StatusAsync()).StoredEvents);

    public async Task<ProjectionStatusView> StatusAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ProjectionApi.StatusPath);
        request.Headers.Authorization = tokens.Bearer("Admin", "38");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProjectionStatusView>(Json))!;
    }

    public sealed class Settled(ReportsClient client, long storedBefore)
    {
        public long StoredBefore => storedBefore;

        /// <summary>Waits until <paramref name="newEvents"/> more events are stored and nothing is left to project.</summary>
        public Task WaitAsync(int newEvents) => Eventually.HoldsAsync(async () =>
            await client.StatusAsync() is var status && status.StoredEvents >= storedBefore + newEvents && status.PendingEvents == 0);
    }
}
