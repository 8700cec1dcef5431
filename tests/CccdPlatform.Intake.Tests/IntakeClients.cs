using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Intake.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Intake.Tests;

/// <summary>What the batch, roster and search tests share: an officer's client, their answers, and a look at the database.</summary>
public static class IntakeClients
{
    public const string ApplicationsPath = "/api/intake/applications";

    public static HttpClient ClientFor(this IntakeFactory intake, string role, string unitCode, string subject = "officer-1")
    {
        var client = intake.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", intake.Tokens.Issue(role, unitCode, subject));
        return client;
    }

    public static async Task<T> QueryAsync<T>(this IntakeFactory intake, Func<IntakeDbContext, Task<T>> query)
    {
        await using var scope = intake.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntakeDbContext>());
    }

    /// <summary>Submits one application and returns its id, failing with the server's answer if it was not created.</summary>
    public static async Task<Guid> SubmitAsync(this HttpClient client, Dictionary<string, object?> form)
    {
        var response = await client.PostAsJsonAsync(ApplicationsPath, form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Not created ({(int)response.StatusCode}): {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("applicationId").GetGuid();
    }

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 7807 answer with this status and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a 400 validation problem with at least one message for <paramref name="field"/>.</summary>
    public static async Task<JsonElement> ValidationProblemAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No errors in {problem}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for {field}: {errors}");
        Assert.Contains(messages.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
        return problem;
    }

    public static IEnumerable<string> Strings(this JsonElement array, string property) => array.EnumerateArray().Strings(property);

    public static IEnumerable<string> Strings(this IEnumerable<JsonElement> elements, string property) =>
        elements.Select(e => e.GetProperty(property).GetString()!);
}
