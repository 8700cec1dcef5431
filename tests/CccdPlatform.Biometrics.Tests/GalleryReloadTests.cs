using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Biometrics.Matching;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Biometrics.Tests;

public class GalleryReloadTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    /// <summary>A second instance of the service started on the same database, broker and key: a restart.</summary>
    private sealed class Restarted(BiometricsFactory original) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:biometricsdb", original.DatabaseConnectionString);
            builder.UseSetting("ConnectionStrings:messaging", original.MessagingConnectionString);
            builder.UseSetting("Authentication:SigningKey", original.Tokens.Options.SigningKey);
            builder.UseSetting("Biometrics:TemplateKey", original.TemplateKey);
            builder.UseSetting("Registry:Enforce", "false");
        }
    }

    [Fact]
    public async Task AfterARestartTheGalleryLoadedFromTheDatabaseFindsTheSameMatches()
    {
        var faces = Enumerable.Range(0, 5).Select(_ => FaceTemplates.Random()).ToList();
        foreach (var face in faces)
        {
            var application = await biometrics.ApplicationAsync();
            await biometrics.Client(Roles.StationOfficer).PostAsJsonAsync("/api/biometrics/captures", CaptureForms.Good(application, face));
        }

        var probes = faces.Select(f => FaceTemplates.NearlyIdentical(f)).ToList();
        var before = await SearchAllAsync(biometrics.Services, probes);
        Assert.All(before, found => Assert.Single(found));

        await using var restarted = new Restarted(biometrics);
        var after = await SearchAllAsync(restarted.Services, probes);

        Assert.Equal(
            before.Select(found => found.Select(c => (c.TemplateId, Math.Round(c.Similarity, 5)))),
            after.Select(found => found.Select(c => (c.TemplateId, Math.Round(c.Similarity, 5)))));
    }

    [Fact]
    public async Task AFaceAcceptedByAnotherInstanceReachesThisInstancesGallery()
    {
        await using var other = new Restarted(biometrics);
        var face = FaceTemplates.Random();
        var application = await biometrics.ApplicationAsync();
        var client = other.CreateClient();
        client.DefaultRequestHeaders.Authorization = biometrics.Tokens.Bearer(Roles.StationOfficer, "38");

        var response = await client.PostAsJsonAsync("/api/biometrics/captures", CaptureForms.Good(application, face));
        Assert.Equal("Accepted", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());

        var matcher = biometrics.Services.GetRequiredService<IFaceMatcher>();
        await TestSupport.Eventually.HoldsAsync(async () =>
            (await matcher.SearchAsync(face, Guid.NewGuid(), 0.9, 1, CancellationToken.None)).Count == 1);
    }

    private static async Task<List<IReadOnlyList<FaceCandidate>>> SearchAllAsync(IServiceProvider services, List<float[]> probes)
    {
        var matcher = services.GetRequiredService<IFaceMatcher>();
        var results = new List<IReadOnlyList<FaceCandidate>>();
        foreach (var probe in probes)
        {
            results.Add(await matcher.SearchAsync(probe, Guid.NewGuid(), 0.7, 5, CancellationToken.None));
        }

        return results;
    }
}
