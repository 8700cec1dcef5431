using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>What the tests share: officers' clients, the other services' events, and reading answers.</summary>
public static partial class EIdClients
{
    public const string AccountsPath = "/api/eid/accounts";
    public const string SelfServicePath = "/api/eid/self-service/accounts";
    public const string CitizenAppId = "cccd-citizen-app";

    /// <summary>A citizen app's client, as its client-credentials token names it.</summary>
    public static HttpClient CitizenApp(this EIdFactory eid) => eid.ClientFor(Roles.CitizenApp, subject: CitizenAppId);

    public static HttpClient ClientFor(this EIdFactory eid, string role, string unitCode = "38", string? subject = null)
    {
        var client = eid.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", eid.Tokens.Issue(role, unitCode, subject ?? $"{role.ToLowerInvariant()}-{unitCode}"));
        return client;
    }

    /// <summary>Publishes the citizen's application as intake does and waits until e-identification knows them.</summary>
    public static async Task RecordAsync(this EIdFactory eid, TestCitizen citizen, EIdRequest? request = null,
        CccdPlatform.Contracts.UnitPath? collectingUnit = null, Guid? applicationId = null, Representative? representative = null)
    {
        var application = applicationId ?? citizen.ApplicationId;
        await eid.Intake.PublishAsync(citizen.Identity(request, collectingUnit, application, representative), Guid.NewGuid());
        await Eventually.HoldsAsync(() => eid.QueryAsync(db =>
            db.Applications.AnyAsync(a => a.ApplicationId == application && a.PersonalId == citizen.PersonalId)));
    }

    /// <summary>Publishes the acceptance as biometrics does and waits until e-identification has stored it.</summary>
    public static async Task AcceptBiometricsAsync(this EIdFactory eid, Guid applicationId)
    {
        await eid.Biometrics.PublishAsync(new BiometricsAccepted(applicationId, Guid.NewGuid(), false, DateTimeOffset.UtcNow), Guid.NewGuid());
        await Eventually.HoldsAsync(() => eid.QueryAsync(db =>
            db.Applications.AnyAsync(a => a.ApplicationId == applicationId && a.BiometricsAcceptedAt != null)));
    }

    /// <summary>Publishes the delivery of the citizen's chip card as intake does and waits until it is stored.</summary>
    public static async Task DeliverCardAsync(this EIdFactory eid, Guid applicationId)
    {
        await eid.StatusChanges.PublishAsync(new ApplicationStatusChanged(
            applicationId, TestCitizen.HacThanh, "38", "CardProduced", "CardDelivered", DateTimeOffset.UtcNow), Guid.NewGuid());
        await Eventually.HoldsAsync(() => eid.QueryAsync(db =>
            db.Applications.AnyAsync(a => a.ApplicationId == applicationId && a.CardDeliveredAt != null)));
    }

    public static Task<HttpResponseMessage> RequestAsync(this HttpClient client, Dictionary<string, object?> form) =>
        client.PostAsJsonAsync(AccountsPath, form);

    /// <summary>Requests an account and returns it, failing unless the answer has this status.</summary>
    public static async Task<JsonElement> RequestAsync(this HttpClient client, Dictionary<string, object?> form, HttpStatusCode expected)
    {
        var response = await client.RequestAsync(form);
        return await response.JsonAsync(expected);
    }

    public static async Task<JsonElement> AccountAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"{AccountsPath}/{id}")).JsonAsync(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> ActivateAsync(this HttpClient client, Guid id, string code) =>
        client.PostAsJsonAsync($"{AccountsPath}/{id}/activate", new { code });

    public static Guid Id(this JsonElement account) => account.GetProperty("id").GetGuid();

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>The newest code the Development sink sent to this phone, read through the Development-only route.</summary>
    public static async Task<string> LatestCodeAsync(this HttpClient client, string phoneNumber)
    {
        var messages = await (await client.GetAsync($"/api/eid/dev/outbox?phone={phoneNumber}")).JsonAsync(HttpStatusCode.OK);
        Assert.True(messages.GetArrayLength() > 0, $"No text was sent to {phoneNumber}.");
        return SixDigits().Match(messages[0].Text("text")).Value;
    }

    public static async Task<int> TextsSentToAsync(this HttpClient client, string phoneNumber) =>
        (await (await client.GetAsync($"/api/eid/dev/outbox?phone={phoneNumber}")).JsonAsync(HttpStatusCode.OK)).GetArrayLength();

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 7807 answer with this status and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.JsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return problem;
    }

    /// <summary>The fields a problem's <c>errors</c> name.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
