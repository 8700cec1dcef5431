using System.Net;
using System.Security.Cryptography;
using CccdPlatform.Intake.Extensions;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Cli.Tests;

/// <summary>The real intake service on a loopback port, so that the client's own sockets and connection pool are used.</summary>
public class IntakeOnKestrel : ServiceFactory<Program>
{
    public IntakeOnKestrel() : base(IntakeServiceExtensions.DatabaseConnectionName) =>
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    protected virtual bool EnforcesRegistry => false;

    /// <summary>The service's clock: the real one unless a subclass moves it (to a past campaign day, say).</summary>
    public AdjustableClock Clock { get; } = new();

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Intake:CitizenRefKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        // The simulator's machines and teams are not registered with this lone intake, unless a test registers them.
        builder.UseSetting("Registry:Enforce", EnforcesRegistry ? "true" : "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
