using System.Security.Cryptography;
using CccdPlatform.Intake.Extensions;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Intake.Tests;

public class IntakeFactory() : ServiceFactory<Program>(IntakeServiceExtensions.DatabaseConnectionName)
{
    /// <summary>The service's clock: the real one unless a test moves it (to a day before the two-tier map, say).</summary>
    public AdjustableClock Clock { get; } = new();

    /// <summary>Off unless a test is about the registry: the other tests' machines and teams are not registered.</summary>
    protected virtual bool EnforcesRegistry => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Intake:CitizenRefKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Registry:Enforce", EnforcesRegistry ? "true" : "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
