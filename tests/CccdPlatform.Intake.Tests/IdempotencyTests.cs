using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Intake.Tests;

public class IdempotencyTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string Path = "/api/intake/applications";

    private HttpClient Officer(string subject = "officer-1")
    {
        var client = intake.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", intake.Tokens.Issue(Roles.StationOfficer, "38", subject));
        return client;
    }

    private static HttpRequestMessage Submit(object form, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = JsonContent.Create(form) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    private async Task<int> ApplicationsOfAsync(string personalId)
    {
        await using var scope = intake.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Applications.CountAsync(a => a.PersonalId == personalId);
    }

    private static async Task<Guid> ApplicationIdOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();

    [Fact]
    public async Task RetryingWithTheSameKeyAndBodyReturnsTheFirstAnswer()
    {
        var form = ApplicationForms.Valid();
        var key = Guid.NewGuid().ToString();

        var first = await Officer().SendAsync(Submit(form, key));
        var retry = await Officer().SendAsync(Submit(form, key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await ApplicationIdOf(first), await ApplicationIdOf(retry));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(1, await ApplicationsOfAsync((string)form["personalId"]!));
    }

    [Fact]
    public async Task ReusingAKeyForADifferentBodyIsRefused()
    {
        var key = Guid.NewGuid().ToString();
        await Officer().SendAsync(Submit(ApplicationForms.Valid(), key));

        var other = ApplicationForms.Valid();
        var response = await Officer().SendAsync(Submit(other, key));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await ApplicationsOfAsync((string)other["personalId"]!));
    }

    [Fact]
    public async Task ASecondApplicationForACitizenWithAnOpenOneIsAConflictNamingIt()
    {
        var form = ApplicationForms.Valid();
        var first = await ApplicationIdOf(await Officer().PostAsJsonAsync(Path, form));

        var second = await Officer().PostAsJsonAsync(Path, form);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first, problem.GetProperty("openApplicationId").GetGuid());
        Assert.Contains(first.ToString(), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ConcurrentSubmissionsForTheSameCitizenCreateExactlyOneApplication()
    {
        var form = ApplicationForms.Valid();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Officer().PostAsJsonAsync(Path, form)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Equal(1, await ApplicationsOfAsync((string)form["personalId"]!));
    }

    [Fact]
    public async Task ConcurrentRetriesWithOneKeyAllGetTheSameApplication()
    {
        var form = ApplicationForms.Valid();
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Officer().SendAsync(Submit(form, key))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(ApplicationIdOf));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await ApplicationsOfAsync((string)form["personalId"]!));
    }

    [Fact]
    public async Task TwoOfficersMayUseTheSameKeyForTheirOwnApplications()
    {
        var key = "shared-key-" + Guid.NewGuid();
        var first = await Officer("officer-a").SendAsync(Submit(ApplicationForms.Valid(), key));
        var second = await Officer("officer-b").SendAsync(Submit(ApplicationForms.Valid(), key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.NotEqual(await ApplicationIdOf(first), await ApplicationIdOf(second));
    }

    [Fact]
    public async Task AnOverlongKeyIsRefused()
    {
        var response = await Officer().SendAsync(Submit(ApplicationForms.Valid(), new string('k', 201)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
