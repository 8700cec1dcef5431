using System.Runtime.Versioning;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using CccdPlatform.AppHost;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>What the AppHost declares, without starting it: where a durable platform keeps its data and secrets.</summary>
[SupportedOSPlatform("linux")]
public sealed class AppHostModelTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("cccd-model.");

    [Fact]
    public async Task InContainersModeADurablePlatformKeepsBothServersDataInVolumes()
    {
        await using var app = await BuildAsync("--Infrastructure:Mode=Containers", $"--{PlatformData.ConfigurationKey}={_data.FullName}");
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();

        foreach (var name in new[] { ResourceNames.Postgres, ResourceNames.Messaging })
        {
            var server = model.Resources.Single(r => r.Name == name);
            Assert.Contains(server.Annotations.OfType<ContainerMountAnnotation>(), mount => mount.Type == ContainerMountType.Volume);
        }
    }

    [Fact]
    public async Task WithoutADataDirectoryNothingIsKept()
    {
        await using var app = await BuildAsync("--Infrastructure:Mode=Containers");
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();

        Assert.DoesNotContain(model.Resources.SelectMany(r => r.Annotations.OfType<ContainerMountAnnotation>()), m => m.Type == ContainerMountType.Volume);
    }

    [Fact]
    public async Task EachSecretIsGeneratedOnceIntoAFileOnlyItsOwnerReadsAndReadFromItAfter()
    {
        var first = await SecretsAsync();
        var second = await SecretsAsync();

        Assert.Equal(first, second);
        foreach (var (name, value) in first)
        {
            var file = Path.Combine(_data.FullName, "secrets", name);
            Assert.Equal(value, await File.ReadAllTextAsync(file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Contains("biometric-template-key", first.Keys);
        Assert.Contains("postgres-password", first.Keys);
        Assert.Contains(ResourceNames.CitizenAppSecret, first.Keys); // the citizen app registered by default
    }

    public void Dispose() => _data.Delete(recursive: true);

    private async Task<Dictionary<string, string>> SecretsAsync()
    {
        await using var app = await BuildAsync("--Infrastructure:Mode=Local", $"--{PlatformData.ConfigurationKey}={_data.FullName}");
        var secrets = new Dictionary<string, string>();
        foreach (var parameter in app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ParameterResource>().Where(p => p.Secret))
        {
            secrets[parameter.Name] = (await parameter.GetValueAsync(CancellationToken.None))!;
        }

        return secrets;
    }

    private static async Task<DistributedApplication> BuildAsync(params string[] args)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CccdPlatform_AppHost>(
            [.. args, "--environment=Development", "--Gateway:Port=0"]);
        return await builder.BuildAsync();
    }
}
